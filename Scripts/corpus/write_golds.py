"""Writes the gold files of Corpus/mandates, Corpus/other and Corpus/blind again from their
sources, without rendering anything: after a change to the gold rules (mandate_source.gold), every
gold follows the contract anew. The matrix's are written by `make_matrix.py --gold-only`, the year
pairs' by `make_years.py`.

    python3 Scripts/corpus/write_golds.py Corpus

A gold file names its source: `x.gold.json` comes from `x.md` (in `sources/blind/` for the blind
set), and a rendering of a source under another name (`x-slides`) from `x.md`.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mandate_source  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = {"mandates": "sources", "other": "sources", "blind": "sources/blind"}
RENDERING_SUFFIXES = ("-slides",)


def main(arguments):
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for folder, sources in FOLDERS.items():
        for gold in sorted(glob.glob(os.path.join(arguments[0], folder, "*.gold.json"))):
            document = os.path.basename(gold)[: -len(".gold.json")]
            name = next((document[: -len(s)] for s in RENDERING_SUFFIXES if document.endswith(s)), document)
            path = os.path.join(HERE, sources, name + ".md")
            if not os.path.exists(path):
                continue  # a gold written by hand (the reference mandate's), not from a source
            source = mandate_source.parse(path, name)
            source.name = document
            mandate_source.write_gold(source, gold)
            print(gold)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

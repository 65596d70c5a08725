"""Renders every corpus source (Scripts/corpus/sources/*.md) and writes its gold file.

    python3 Scripts/corpus/make_sources.py OUTROOT [NAME …]

A mandate goes to OUTROOT/mandates/<name>.<pdf|txt|html|docx>, a document that is not one
(`mandate: no`) to OUTROOT/other/<name>.<ext>, each with <name>.gold.json beside it. A source
rendered `none` keeps its existing files and gets only its gold file and its `also` renderings.
Word renderings are written as .docx to a temporary folder and turned into PDF by one `soffice`
call (LibreOffice is slow to start); the `docx` rendering keeps the .docx itself. When two
renderings of a source would share an extension, the later one is named <name>-<rendering> with
a gold file of its own.
Sources that do not parse are reported and skipped; the exit status is then 1.
With NAMEs, only those sources are rendered.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mandate_source  # noqa: E402
import plain_text  # noqa: E402
import render_html  # noqa: E402
import render_word  # noqa: E402
import typeset  # noqa: E402

EXTENSIONS = {"word": "pdf", "typeset": "pdf", "text": "txt", "html": "html", "docx": "docx"}


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root, names = arguments[0], set(arguments[1:])
    failed = []
    written = []
    word_jobs = []  # (docx name in the temporary folder, destination pdf)
    work = tempfile.mkdtemp(prefix="mandat-sources-")
    try:
        for path in sorted(glob.glob(os.path.join(HERE, "sources", "*.md"))):
            name = os.path.splitext(os.path.basename(path))[0]
            if names and name not in names:
                continue
            try:
                source = mandate_source.parse(path, name)
                renderings = source.renderings()
                for kind in renderings:
                    if kind not in EXTENSIONS:
                        raise ValueError(f"{path}: unknown rendering {kind!r}")
            except (ValueError, KeyError, IndexError) as error:
                failed.append(f"{name}: {error}")
                continue
            folder = os.path.join(root, "mandates" if source.is_mandate else "other")
            os.makedirs(folder, exist_ok=True)
            used = set()
            outputs = []  # (rendering, file stem)
            for kind in renderings:
                extension = EXTENSIONS[kind]
                stem = name if extension not in used else f"{name}-{kind}"
                used.add(extension)
                outputs.append((kind, stem))
            if not outputs:
                outputs = [(None, name)]  # render: none: the files exist; only the gold
            for kind, stem in outputs:
                try:
                    if kind == "word":
                        render_word.render(source, os.path.join(work, stem + ".docx"))
                        word_jobs.append((stem, os.path.join(folder, stem + ".pdf")))
                    elif kind == "typeset":
                        typeset.render(source, os.path.join(folder, stem + ".pdf"))
                        written.append(os.path.join(folder, stem + ".pdf"))
                    elif kind == "text":
                        plain_text.render(source, os.path.join(folder, stem + ".txt"))
                        written.append(os.path.join(folder, stem + ".txt"))
                    elif kind == "html":
                        render_html.render(source, os.path.join(folder, stem + ".html"))
                        written.append(os.path.join(folder, stem + ".html"))
                    elif kind == "docx":
                        render_word.render(source, os.path.join(folder, stem + ".docx"), reproducible=True)
                        written.append(os.path.join(folder, stem + ".docx"))
                except Exception as error:  # a renderer's failure names its source and goes on
                    failed.append(f"{name} ({kind}): {type(error).__name__}: {error}")
                    continue
                gold_source = source if stem == name else mandate_source.Source(stem, source.options,
                                                                                source.mandates)
                gold_path = os.path.join(folder, stem + ".gold.json")
                if gold_path not in written:
                    mandate_source.write_gold(gold_source, gold_path)
                    written.append(gold_path)
        if word_jobs:
            profile = os.path.join(work, "profile")
            command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                       "--convert-to", "pdf", "--outdir", work] + [stem + ".docx" for stem, _ in word_jobs]
            subprocess.run(command, cwd=work, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for stem, destination in word_jobs:
                made = os.path.join(work, stem + ".pdf")
                if os.path.exists(made):
                    shutil.copyfile(made, destination)
                    written.append(destination)
                else:
                    failed.append(f"{stem}: LibreOffice made no PDF")
                    gold_path = os.path.splitext(destination)[0] + ".gold.json"
                    if os.path.exists(gold_path):
                        os.remove(gold_path)
                    written.remove(gold_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for path in sorted(written):
        print(path)
    for message in failed:
        print(f"error: {message}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

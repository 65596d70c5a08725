"""Writes the year pairs of the corpus: Corpus/years/2023/ and Corpus/years/2024/.

    python3 Scripts/corpus/make_years.py CORPUS

2023 holds the corpus's own documents as they are (copied from CORPUS/mandates/); 2024 holds
the next year's versions, written by hand as sources in Scripts/corpus/sources/years/2024/
(each the 2023 source with known changes) and rendered by another generator or layout, so that
every line reflows. Each 2024 document gets its gold file; each pair's expected diff is
written by hand in CORPUS/years/<name>.diff.json. One mandate of 2023 is dropped in 2024 and
one added, for pairing folders by group.
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
import render_word  # noqa: E402
import typeset  # noqa: E402

# 2023 documents copied as they are: the three that change, and one that is gone in 2024.
OLD = ["rsg-vaccinationer.pdf", "rsg-lakemedel.pdf", "uppsala-orebro-rag-stroke.txt", "rag-allergi-och-astma.txt"]
# A 2024 document new that year, copied from the corpus.
NEW = ["rsg-medicinsk-teknik.pdf"]


def main(corpus):
    old_folder = os.path.join(corpus, "years", "2023")
    new_folder = os.path.join(corpus, "years", "2024")
    for folder in (old_folder, new_folder):
        os.makedirs(folder, exist_ok=True)
    for names, folder in ((OLD, old_folder), (NEW, new_folder)):
        for name in names:
            shutil.copyfile(os.path.join(corpus, "mandates", name), os.path.join(folder, name))
            gold = os.path.splitext(name)[0] + ".gold.json"
            shutil.copyfile(os.path.join(corpus, "mandates", gold), os.path.join(folder, gold))
    work = tempfile.mkdtemp(prefix="mandat-years-")
    try:
        word = []
        for path in sorted(glob.glob(os.path.join(HERE, "sources", "years", "2024", "*.md"))):
            name = os.path.splitext(os.path.basename(path))[0]
            source = mandate_source.parse(path, name)
            kind = source.options["render"]
            if kind == "word":
                render_word.render(source, os.path.join(work, name + ".docx"))
                word.append(name)
            elif kind == "typeset":
                typeset.render(source, os.path.join(new_folder, name + ".pdf"))
            elif kind == "text":
                plain_text.render(source, os.path.join(new_folder, name + ".txt"))
            else:
                raise ValueError(f"{path}: a 2024 version needs a rendering, not {kind!r}")
            mandate_source.write_gold(source, os.path.join(new_folder, name + ".gold.json"))
        if word:
            profile = os.path.join(work, "profile")
            subprocess.run(
                ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", work] + [name + ".docx" for name in word],
                cwd=work, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for name in word:
                shutil.copyfile(os.path.join(work, name + ".pdf"), os.path.join(new_folder, name + ".pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Corpus")

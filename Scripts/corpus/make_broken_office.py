"""Writes the broken Word and web files of the corpus from good ones.

Usage: make_broken_office.py GOOD_DOCX GOOD_HTML OUT_FOLDER

- encrypted.docx: the Word file protected with a password (msoffcrypto-tool encrypts it as Word
  does, into an OLE compound file holding an EncryptedPackage).
- truncated.docx: the first half of the Word file: its ZIP package has lost its table of contents.
- malformed.html: the web page as careless hands leave one: a stray end tag, misnested inline
  tags, unquoted attributes and end tags left out. Browsers read it as the good page; so must Mandat,
  with a warning.
"""
import re
import sys
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile


def malformed(page):
    page = page.replace("</h1>", "</h1>\n      </div>", 1)  # an end tag nothing opened
    page = re.sub(r"<li>([^<]*?) och ", r"<li><b><i>\1</b></i> och ", page, count=1)  # misnested
    page = page.replace('<div class="share-links" aria-label="Dela sidan">', "<div class=share-links aria-label=Dela>")
    page = page.replace("</p>", "").replace("</li>", "")  # left out, as HTML allows
    return page.replace("</main>", "", 1)  # left open


def main(good_docx, good_html, folder):
    folder = Path(folder)
    with open(good_docx, "rb") as source, open(folder / "encrypted.docx", "wb") as target:
        OOXMLFile(source).encrypt("hemligt", target)
    data = Path(good_docx).read_bytes()
    (folder / "truncated.docx").write_bytes(data[: len(data) // 2])
    page = Path(good_html).read_text(encoding="utf-8")
    (folder / "malformed.html").write_text(malformed(page), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:4])

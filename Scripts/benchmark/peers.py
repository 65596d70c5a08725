"""Extracts the text of PDFs with a Python peer of Mandat's reader, in one process, for timing.

    python3 Scripts/benchmark/peers.py TOOL FILE …      TOOL: pdfplumber | pdfminer | pymupdf
    python3 Scripts/benchmark/peers.py --versions

pdfplumber: extract_text() of every page; pdfminer.six: its high-level extract_text() of the
whole file; PyMuPDF: page.get_text() of every page. The text is kept only long enough to count its
characters. Prints one line of JSON: files, pages (where the tool tells them), characters and the
seconds spent extracting, after the interpreter's start-up and the tool's import (the benchmark
times the whole process, and reports these seconds beside it). A file the tool cannot read is
named on stderr and makes the exit status 1.
"""
import json
import sys
import time

pdfplumber = pymupdf = extract_text = None  # imported by load()


def with_pdfplumber(path):
    characters = pages = 0
    with pdfplumber.open(path) as document:
        for page in document.pages:
            characters += len(page.extract_text() or "")
            pages += 1
            page.close()  # pdfplumber caches each page's objects until closed
    return pages, characters


def with_pdfminer(path):
    return None, len(extract_text(path))


def with_pymupdf(path):
    characters = pages = 0
    with pymupdf.open(path) as document:
        for page in document:
            characters += len(page.get_text())
            pages += 1
    return pages, characters


TOOLS = {"pdfplumber": with_pdfplumber, "pdfminer": with_pdfminer, "pymupdf": with_pymupdf}


def load(tool):
    """Imports the tool's module (before the clock starts: seconds are extraction alone)."""
    global pdfplumber, pymupdf, extract_text
    if tool == "pdfplumber":
        import pdfplumber
    elif tool == "pymupdf":
        import pymupdf
    else:
        from pdfminer.high_level import extract_text


def versions():
    from importlib.metadata import version

    return {name: version(package) for name, package in
            (("pdfplumber", "pdfplumber"), ("pdfminer", "pdfminer.six"), ("pymupdf", "PyMuPDF"))}


def main(arguments):
    if arguments == ["--versions"]:
        print(json.dumps(versions()))
        return 0
    if len(arguments) < 2 or arguments[0] not in TOOLS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    extract = TOOLS[arguments[0]]
    load(arguments[0])
    start = time.perf_counter()
    files = pages = characters = 0
    status = 0
    for path in arguments[1:]:
        try:
            page_count, count = extract(path)
        except Exception as error:  # a file the tool cannot read: named, and the rest go on
            print(f"{path}: {type(error).__name__}: {error}", file=sys.stderr)
            status = 1
            continue
        files += 1
        pages += page_count or 0
        characters += count
    seconds = time.perf_counter() - start
    print(json.dumps({"tool": arguments[0], "files": files, "pages": pages or None, "characters": characters,
                      "seconds": round(seconds, 3)}))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

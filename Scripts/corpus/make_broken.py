"""Writes the broken files of the corpus, one of each kind a reader must report clearly.

Usage: make_broken.py GOOD_PDF PAGE_PNG... OUT_FOLDER
"""
import io
import sys
from pathlib import Path

from PIL import Image


def zero_pages():
    """A well-formed PDF whose page tree has no pages, with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main(good, pages, folder):
    folder = Path(folder)
    data = Path(good).read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) * 2 // 5])
    (folder / "zero-pages.pdf").write_bytes(zero_pages())
    images = [Image.open(page).convert("L") for page in pages]
    images[0].save(folder / "image-only.pdf", save_all=True, append_images=images[1:], resolution=60)
    png = io.BytesIO()
    images[0].resize((40, 56)).save(png, format="PNG")
    (folder / "not-a-pdf.pdf").write_bytes(png.getvalue())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:-1], sys.argv[-1])

"""Renders a corpus source with groff's ms macros and Ghostscript: what the Unix typesetting
pipeline (groff -ms → PostScript → ps2pdf) makes of a mandate.

Times from the PostScript fonts, justified lines hyphenated by groff's Swedish patterns (-msv),
headings with `.SH` (the numbers of `heading-numbers` in front), `-` items as `.IP \\(bu` (the
bullet a glyph of the Symbol font), numbered items `.IP 1.`, a `columns` group a boxed tbl
table of text blocks, a running header and footer with "Sida N av M" (the page count from a
first run). Ghostscript re-encodes the fonts without a ToUnicode map, so a reader has only the
glyph names to go by, and a list label stands at the indent with no space character before the
item's text. SOURCE_DATE_EPOCH makes the PDF the same from run to run.
"""
import os
import re
import subprocess
import sys
import tempfile

import text_rules

BULLETS = {"–": r"\(en", "-": r"\(en", "o": "o", "▪": r"\(sq"}
EPOCH = "1683882000"  # 2023-05-12 09:00 UTC, the corpus's document date


def escaped(text):
    """Text for a troff input line: backslashes doubled, a leading control character guarded."""
    text = text.replace("\\", r"\e").replace("\u00a0", r"\ ").replace("\u00ad", "")
    return r"\&" + text if text[:1] in (".", "'") else text


class GroffWriter:
    def __init__(self, source, pages):
        self.source = source
        self.options = source.options
        self.pages = pages
        self.numbered_headings = self.options["heading-numbers"] == "yes"

    def _text(self, text):
        return escaped(text_rules.no_break_spaces(text) if self.options["nbsp"] == "yes" else text)

    def _setup(self):
        options = self.options
        size = float(options["size"])
        lines = [
            f".nr PS {size:g}", f".nr VS {size * 1.2:g}", ".nr PO 2.5c", ".nr LL 16c", ".nr HM 2c", ".nr FM 2c",
            ".nr PD 0.4v", ".nr PI 0", ".ds CH", ".ds CF",
        ]
        if options["header"]:
            parts = [escaped(part.strip()) for part in options["header"].split("|")]
            lines.append(f".ds LH \\s-2{parts[0]}\\s0")
            if len(parts) == 3:
                lines.append(f".ds CH \\s-2{parts[1]}\\s0")
            if len(parts) >= 2:
                lines.append(f".ds RH \\s-2{parts[-1]}\\s0")
        if options["footer"]:
            lines.append(f".ds LF \\s-2{escaped(options['footer'])}\\s0")
        if options["page-numbers"]:
            label = options["page-numbers"].replace("{page}", "%").replace("{pages}", str(self.pages))
            lines.append(f".ds RF \\s-2{escaped(label)}\\s0")
        return lines

    def _paragraph(self):
        lines = [".LP"]
        if self.options["hyphenate"] != "yes":
            lines.append(".nh")
        if self.options["justify"] != "yes":
            lines.append(".na")
        return lines

    def _blocks(self, blocks, numbers):
        lines = []
        bullet = BULLETS.get(self.options["bullet"], r"\(bu")
        for block, label in text_rules.labelled(blocks, self.options["numbering"]):
            kind = block[0]
            if kind == "heading":
                number = numbers.label(block[1]) + " " if self.numbered_headings else ""
                lines += [f".SH {block[1] - 1}", escaped(number) + self._text(block[2])]
            elif kind == "text":
                lines += self._paragraph() + [self._text(block[1])]
            elif kind in ("bullet", "number"):
                lines += self._paragraph()[1:] + [f'.IP "{bullet if kind == "bullet" else label}" 2m',
                                                  self._text(block[1])]
            elif kind == "pagebreak":
                lines.append(".bp")
            elif kind == "columns":
                lines += self._table(block[1], numbers)
        return lines

    def _table(self, blocks, numbers):
        sections = []
        for block in blocks:
            if block[0] == "heading" or not sections:
                sections.append([])
            sections[-1].append(block)
        width = 15.5 / len(sections)
        heads, cells = [], []
        bullet = BULLETS.get(self.options["bullet"], r"\(bu")
        for section in sections:
            if section[0][0] == "heading":
                number = numbers.label(section[0][1]) + " " if self.numbered_headings else ""
                heads.append(r"\fB" + escaped(number) + self._text(section[0][2]) + r"\fP")
                section = section[1:]
            else:
                heads.append("")
            body = []
            for block, label in text_rules.labelled(section, self.options["numbering"]):
                marker = bullet if block[0] == "bullet" else (label or "")
                body += [".in 1.5m", ".ti -1.5m", f"{marker}\\h'|1.5m'{self._text(block[1])}", ".br", ".in 0"]
            cells.append("T{\n.na\n" + "\n".join(body) + "\nT}")
        return [".sp", ".TS", "allbox tab(@);", " ".join(f"lw({width:.2f}c)" for _ in sections) + ".",
                "@".join(heads), "@".join(cells), ".TE"]

    def document(self):
        lines = self._setup()
        for mandate in self.source.mandates:
            numbers = text_rules.HeadingNumbers()
            if mandate.title:
                lines += [".TL", self._text(mandate.title)]
            lines += self._blocks(mandate.blocks, numbers)
        return "\n".join(lines) + "\n"


def _typeset(source, pages, work):
    with open(os.path.join(work, "document.ms"), "w", encoding="utf-8") as file:
        file.write(GroffWriter(source, pages).document())
    environment = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", EPOCH))
    postscript = subprocess.run(["groff", "-k", "-t", "-ms", "-msv", "-dpaper=a4", "-P-pa4", "-Tps",
                                 "document.ms"], cwd=work, env=environment, check=True, capture_output=True).stdout
    with open(os.path.join(work, "document.ps"), "wb") as file:
        file.write(postscript)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "-dPDFSETTINGS=/default", "document.ps", "document.pdf"],
                   cwd=work, env=environment, check=True, capture_output=True)
    return len(re.findall(rb"^%%Page: ", postscript, re.M))


def render(source, path):
    """Runs groff twice: the first run counts the pages for the footer's "av M"."""
    with tempfile.TemporaryDirectory(prefix="mandat-groff-") as work:
        pages = _typeset(source, 1, work)
        if _typeset(source, pages, work) != pages:
            raise RuntimeError(f"{source.name}: the page count changed between groff's runs")
        with open(os.path.join(work, "document.pdf"), "rb") as made, open(path, "wb") as file:
            file.write(made.read())


if __name__ == "__main__":
    import mandate_source

    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

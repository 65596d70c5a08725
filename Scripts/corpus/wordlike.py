"""Renders a corpus source as Microsoft Word's own PDF export looks inside: reportlab's canvas,
laid out by the typesetter (typeset.py), drawn as Word draws.

Word's "Save as PDF" writes every word as a text run of its own at its own position and no
space characters at all: a reader of the text layer has to find the gaps from the positions.
A list item's bullet is a glyph of the Symbol font (Wingdings for "▪"; a Courier "o" for "o")
at the list indent, whose only Unicode mapping is the private-use code Word gives it (U+F0B7,
U+F0A7), or, for "●", none at all; the item's text starts at the hanging indent after a tab, which leaves no character
either. The body is Carlito (Calibri's metrics), justified; the footer says "Sida N av M".
The output is byte-identical from run to run.
"""
import os
import sys

import mandate_source
import typeset
from reportlab.pdfbase import pdfmetrics

# Word's symbol bullets: the source's bullet → (the font's name in the PDF, the private-use code
# Word maps it to, the glyph drawn for it). "o" is Courier's letter and a dash the body font's, as
# Word sets them. The fonts are registered under names of their own ("Word" + the name), since
# "Symbol" is also the name of a standard PDF font that reportlab may have loaded already.
# "●" is Symbol's bullet as some exports write it: the glyph with no Unicode mapping at all.
PRIVATE_BULLETS = {"▪": ("Wingdings", "\uf0a7", "\u25aa"), "●": ("Symbol-Unmapped", "\uf0b7", "\u25cf")}
DEFAULT_BULLET = ("Symbol", "\uf0b7", "\u2022")
LIST_INDENT = 18.0  # the bullet's position from the margin (0.63 cm), as Word's default list
HANGING = 36.0  # the item text's position from the margin (1.27 cm)


class _SymbolFont(typeset._TTFont):
    """A symbol font as Word embeds it: one drawn glyph (borrowed from DejaVu Sans) under a
    private-use code, so the PDF's ToUnicode maps the bullet to that code and nothing else; a
    font named "…-Unmapped" is written as "Symbol" with no ToUnicode map at all. The face keeps
    the registered name until the PDF is written, because reportlab takes two fonts whose faces
    share a name for one."""

    def __init__(self, registered, name, private, glyph):
        super().__init__(registered, os.path.join(typeset.DEJAVU, "DejaVuSans.ttf"))
        self.unmapped = name.endswith("-Unmapped")
        self.pdf_name = name.removesuffix("-Unmapped").encode("ascii")
        face = self.face
        face.name = registered.encode("ascii")
        face.charToGlyph[ord(private)] = face.charToGlyph[ord(glyph)]
        face.charWidths[ord(private)] = face.charWidths[ord(glyph)]

    def addObjects(self, doc):
        names = [self.getSubsetInternalName(number, doc)[1:] for number in range(len(self.state[doc].subsets))]
        registered, self.face.name = self.face.name, self.pdf_name
        try:
            super().addObjects(doc)
        finally:
            self.face.name = registered
        if self.unmapped:
            fonts = doc.idToObject["BasicFonts"].dict
            for name in names:
                del fonts[name].ToUnicode


def _symbol_style(name, private, glyph, size):
    """The style of a symbol bullet, its font registered on first use."""
    registered = "Word" + name
    if registered not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(_SymbolFont(registered, name, private, glyph))
    return typeset.Style(registered, size, False)


class WordLike(typeset.Typesetter):
    def __init__(self, source):
        """Word's own settings in place of the source's: Carlito, justified, one column, no
        ligatures, "Sida N av M" in the footer."""
        options = dict(source.options, font="Carlito", justify="yes", columns="1", ligatures="no")
        options["page-numbers"] = "Sida {page} av {pages}"
        super().__init__(mandate_source.Source(source.name, options, source.mandates))

    def _list_marker(self, kind, label):
        if kind == "number":
            return (LIST_INDENT, self.body, label), HANGING
        glyph = self.options["bullet"]
        if glyph == "o":
            return (LIST_INDENT, typeset.Style("Courier", self.size, False), "o"), HANGING
        if glyph in ("–", "-"):
            return (LIST_INDENT, self.body, glyph), HANGING
        font, private, drawn = PRIVATE_BULLETS.get(glyph, DEFAULT_BULLET)
        return (LIST_INDENT, _symbol_style(font, private, drawn, self.size), private), HANGING

    def _draw_string(self, document, x, y, text):
        """Each word a run of its own at its own x; the spaces between them are not drawn."""
        font, size = document._fontname, document._fontsize
        offset = 0.0
        for index, word in enumerate(text.split(" ")):
            if index:
                offset += pdfmetrics.stringWidth(" ", font, size)
            if word:
                document.drawString(x + offset, y, word)
                offset += pdfmetrics.stringWidth(word, font, size)


def render(source, path):
    WordLike(source).save(path)


if __name__ == "__main__":
    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

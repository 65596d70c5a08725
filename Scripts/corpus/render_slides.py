"""Renders a corpus source as a slide deck (python-pptx) for LibreOffice Impress to export as a
landscape PDF: a mandate presented at a meeting and shared as its slides.

The title slide holds the title and any text before the first heading; every section is a slide
of its own with the heading as the slide's title and its paragraphs (no bullet) and items
(bulleted, or numbered in the source's label style) in the body placeholder, set smaller the
longer the section is; each slide has the organization's name
in a footer text box and its number. The deck's metadata has the corpus's fixed date.
"""
import datetime
import os
import sys

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

import mandate_source
import text_rules

FONT = "Carlito"
WIDTH, HEIGHT = Emu(12192000), Emu(6858000)  # 16:9
MARGIN = Emu(457200)


def _size(characters):
    """The body's font size for a section of so many characters."""
    for limit, size in ((500, 20), (900, 16), (1500, 13), (2400, 11)):
        if characters <= limit:
            return size
    return 9


def _place(shape, top, height):
    shape.left, shape.top, shape.width, shape.height = MARGIN, Emu(top), WIDTH - 2 * MARGIN, Emu(height)


class SlideRenderer:
    def __init__(self, source):
        self.source = source
        self.options = source.options

    def _footer(self, slide, organization, number):
        box = slide.shapes.add_textbox(MARGIN, HEIGHT - Emu(420000), Emu(6000000), Emu(300000))
        box.text_frame.text = organization
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        box = slide.shapes.add_textbox(WIDTH - MARGIN - Emu(900000), HEIGHT - Emu(420000), Emu(900000),
                                       Emu(300000))
        box.text_frame.text = str(number)
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)

    def _slide(self, deck, title, blocks, organization):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        _place(slide.shapes.title, 250000, 900000)
        for run in slide.shapes.title.text_frame.paragraphs[0].runs:
            run.font.name, run.font.size, run.font.bold = FONT, Pt(28), True
        body = slide.placeholders[1]
        _place(body, 1250000, 4900000)
        frame = body.text_frame
        size = _size(sum(len(block[1]) for block in blocks))
        for index, (block, label) in enumerate(text_rules.labelled(blocks, self.options["numbering"])):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            text = block[1] if block[0] != "number" else f"{label} {block[1]}"
            paragraph.text = text
            if block[0] != "bullet":
                paragraph._p.get_or_add_pPr().insert(0, paragraph._p.makeelement(qn("a:buNone"), {}))
            for run in paragraph.runs:
                run.font.name, run.font.size = FONT, Pt(size)
        if not blocks:
            body._element.getparent().remove(body._element)
        self._footer(slide, organization, len(deck.slides))

    def build(self, path):
        deck = Presentation()
        deck.slide_width, deck.slide_height = WIDTH, HEIGHT
        first = self.source.mandates[0]
        organization = first.facts["group"].split("|")[2].strip()
        for mandate in self.source.mandates:
            sections = [[None, []]]  # [heading, blocks]
            for block in mandate_source.flat(mandate.blocks):
                if block[0] == "heading":
                    sections.append([block[2], []])
                elif block[0] != "pagebreak":
                    sections[-1][1].append(block)
            cover = deck.slides.add_slide(deck.slide_layouts[0])
            cover.shapes.title.text = mandate.title
            _place(cover.shapes.title, 1200000, 1800000)
            subtitle = cover.placeholders[1]
            _place(subtitle, 3200000, 2800000)
            subtitle.text_frame.text = "\n".join(block[1] for block in sections[0][1]) or organization
            for paragraph in subtitle.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.name, run.font.size = FONT, Pt(_size(len(subtitle.text_frame.text)))
            for heading, blocks in sections[1:]:
                self._slide(deck, heading, blocks, organization)
        properties = deck.core_properties
        properties.title = first.title
        properties.author = self.options["author"] or organization
        properties.created = properties.modified = datetime.datetime(2023, 5, 12, 9, 0, 0)
        properties.revision = 1
        deck.save(path)


def render(source, path):
    """Writes the .pptx; make_matrix converts it to PDF with LibreOffice Impress."""
    SlideRenderer(source).build(path)


if __name__ == "__main__":
    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

"""Writes the framework deck (seed text) as a 16:9 slide deck, for LibreOffice to make a PDF.

A new slide starts at each seed line beginning with one space (how the seed export marks a
page); the slide's first line is its title, `•` lines are bullets and `–` lines sub-bullets,
a line starting in lowercase continues the paragraph before it, and other lines are plain
paragraphs without a bullet.
"""
import sys

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

FONT = "Carlito"


def slides(text):
    pages = []
    for line in text.split("\n"):
        if line.startswith(" ") and not line.startswith("  ") and line.strip():
            pages.append([])
        if not pages:
            pages.append([])
        if line.strip():
            pages[-1].append(line.strip())
    return pages


def paragraphs(lines):
    """(text, level or None for no bullet) for each paragraph of a slide body."""
    result = []
    for line in lines:
        if line.startswith("•"):
            result.append([line[1:].strip(), 0])
        elif line.startswith("–"):
            result.append([line[1:].strip(), 1])
        elif result and line[0].islower():
            result[-1][0] += " " + line
        else:
            result.append([line, None])
    return result


def build(text, path):
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)
    layout = deck.slide_layouts[1]
    for lines in slides(text):
        slide = deck.slides.add_slide(layout)
        slide.shapes.title.text = lines[0]
        slide.shapes.title.width = deck.slide_width - Emu(914400)
        for paragraph in slide.shapes.title.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.name, run.font.size = FONT, Pt(32)
        body = slide.placeholders[1]
        body.width = deck.slide_width - Emu(914400)
        frame = body.text_frame
        frame.clear()
        for index, (line, level) in enumerate(paragraphs(lines[1:])):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.text = line
            paragraph.level = level or 0
            if level is None:
                paragraph._p.get_or_add_pPr().insert(0, paragraph._p.makeelement(qn("a:buNone"), {}))
            for run in paragraph.runs:
                run.font.name, run.font.size = FONT, Pt(14)
        footer = slide.shapes.add_textbox(Emu(457200), deck.slide_height - Emu(457200), Emu(4000000), Emu(300000))
        footer.text_frame.text = "Sydöstra sjukvårdsregionen"
        footer.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
    deck.core_properties.author = "Sydöstra sjukvårdsregionen"
    deck.core_properties.title = "Samverkan för god och jämlik hälso- och sjukvård"
    deck.save(path)


if __name__ == "__main__":
    build(open(sys.argv[1], encoding="utf-8").read(), sys.argv[2])

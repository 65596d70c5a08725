"""Builds a Word-like A4 document from a list of (kind, content) blocks with python-docx.

Justified body text in Swedish with automatic hyphenation, real bulleted lists, bold headings, a running header and a footer with page-number fields: what a region's
mandate template looks like once LibreOffice has laid it out as PDF.
"""
import datetime
import re

import pyphen

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Carlito"


_SWEDISH = pyphen.Pyphen(lang="sv_SE")


def hyphenated(text):
    """Marks the Swedish hyphenation points of long words with soft hyphens.

    LibreOffice then breaks words at line ends as Word's automatic hyphenation does (the
    hyph_sv_SE patterns), without needing its own hyphenation service installed.
    """
    return re.sub(r"\w{8,}", lambda word: _SWEDISH.inserted(word.group(0), hyphen="\u00ad"), text)


def _set_language(rpr, language="sv-SE"):
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)


def _field(paragraph, instruction):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _two_ends(paragraph, left, right, width):
    paragraph.style.paragraph_format.tab_stops.clear_all()
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(left + "\t")
    if callable(right):
        right(paragraph)
    else:
        paragraph.add_run(right)
    for run in paragraph.runs:
        run.font.size = Pt(9)


def build(blocks, header, footer, author, title, path, hyphenate=True, justify=True):
    document = Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.0
    for style in ("Normal", "List Bullet"):
        _set_language(styles[style].element.get_or_add_rPr())
    _set_language(document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
    bullet = styles["List Bullet"]
    bullet.font.name = FONT
    bullet.paragraph_format.space_after = Pt(2)

    settings = document.settings.element
    if hyphenate:
        settings.append(OxmlElement("w:autoHyphenation"))
    body_text = hyphenated if hyphenate else (lambda text: text)

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    width = section.page_width - section.left_margin - section.right_margin
    _two_ends(section.header.paragraphs[0], header[0], header[1], width)

    def page_of(paragraph):
        paragraph.add_run("Sida ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" av ")
        _field(paragraph, "NUMPAGES")

    _two_ends(section.footer.paragraphs[0], footer, page_of, width)

    alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if justify else WD_ALIGN_PARAGRAPH.LEFT
    page_break_next = False
    for kind, content in blocks:
        if kind == "pagebreak":
            page_break_next = True
            continue
        paragraphs = []
        if kind == "title":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(content)
            run.bold, run.font.size = True, Pt(18)
            paragraph.paragraph_format.space_after = Pt(18)
            paragraphs.append(paragraph)
        elif kind in ("heading1", "heading2"):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(content)
            run.bold, run.font.size = True, Pt(14 if kind == "heading1" else 12)
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.paragraph_format.space_after = Pt(4)
            paragraph.paragraph_format.keep_with_next = True
            paragraphs.append(paragraph)
        elif kind == "text":
            paragraph = document.add_paragraph(body_text(content))
            paragraph.alignment = alignment
            paragraphs.append(paragraph)
        elif kind == "bullets":
            for item in content:
                paragraph = document.add_paragraph(body_text(item), style="List Bullet")
                paragraph.alignment = alignment
                paragraphs.append(paragraph)
        elif kind == "levels":
            table = document.add_table(rows=2, cols=len(content))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for column, (heading, items) in enumerate(content):
                head = table.cell(0, column).paragraphs[0]
                run = head.add_run(heading)
                run.bold = True
                cell = table.cell(1, column)
                first = cell.paragraphs[0]
                first.style = "List Bullet"
                first.add_run(body_text(items[0]))
                for item in items[1:]:
                    cell.add_paragraph(body_text(item), style="List Bullet")
                for paragraph in cell.paragraphs:
                    paragraph.alignment = alignment
        else:
            raise ValueError(kind)
        if page_break_next and paragraphs:
            paragraphs[0].paragraph_format.page_break_before = True
            page_break_next = False

    properties = document.core_properties
    properties.author = author
    properties.title = title
    properties.last_modified_by = author
    properties.created = datetime.datetime(2023, 5, 12, 9, 0, 0)
    properties.modified = datetime.datetime(2023, 5, 12, 9, 0, 0)
    properties.revision = 2
    document.save(path)

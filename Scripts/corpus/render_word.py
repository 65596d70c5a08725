"""Renders a corpus source as a Word document (.docx) for LibreOffice to lay out as PDF.

The same path as the reference mandate (word_document.py): python-docx, then
`soffice --headless --convert-to pdf`. Lists are real Word lists: a numbering definition per
bullet glyph and per run of numbered items (restarting at 1), on "List Paragraph" paragraphs
with a hanging indent. A `columns` group is a table with one column per section, its heading
bold in the first row and its items as list paragraphs below.

Options (see mandate_source.RENDER_OPTIONS): font (default Carlito), size, hyphenate (soft
hyphens at pyphen's Swedish points: LibreOffice has no Swedish hyphenation service of its own
here), justify, bullet, numbering (1. | 1) | a)), headings (larger: title 18 pt, `##` 14 pt,
`###` 12 pt, all bold; bold: headings bold at body size, the title 18 pt), header
("left | right" or "left | centre | right"), footer (left) and page-numbers ("Sida {page} av
{pages}": PAGE and NUMPAGES fields, right-aligned), nbsp, author; the title metadata is the
first mandate's title. The layouts of the shared format extensions: heading-numbers (the number
and a tab before each heading's text), cover (a title page with the fields in a bordered table,
then "Innehåll" listing the headings with PAGEREF fields to bookmarks on them, so that LibreOffice
fills in their pages; the body starts on the next page without repeating the title) and
task-table (the section's `Label: text` items as rows of a bordered table whose header row,
`@table`, repeats on each page).
"""
import datetime
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import mandate_source
import text_rules
from word_document import _set_language

DEFAULT_FONT = "Carlito"
# Glyphs Word sets in a font of their own (the second-level "o" is Courier New's).
BULLET_FONTS = {"o": "Courier New"}


def _element(tag, **attributes):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name), str(value))
    return element


class _Numbering:
    """Adds list definitions to the document's numbering part."""

    def __init__(self, document, font):
        self.root = document.part.numbering_part.element
        self.font = font
        abstract = [int(node.get(qn("w:abstractNumId"))) for node in self.root.findall(qn("w:abstractNum"))]
        nums = [int(node.get(qn("w:numId"))) for node in self.root.findall(qn("w:num"))]
        self.next_abstract = max(abstract, default=0) + 1
        self.next_num = max(nums, default=0) + 1
        self.bullets = {}

    def _define(self, number_format, text, glyph_font):
        abstract_id = self.next_abstract
        self.next_abstract += 1
        abstract = _element("w:abstractNum", **{"w:abstractNumId": abstract_id})
        abstract.append(_element("w:multiLevelType", **{"w:val": "hybridMultilevel"}))
        level = _element("w:lvl", **{"w:ilvl": 0})
        level.append(_element("w:start", **{"w:val": 1}))
        level.append(_element("w:numFmt", **{"w:val": number_format}))
        level.append(_element("w:lvlText", **{"w:val": text}))
        level.append(_element("w:lvlJc", **{"w:val": "left"}))
        paragraph = _element("w:pPr")
        paragraph.append(_element("w:ind", **{"w:left": 720, "w:hanging": 360}))
        level.append(paragraph)
        run = _element("w:rPr")
        run.append(_element("w:rFonts", **{"w:ascii": glyph_font, "w:hAnsi": glyph_font, "w:cs": glyph_font,
                                           "w:hint": "default"}))
        level.append(run)
        abstract.append(level)
        # Every w:abstractNum precedes every w:num in numbering.xml.
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        num_id = self.next_num
        self.next_num += 1
        num = _element("w:num", **{"w:numId": num_id})
        num.append(_element("w:abstractNumId", **{"w:val": abstract_id}))
        self.root.append(num)
        return num_id

    def bullet(self, glyph):
        if glyph not in self.bullets:
            self.bullets[glyph] = self._define("bullet", glyph, BULLET_FONTS.get(glyph, self.font))
        return self.bullets[glyph]

    def numbered(self, style):
        """A new list (counting from 1) in the label style 1. | 1) | a)."""
        number_format = "lowerLetter" if style == "a)" else "decimal"
        return self._define(number_format, "%1" + style[-1], self.font)


def _list_paragraph(paragraph, num_id):
    properties = paragraph._p.get_or_add_pPr()
    numbering = _element("w:numPr")
    numbering.append(_element("w:ilvl", **{"w:val": 0}))
    numbering.append(_element("w:numId", **{"w:val": num_id}))
    properties.append(numbering)


def _running(paragraph, parts, width, size=9):
    """A header or footer line: left, optional centre, right (a string or a callable adding runs)."""
    paragraph.style.paragraph_format.tab_stops.clear_all()
    stops = paragraph.paragraph_format.tab_stops
    left, *rest = parts
    if len(rest) == 2:
        stops.add_tab_stop(int(width / 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(left)
    for part in rest:
        paragraph.add_run("\t")
        if callable(part):
            part(paragraph)
        else:
            paragraph.add_run(part)
    for run in paragraph.runs:
        run.font.size = Pt(size)


def _field(paragraph, instruction):
    """A PAGE or NUMPAGES field as Word writes it: begin, instruction, separate, result and end
    in runs of their own (LibreOffice then sets the result in the runs' size)."""
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            run._r.append(_element("w:fldChar", **{"w:fldCharType": kind}))
        elif text.strip() == instruction:
            element = _element("w:instrText", **{"xml:space": "preserve"})
            element.text = text
            run._r.append(element)
        else:
            run.text = text


def _page_numbers(template):
    def add(paragraph):
        for piece in re.split(r"(\{page\}|\{pages\})", template):
            if piece == "{page}":
                _field(paragraph, "PAGE")
            elif piece == "{pages}":
                _field(paragraph, "NUMPAGES")
            elif piece:
                paragraph.add_run(piece)
    return add


class WordRenderer:
    def __init__(self, source):
        self.source = source
        options = source.options
        self.numbered_headings = options["heading-numbers"] == "yes"
        self.cover = text_rules.cover_fields(options["cover"])
        self.task_key = options["task-table"]
        self.bookmarks = 0
        self.options = options
        self.font = options["font"] or DEFAULT_FONT
        self.size = float(options["size"])
        self.hyphenate = options["hyphenate"] == "yes"
        self.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if options["justify"] == "yes" else WD_ALIGN_PARAGRAPH.LEFT
        self.larger = options["headings"] == "larger"
        self.page_break_next = False

    # Text ------------------------------------------------------------------------------------

    def _plain(self, text):
        return text_rules.no_break_spaces(text) if self.options["nbsp"] == "yes" else text

    def _body(self, text):
        text = self._plain(text)
        return text_rules.soft_hyphenated(text) if self.hyphenate else text

    # Document --------------------------------------------------------------------------------

    def _setup(self):
        document = Document()
        styles = document.styles
        normal = styles["Normal"]
        normal.font.name = self.font
        normal.font.size = Pt(self.size)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), self.font)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.0
        listed = styles["List Paragraph"]
        listed.paragraph_format.space_after = Pt(2)
        for style in ("Normal", "List Paragraph"):
            _set_language(styles[style].element.get_or_add_rPr())
        defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        _set_language(defaults)
        if self.hyphenate:
            document.settings.element.append(OxmlElement("w:autoHyphenation"))

        section = document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
        width = section.page_width - section.left_margin - section.right_margin
        if self.options["header"]:
            parts = [part.strip() for part in self.options["header"].split("|")]
            _running(section.header.paragraphs[0], parts, width)
        footer, numbers = self.options["footer"], self.options["page-numbers"]
        if footer or numbers:
            _running(section.footer.paragraphs[0], [footer, _page_numbers(numbers)] if numbers else [footer], width)
        self.document = document
        self.numbering = _Numbering(document, self.font)

    def _paragraph(self, container, text="", style=None):
        paragraph = container.add_paragraph(text, style=style)
        if self.page_break_next:
            paragraph.paragraph_format.page_break_before = True
            self.page_break_next = False
        return paragraph

    def _title(self, title):
        paragraph = self._paragraph(self.document)
        run = paragraph.add_run(self._plain(title))
        run.bold, run.font.size = True, Pt(18)
        paragraph.paragraph_format.space_after = Pt(18)
        paragraph.paragraph_format.keep_with_next = True

    def _heading_text(self, level, text):
        label = self.numbers.label(level) + "\t" if self.numbered_headings else ""
        return label + self._plain(text)

    def _bookmarked(self, paragraph):
        """Wraps the paragraph's content in the next _Toc bookmark, for the contents' PAGEREF."""
        name = f"_Toc{self.bookmarks:04d}"
        start = _element("w:bookmarkStart", **{"w:id": self.bookmarks, "w:name": name})
        paragraph._p.get_or_add_pPr().addnext(start)
        paragraph._p.append(_element("w:bookmarkEnd", **{"w:id": self.bookmarks}))
        self.bookmarks += 1

    def _heading(self, container, level, text, in_table=False):
        paragraph = self._paragraph(container)
        run = paragraph.add_run(self._heading_text(level, text))
        if self.cover:
            self._bookmarked(paragraph)
        run.bold = True
        if self.larger and not in_table:
            run.font.size = Pt(14 if level == 2 else 12)
        if not in_table:
            paragraph.paragraph_format.space_before = Pt(12 if level == 2 else 10)
            paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _blocks(self, container, blocks):
        """Paragraphs of a run of heading/text/bullet/number blocks."""
        num_id = None
        rows = []  # the task table's items, until a block that is not one
        for block in blocks + [("end",)]:
            kind = block[0]
            if kind == "bullet" and self.task_key and self.section_key == self.task_key:
                rows.append(block[1])
                continue
            if rows:
                self._task_table(rows)
                rows = []
            if kind != "number":
                num_id = None
            if kind == "end":
                break
            if kind == "heading":
                self.section_key = block[3]
                self._heading(container, block[1], block[2])
            elif kind == "text":
                paragraph = self._paragraph(container, self._body(block[1]))
                paragraph.alignment = self.alignment
            elif kind in ("bullet", "number"):
                if kind == "bullet":
                    list_id = self.numbering.bullet(self.options["bullet"])
                else:
                    num_id = num_id or self.numbering.numbered(self.options["numbering"])
                    list_id = num_id
                paragraph = self._paragraph(container, self._body(block[1]), style="List Paragraph")
                paragraph.alignment = self.alignment
                _list_paragraph(paragraph, list_id)
            else:
                raise ValueError(f"{self.source.name}: unexpected block {kind}")

    def _group(self, blocks):
        sections = []
        for block in blocks:
            if block[0] == "heading" or not sections:
                sections.append([])
            sections[-1].append(block)
        if self.page_break_next:  # a table cannot carry the break: an empty paragraph does
            self._paragraph(self.document).paragraph_format.space_after = Pt(0)
        table = self.document.add_table(rows=2, cols=len(sections))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for column, section in enumerate(sections):
            head = table.cell(0, column)
            body = table.cell(1, column)
            if section[0][0] == "heading":
                run = head.paragraphs[0].add_run(self._heading_text(section[0][1], section[0][2]))
                run.bold = True
                if self.cover:
                    self._bookmarked(head.paragraphs[0])
                self.section_key = section[0][3]
                section = section[1:]
            self._blocks(body, section)
            # A new cell holds one empty paragraph: the content went after it.
            empty = body.paragraphs[0]
            if len(body.paragraphs) > 1 and not empty.text:
                empty._p.getparent().remove(empty._p)
        # Space after the table, as a Word user leaves an empty paragraph.
        self._paragraph(self.document).paragraph_format.space_after = Pt(0)

    def _task_table(self, items):
        """The task table: a header row repeated on each page, then a row per `Label: text` item."""
        header = [cell.strip() for cell in self.table_header.split("|")]
        if self.page_break_next:
            self._paragraph(self.document).paragraph_format.space_after = Pt(0)
        table = self.document.add_table(rows=1 + len(items), cols=2)
        table.style = "Table Grid"
        row_properties = table.rows[0]._tr.get_or_add_trPr()
        row_properties.append(_element("w:tblHeader"))
        for column, text in enumerate(header):
            table.cell(0, column).paragraphs[0].add_run(self._plain(text)).bold = True
        for row, item in enumerate(items, start=1):
            for column, text in enumerate(text_rules.task_row(item)):
                paragraph = table.cell(row, column).paragraphs[0]
                paragraph.add_run(self._body(text))
                paragraph.paragraph_format.space_after = Pt(2)
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(4.5), Cm(11.5)
        self._paragraph(self.document).paragraph_format.space_after = Pt(0)

    def _cover(self, mandate):
        """The title page with the metadata table, and the contents page: each heading with a
        PAGEREF field to the bookmark on it, behind a dotted right tab."""
        paragraph = self._paragraph(self.document)
        paragraph.paragraph_format.space_before = Pt(120)
        paragraph.paragraph_format.space_after = Pt(36)
        run = paragraph.add_run(self._plain(mandate.title))
        run.bold, run.font.size = True, Pt(24)
        table = self.document.add_table(rows=len(self.cover), cols=2)
        table.style = "Table Grid"
        for row, (field, value) in enumerate(self.cover):
            table.cell(row, 0).paragraphs[0].add_run(field).bold = True
            table.cell(row, 1).paragraphs[0].add_run(value)
        self.page_break_next = True
        heading = self._paragraph(self.document)
        run = heading.add_run("Innehåll")
        run.bold, run.font.size = True, Pt(16)
        heading.paragraph_format.space_after = Pt(12)
        numbers = text_rules.HeadingNumbers()
        width = self.document.sections[0].page_width - Cm(5.0)
        for index, block in enumerate(block for block in mandate_source.flat(mandate.blocks) if block[0] == "heading"):
            line = self._paragraph(self.document)
            line.paragraph_format.left_indent = Cm(0 if block[1] == 2 else 0.8)
            stop = _element("w:tab", **{"w:val": "right", "w:leader": "dot", "w:pos": int(width / 635)})
            tabs = _element("w:tabs")
            tabs.append(stop)
            line._p.get_or_add_pPr().append(tabs)
            label = numbers.label(block[1]) + " " if self.numbered_headings else ""
            line.add_run(label + self._plain(block[2]) + "\t")
            _field(line, f"PAGEREF _Toc{self.bookmarks + index:04d} \\h")
        self.page_break_next = True

    def build(self, path):
        self._setup()
        for mandate in self.source.mandates:
            self.numbers = text_rules.HeadingNumbers()
            self.section_key = None
            self.table_header = mandate.facts.get("table", "")
            if self.task_key and not self.table_header:
                raise ValueError(f"{self.source.name}: task-table needs an @table header line")
            if self.cover:
                self._cover(mandate)
            elif mandate.title:
                self._title(mandate.title)
            run = []
            for block in mandate.blocks + [("end",)]:
                if block[0] in ("heading", "text", "bullet", "number"):
                    run.append(block)
                    continue
                self._blocks(self.document, run)
                run = []
                if block[0] == "columns":
                    self._group(block[1])
                elif block[0] == "pagebreak":
                    self.page_break_next = True
        properties = self.document.core_properties
        author = self.options["author"]
        properties.author = author
        properties.last_modified_by = author
        title = next((mandate.title for mandate in self.source.mandates if mandate.title), None)
        properties.title = title or ""
        properties.created = datetime.datetime(2023, 5, 12, 9, 0, 0)
        properties.modified = datetime.datetime(2023, 5, 12, 9, 0, 0)
        properties.revision = 2
        self.document.save(path)


def _fixed_dates(path):
    """Rewrites the package with every part dated as the document, so that the same source gives
    the same bytes (python-docx dates the parts with the time of saving)."""
    with zipfile.ZipFile(path) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in parts:
            package.writestr(zipfile.ZipInfo(info.filename, date_time=(2023, 5, 12, 9, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)


def render(source, docx_path, reproducible=False):
    """Writes the .docx; make_sources converts every one to PDF in a single soffice call, or keeps
    it as the corpus file (reproducible: the same bytes from the same source)."""
    WordRenderer(source).build(docx_path)
    if reproducible:
        _fixed_dates(docx_path)


if __name__ == "__main__":
    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

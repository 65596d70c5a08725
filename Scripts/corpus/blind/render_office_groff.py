"""Renders the b2- blind corpus sources (Scripts/corpus/sources/blind/b2-*.md) with producers of their own.

    python3 Scripts/corpus/blind/render_office_groff.py Corpus/blind

The blind documents were written without looking at Mandat's parser, and they are rendered
here without the project's renderers, so that the files carry the habits of other producers:

- b2-norra-nrpo-rehabilitering  -> .pdf  Word-like PDF drawn on reportlab's canvas
                                 -> -slides.pdf  python-pptx slides (landscape) -> LibreOffice Impress
- b2-sydost-rsg-hjart-karl      -> .pdf  Word-like PDF (headings in capitals, as written)
- b2-mellansverige-rpo-endokrin -> .docx python-docx (cover, contents, numbered headings, task
                                         table over a page break, three-level box as a table)
                                 -> .pdf  the .docx converted by LibreOffice Writer
- b2-vastra-rag-stroke          -> .pdf  groff -ms with Swedish hyphenation (.hla sv) -> ps2pdf

The Word-like PDF imitates what Microsoft Word writes: every word is its own text run (the text
layer has no space characters, only gaps), justified lines are made by widening the gaps, a
bullet is the Symbol font's glyph 0xB7 at the list indent and the item's text starts at the
hanging indent (Word's tab), and each page has a running header and a "Sida N av M" footer.

Each rendering gets a gold file from mandate_source.gold(): <name>.gold.json (and
<name>-slides.gold.json for the slides, the same mandate under the slides' document name).

Determinism: reportlab runs with invariant=1; the .docx and .pptx are written with fixed core
properties and fixed zip entry dates; LibreOffice's and Ghostscript's creation dates and file ids
are pinned (SOURCE_DATE_EPOCH, -dOmitInfoDate/-dOmitID/-dOmitXMP, and a same-length rewrite of
LibreOffice's /CreationDate and /ID), so a rerun gives the same bytes.
"""
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.dirname(HERE))

import mandate_source  # noqa: E402  (the source format and gold, not a renderer)

SOURCES = os.path.join(REPO, "Scripts", "corpus", "sources", "blind")
EPOCH = 1716249600  # 2024-05-21 00:00 UTC: every date the producers would take from the clock
FIXED_DATE = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc).replace(tzinfo=None)

PRODUCERS = {
    "b2-norra-nrpo-rehabilitering": ("word_like", "slides"),
    "b2-sydost-rsg-hjart-karl": ("word_like",),
    "b2-mellansverige-rpo-endokrin": ("docx",),
    "b2-vastra-rag-stroke": ("groff",),
}


def page_label(options, page, pages):
    """The footer's page label as the source asks for it ("Sida 2 av 5", "2 (5)" or none)."""
    return options["page-numbers"].replace("{page}", str(page)).replace("{pages}", str(pages))


# --------------------------------------------------------------------------------------------
# Producer 1: a Word-like PDF on reportlab's low-level canvas
# --------------------------------------------------------------------------------------------

FONT_DIR = "/usr/share/fonts/truetype/crosextra"


class WordLike:
    """Lays out a mandate the way Word prints a Calibri document and draws it word by word.

    Why a canvas and not platypus: Word writes one text run per word with no space glyphs, and
    only the canvas lets us place every word (and the Symbol bullet) where Word would."""

    MARGIN = 70.87  # 2.5 cm
    LIST_INDENT = 17.86  # 0.63 cm: where Word puts the bullet
    HANGING = 35.72  # 1.26 cm: where the item's text starts (the tab after the bullet)
    HEADING_COLOR = (0.184, 0.329, 0.588)  # Word's "Rubrik 1" blue

    def __init__(self, source):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in (("Carlito", "Carlito-Regular.ttf"), ("Carlito-Bold", "Carlito-Bold.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, file)))
        self.metrics = pdfmetrics
        self.source = source
        self.options = source.options
        self.size = float(self.options["size"])
        self.width, self.height = A4
        self.text_width = self.width - 2 * self.MARGIN
        self.pages = [[]]
        self.y = self.height - self.MARGIN

    # -- measuring and breaking ---------------------------------------------------------------
    def measure(self, text, font, size):
        return self.metrics.stringWidth(text, font, size)

    @staticmethod
    def pieces(word):
        """A word's break points: after a hyphen inside it (covid-|19-|pandemin), as Word breaks."""
        return re.findall(r"[^-]*-(?=[^\s-])|[^-]+-?$|-+", word) or [word]

    def lines(self, text, font, size, width):
        """Greedy line breaking as Word does: whole words, or a word split after its own hyphen."""
        space = self.measure(" ", font, size)
        lines, line, used = [], [], 0.0
        for word in text.split():
            parts = self.pieces(word)
            while parts:
                gap = space if line else 0.0
                fitting = next((count for count in range(len(parts), 0, -1)
                                if used + gap + self.measure("".join(parts[:count]), font, size) <= width), 0)
                if not fitting and not line:
                    fitting = len(parts)  # a word longer than a line stays whole and overhangs
                if fitting:
                    chunk = "".join(parts[:fitting])
                    line.append(chunk)
                    used += gap + self.measure(chunk, font, size)
                    parts = parts[fitting:]
                if parts:
                    lines.append(line)
                    line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    # -- placing --------------------------------------------------------------------------------
    def leading(self, size):
        return size * 1.22 * 1.08  # Calibri's line height at Word's "multiple 1.08"

    def room(self, needed):
        if self.y - needed < self.MARGIN:
            self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = self.height - self.MARGIN

    def paragraph(self, text, font, size, left, width, justify, color=(0, 0, 0), after=8.0):
        leading = self.leading(size)
        lines = self.lines(text, font, size, width)
        for number, words in enumerate(lines):
            self.room(leading)
            self.y -= leading
            last = number == len(lines) - 1
            widths = [self.measure(word, font, size) for word in words]
            if justify and not last and len(words) > 1:
                gap = (width - sum(widths)) / (len(words) - 1)
            else:
                gap = self.measure(" ", font, size)
            x = left
            for word, word_width in zip(words, widths):
                self.pages[-1].append((font, size, x, self.y + 0.22 * size, word, color))
                x += word_width + gap
        self.y -= after

    def item(self, label, text, font_size, justify, last):
        """A list paragraph: the label at the list indent, the text at the hanging indent."""
        leading = self.leading(font_size)
        self.room(leading)
        baseline = self.y - leading + 0.22 * font_size
        if label == "bullet":
            self.pages[-1].append(("Symbol", font_size, self.MARGIN + self.LIST_INDENT, baseline, "•", (0, 0, 0)))
        else:
            self.pages[-1].append(("Carlito", font_size, self.MARGIN + self.LIST_INDENT, baseline, label, (0, 0, 0)))
        self.paragraph(text, "Carlito", font_size, self.MARGIN + self.HANGING, self.text_width - self.HANGING,
                       justify, after=8.0 if last else 0.0)

    def heading(self, text, level):
        size = {1: 18.0, 2: 13.0, 3: 11.5}[level] * self.size / 11.0
        self.y -= {1: 0.0, 2: 12.0, 3: 6.0}[level]
        self.room(self.leading(size) + 2 * self.leading(self.size))  # keep with the next lines
        color = (0, 0, 0) if level == 1 else self.HEADING_COLOR
        self.paragraph(text, "Carlito-Bold", size, self.MARGIN, self.text_width, False, color, after=6.0)

    def layout(self, mandate):
        justify = self.options["justify"] == "yes"
        self.heading(mandate.title, 1)
        blocks = list(mandate.blocks)
        numbers = 0
        for index, block in enumerate(blocks):
            kind = block[0]
            following = blocks[index + 1][0] if index + 1 < len(blocks) else None
            if kind == "heading":
                numbers = 0
                self.heading(block[2], block[1])
            elif kind == "text":
                self.paragraph(block[1], "Carlito", self.size, self.MARGIN, self.text_width, justify)
            elif kind == "bullet":
                self.item("bullet", block[1], self.size, justify, following != "bullet")
            elif kind == "number":
                numbers += 1
                labels = {"1.": f"{numbers}.", "1)": f"{numbers})", "a)": f"{chr(96 + numbers)})"}
                label = labels[self.options["numbering"]]
                self.item(label, block[1], self.size, justify, following != "number")
            elif kind == "pagebreak":
                self.new_page()
            else:
                raise ValueError(f"{self.source.name}: the Word-like producer cannot lay out {kind!r} blocks")

    def header_footer(self, page, pages):
        """Word's running header (left, grey) and footer (text left, page label right), word by word."""
        runs, size, grey = [], 9.0, (0.35, 0.35, 0.35)

        def words(text, x, y):
            for word in text.split():
                runs.append(("Carlito", size, x, y, word, grey))
                x += self.measure(word + " ", "Carlito", size)

        if self.options["header"]:
            words(self.options["header"], self.MARGIN, self.height - 35.4)
        if self.options["footer"]:
            words(self.options["footer"], self.MARGIN, 35.4)
        label = page_label(self.options, page, pages)
        if label:
            words(label, self.width - self.MARGIN - self.measure(label, "Carlito", size), 35.4)
        return runs

    def render(self, path):
        from reportlab.pdfgen import canvas

        for mandate in self.source.mandates:
            self.layout(mandate)
        pdf = canvas.Canvas(path, pagesize=(self.width, self.height), invariant=1, pageCompression=1,
                            initialFontName="Carlito", initialFontSize=self.size)
        pdf.setAuthor(self.options["author"])
        pdf.setTitle(self.source.mandates[0].title)
        pdf.setCreator("Word-like canvas, Scripts/corpus/blind/render_office_groff.py")
        for number, runs in enumerate(self.pages, start=1):
            for font, size, x, y, text, color in runs + self.header_footer(number, len(self.pages)):
                pdf.setFillColorRGB(*color)
                pdf.setFont(font, size)
                pdf.drawString(x, y, text)
            pdf.showPage()
        pdf.save()


def render_word_like(source, folder):
    path = os.path.join(folder, source.name + ".pdf")
    WordLike(source).render(path)
    return [(path, source.name)]


# --------------------------------------------------------------------------------------------
# Producer 2: python-docx, converted to PDF by LibreOffice Writer
# --------------------------------------------------------------------------------------------


def numbered_headings(blocks, numbered):
    """Each heading block with the text printed for it ("2.1 Generellt uppdrag" when numbered)."""
    first = second = 0
    for block in blocks:
        if block[0] != "heading" or not numbered:
            yield block, block[2] if block[0] == "heading" else None
            continue
        if block[1] == 2:
            first, second = first + 1, 0
            yield block, f"{first} {block[2]}"
        else:
            second += 1
            yield block, f"{first}.{second} {block[2]}"


def cover_fields(options):
    fields = [field for field in options["cover"].split(";") if field.strip()]
    return [tuple(part.strip() for part in field.split("=", 1)) for field in fields]


def add_field(paragraph, instruction):
    """A Word field (PAGE, NUMPAGES) that LibreOffice fills in when it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def set_widths(table, widths):
    """Column widths LibreOffice honours: the table grid as well as every cell."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
        for cell in column.cells:
            cell.width = width


def build_docx(source, contents_pages):
    """The mandate as a Word document; contents_pages maps a printed heading to its page number."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    options = source.options
    mandate = source.mandates[0]
    document = docx.Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(float(options["size"]))
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = options["header"]
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    footer.text = options["footer"] + "\t\t"  # past the Footer style's centre tab to the right one
    label = options["page-numbers"]
    before, _, after = label.partition("{page}")
    middle, _, tail = after.partition("{pages}")
    footer.add_run(before)
    add_field(footer, "PAGE")
    if "{pages}" in after:
        footer.add_run(middle)
        add_field(footer, "NUMPAGES")
        footer.add_run(tail)
    else:
        footer.add_run(after)

    # Cover page: title and the metadata table.
    for _ in range(4):
        document.add_paragraph()
    document.add_paragraph(mandate.title, style="Title")
    table = document.add_table(rows=0, cols=2, style="Table Grid")
    for field, value in cover_fields(options):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(field).bold = True
        cells[1].text = value
    set_widths(table, (Cm(5), Cm(11)))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Contents page.
    numbered = options["heading-numbers"] == "yes"
    title = document.add_paragraph()
    title.add_run("Innehåll").bold = True
    title.runs[0].font.size = Pt(16)
    for block, printed in numbered_headings(mandate.blocks, numbered):
        if block[0] != "heading" or printed not in contents_pages:
            continue
        line = document.add_paragraph()
        line.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        line.paragraph_format.left_indent = Cm(0 if block[1] == 2 else 0.8)
        line.paragraph_format.space_after = Pt(2)
        line.add_run(f"{printed}\t{contents_pages[printed]}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Body.
    justify = options["justify"] == "yes"
    table_key = options["task-table"]
    header_cells = [cell.strip() for cell in mandate.facts.get("table", "").split("|")]
    key, rows = None, None
    for block, printed in numbered_headings(mandate.blocks, numbered):
        kind = block[0]
        if kind != "bullet" or key != table_key:
            rows = None
        if kind == "heading":
            key = block[3]
            document.add_heading(printed, level=block[1] - 1)
        elif kind == "text":
            paragraph = document.add_paragraph(block[1])
            if justify:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bullet" and key == table_key:
            if rows is None:
                rows = document.add_table(rows=1, cols=2, style="Table Grid")
                rows.alignment = WD_TABLE_ALIGNMENT.CENTER
                for cell, text in zip(rows.rows[0].cells, header_cells):
                    cell.paragraphs[0].add_run(text).bold = True
                repeat_header(rows.rows[0])
            label, _, text = block[1].partition(": ")  # the label cell has no colon, as in a real table
            cells = rows.add_row().cells
            cells[0].text, cells[1].text = label, text
            set_widths(rows, (Cm(4.5), Cm(11.5)))
        elif kind in ("bullet", "number"):
            style = "List Bullet" if kind == "bullet" else "List Number"
            paragraph = document.add_paragraph(block[1], style=style)
            if justify:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "columns":
            groups = [[]]
            for inner in block[1]:
                if inner[0] == "heading" and groups[-1]:
                    groups.append([])
                groups[-1].append(inner)
            box = document.add_table(rows=1, cols=len(groups), style="Table Grid")
            set_widths(box, [Cm(16 / len(groups))] * len(groups))
            for cell, group in zip(box.rows[0].cells, groups):
                cell.paragraphs[0].add_run(group[0][2]).bold = True
                for inner in group[1:]:
                    style = "List Bullet" if inner[0] == "bullet" else None
                    cell.add_paragraph(inner[1], style=style)
            document.add_paragraph()
        elif kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    properties = document.core_properties
    properties.author = properties.last_modified_by = options["author"]
    properties.title = mandate.title
    properties.created = properties.modified = FIXED_DATE
    properties.revision = 1
    return document


def save_zip_deterministically(write, path):
    """Writes an Office file whose zip entries carry a fixed date, so a rerun gives equal bytes."""
    buffer = io.BytesIO()
    write(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as original, zipfile.ZipFile(path, "w") as copy:
        for entry in original.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            copy.writestr(fixed, original.read(entry.filename))


def libreoffice(path, folder):
    """Converts an Office file to PDF with a private LibreOffice profile (other helpers run soffice too)."""
    with tempfile.TemporaryDirectory(prefix="b2-lo-") as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", folder, path],
            check=True, capture_output=True, env=dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH)), timeout=300)
    pdf = os.path.splitext(path)[0] + ".pdf"
    pin_pdf_dates(pdf)
    return pdf


def pin_pdf_dates(path):
    """Rewrites a PDF's dates, file id and LibreOffice's checksum of them in place, at the same lengths."""
    data = open(path, "rb").read()
    stamp = FIXED_DATE.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/CreationDate\s*\(D:)(\d{14})", lambda m: m.group(1) + stamp, data)
    data = re.sub(rb"(/ModDate\s*\(D:)(\d{14})", lambda m: m.group(1) + stamp, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", m.group(0)), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    open(path, "wb").write(data)


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True).stdout
    return text.decode("utf-8").split("\f")


def render_docx(source, folder):
    """Two passes: the first finds the page of every heading, the second prints them in the contents."""
    path = os.path.join(folder, source.name + ".docx")
    numbered = source.options["heading-numbers"] == "yes"
    printed = [text for block, text in numbered_headings(source.mandates[0].blocks, numbered) if block[0] == "heading"]
    pages = {text: "0" for text in printed}
    for _ in range(2):
        document = build_docx(source, pages)
        save_zip_deterministically(document.save, path)
        texts = page_texts(libreoffice(path, folder))
        found = {}
        for number, text in enumerate(texts, start=1):
            if number <= 2:
                continue  # the cover and the contents
            lines = [line.strip() for line in text.splitlines()]
            for heading in printed:
                if heading not in found and heading in lines:
                    found[heading] = str(number)
        missing = [heading for heading in printed if heading not in found]
        if missing:
            raise ValueError(f"{source.name}: headings not found in LibreOffice's PDF: {missing}")
        if found == pages:
            break
        pages = found
    return [(path, source.name), (os.path.splitext(path)[0] + ".pdf", source.name)]


# --------------------------------------------------------------------------------------------
# Producer 3: groff -ms, PostScript to PDF by Ghostscript
# --------------------------------------------------------------------------------------------


def troff_text(text):
    """A line of running text as troff input: backslashes escaped, no line taken for a request."""
    text = text.replace("\\", "\\e")
    return "\\&" + text if text[:1] in (".", "'") else text


def groff_page_label(source):
    """The footer's page label with groff's page register; groff cannot know the page count."""
    label = source.options["page-numbers"]
    if "{pages}" in label:
        raise ValueError(f"{source.name}: the groff producer cannot print the page count ({label!r})")
    return troff_text(label.replace("{page}", "\x00")).replace("\x00", "\\\\n%")


def ms_document(source):
    options = source.options
    size = float(options["size"])
    lines = [
        '.\\" Generated by Scripts/corpus/blind/render_office_groff.py from ' + source.name + ".md",
        f".nr PS {size:g}",
        f".nr VS {round(size * 1.25)}",
        ".nr PO 1i",
        ".nr LL 6.27i",
        ".nr HM 1i",
        ".nr FM 1i",
        ".nr PD 0.5v",
        ".ds CH",
        ".ds LF " + troff_text(options["footer"]),
        ".ds RF " + groff_page_label(source),
        ".hla sv",
        ".hpf hyphen.sv",
        ".nr HY 36" if options["hyphenate"] == "yes" else ".nr HY 0",
    ]
    for mandate in source.mandates:
        lines += [".TL", troff_text(mandate.title), ".LP"]
        numbers = 0
        for block in mandate.blocks:
            kind = block[0]
            if kind == "heading":
                numbers = 0
                lines += [".SH", troff_text(block[2]), ".LP"]
            elif kind == "text":
                lines += [".PP", troff_text(block[1])]
            elif kind == "bullet":
                lines += [".IP \\(bu 2n", troff_text(block[1])]
            elif kind == "number":
                numbers += 1
                lines += [f".IP {numbers}. 3n", troff_text(block[1])]
            elif kind == "pagebreak":
                lines += [".bp"]
            else:
                raise ValueError(f"{source.name}: the groff producer cannot lay out {kind!r} blocks")
    return "\n".join(lines) + "\n"


def render_groff(source, folder):
    path = os.path.join(folder, source.name + ".pdf")
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH))
    groff = ["groff", "-k", "-ms", "-Tps", "-dpaper=a4", "-P-pa4"]
    postscript = subprocess.run(groff, input=ms_document(source).encode("utf-8"),
                                check=True, capture_output=True, env=env).stdout
    with tempfile.NamedTemporaryFile(suffix=".ps") as file:
        file.write(postscript)
        file.flush()
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "-dOmitInfoDate", "-dOmitID", "-dOmitXMP", file.name, path],
                       check=True, capture_output=True, env=env)
    return [(path, source.name)]


# --------------------------------------------------------------------------------------------
# Producer 4: slides (python-pptx), exported by LibreOffice Impress
# --------------------------------------------------------------------------------------------


def no_bullet(paragraph):
    """A slide paragraph without the placeholder's bullet: prose, or an item that is numbered in its text."""
    from pptx.oxml.xmlchemy import OxmlElement

    properties = paragraph._p.get_or_add_pPr()
    properties.set("marL", "0")
    properties.set("indent", "0")
    properties.insert(0, OxmlElement("a:buNone"))


def render_slides(source, folder):
    """One slide per section, as a mandate is often presented: the heading as slide title, the
    section's paragraphs and items as text, continued on a further slide when it is long."""
    from pptx import Presentation
    from pptx.enum.text import MSO_AUTO_SIZE
    from pptx.util import Cm, Pt

    name = source.name + "-slides"
    mandate = source.mandates[0]
    deck = Presentation()  # 4:3, 25.4 x 19.05 cm, landscape
    title_slide = deck.slides.add_slide(deck.slide_layouts[0])
    title_slide.shapes.title.text = mandate.title
    subtitle = title_slide.placeholders[1]._element  # nothing in the gold may stand on the slide
    subtitle.getparent().remove(subtitle)
    sections = []
    for block in mandate.blocks:
        if block[0] == "heading":
            sections.append((block[2], []))
        elif block[0] in ("text", "bullet", "number"):
            if not sections:
                sections.append((None, []))
            sections[-1][1].append(block)
    for heading, blocks in sections:
        chunks, chunk, size = [], [], 0
        for block in blocks:
            if chunk and size + len(block[1]) > 420:
                chunks.append(chunk)
                chunk, size = [], 0
            chunk.append(block)
            size += len(block[1])
        chunks.append(chunk)
        numbers = 0
        for chunk in chunks:
            slide = deck.slides.add_slide(deck.slide_layouts[1] if heading else deck.slide_layouts[6])
            if heading:
                slide.shapes.title.text = heading
                body = slide.placeholders[1].text_frame
            else:
                body = slide.shapes.add_textbox(Cm(2), Cm(2), Cm(21.4), Cm(15)).text_frame
                body.word_wrap = True
            body.clear()
            body.auto_size = MSO_AUTO_SIZE.NONE  # the template's shrink-on-overflow would set the text small
            for index, block in enumerate(chunk):
                paragraph = body.paragraphs[0] if index == 0 else body.add_paragraph()
                numbers = numbers + 1 if block[0] == "number" else 0
                paragraph.text = f"{numbers}. {block[1]}" if block[0] == "number" else block[1]
                if block[0] != "bullet":
                    no_bullet(paragraph)
                for run in paragraph.runs:
                    run.font.size = Pt(18)
    deck.core_properties.author = source.options["author"]
    deck.core_properties.title = mandate.title
    deck.core_properties.created = deck.core_properties.modified = FIXED_DATE
    deck.core_properties.revision = 1
    with tempfile.TemporaryDirectory(prefix="b2-pptx-") as scratch:
        pptx = os.path.join(scratch, name + ".pptx")
        save_zip_deterministically(deck.save, pptx)
        pdf = libreoffice(pptx, scratch)
        target = os.path.join(folder, name + ".pdf")
        shutil.copyfile(pdf, target)
    return [(target, name)]


RENDERERS = {"word_like": render_word_like, "docx": render_docx, "groff": render_groff, "slides": render_slides}


def main(arguments):
    if len(arguments) != 1:
        sys.exit("usage: render_office_groff.py OUTPUT_FOLDER   (e.g. Corpus/blind)")
    folder = os.path.abspath(arguments[0])
    os.makedirs(folder, exist_ok=True)
    # The folder holds other writers' blind sources too (b1-…); this script renders the b2- ones.
    names = sorted(file[:-3] for file in os.listdir(SOURCES) if file.startswith("b2-") and file.endswith(".md"))
    unknown = [name for name in names if name not in PRODUCERS]
    if unknown:
        sys.exit(f"{SOURCES}: no producer is assigned to {', '.join(unknown)} (see PRODUCERS)")
    for name in names:
        source = mandate_source.parse(os.path.join(SOURCES, name + ".md"), name)
        for producer in PRODUCERS[name]:
            for path, document in RENDERERS[producer](source, folder):
                gold = os.path.join(folder, document + ".gold.json")
                source.name = document
                mandate_source.write_gold(source, gold)
                source.name = name
                print(os.path.relpath(path), "+", os.path.basename(gold))


if __name__ == "__main__":
    main(sys.argv[1:])

"""Renders a corpus source as a typeset PDF: reportlab's canvas with line breaking of its own.

What a report generator or a typesetting system makes of a mandate, rather than a word
processor: A4, margins of 2.2 cm, one or two text columns, greedy line breaking with Swedish
hyphenation (a visible "-" at the line end), justified or ragged lines, hanging-indent list items,
ligatures, no-break spaces, running header and footer, and `columns` groups set as side-by-side
columns spanning the text width.

Options (see mandate_source.RENDER_OPTIONS): font (Times | Helvetica | DejaVuSans | DejaVuSerif | Carlito),
size, columns (1 | 2), headings (larger | bold), hyphenate, justify, bullet, numbering, ligatures
(the embedded fonts only), nbsp, header ("left | right" or "left | centre | right"), footer,
page-numbers, author, heading-numbers. The output is byte-identical from run to run.
"""
import os
import re
import sys

import reportlab.rl_config

reportlab.rl_config.invariant = 1

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import text_rules  # noqa: E402

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2.2 * cm
GUTTER = 20  # between text columns, and between the sections of a `columns` group
BODY_TOP = PAGE_HEIGHT - MARGIN
BODY_BOTTOM = MARGIN
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

DEJAVU = "/usr/share/fonts/truetype/dejavu"
FONTS = {  # option → (regular, bold)
    "Times": ("Times-Roman", "Times-Bold"),
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "Carlito": ("Carlito", "Carlito-Bold"),
}
TRUETYPE = {  # the embedded fonts' files
    "DejaVuSans": os.path.join(DEJAVU, "DejaVuSans.ttf"),
    "DejaVuSans-Bold": os.path.join(DEJAVU, "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": os.path.join(DEJAVU, "DejaVuSerif.ttf"),
    "DejaVuSerif-Bold": os.path.join(DEJAVU, "DejaVuSerif-Bold.ttf"),
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
}
FALLBACK = "DejaVuSans"  # for characters a standard font's WinAnsi encoding lacks (● ▪ …)
_registered = set()

# The older Swedish spelling rule for a compound whose first part ends in a doubled consonant
# and whose second part starts with the same consonant: written with two ("processtöd"), but
# broken at a line end with all three ("process-" / "stöd"). word → (first part, second part).
TRIPLE_CONSONANTS = {
    "processtöd": ("process", "stöd"),
    "processtyrning": ("process", "styrning"),
    "nattjänst": ("natt", "tjänst"),
    "busstation": ("buss", "station"),
}

HYPHENATION = text_rules.pyphen.Pyphen(lang="sv_SE", left=2, right=3)


_STAND_IN = 0xE0A0  # a private-use code carrying U+00A0 through reportlab's TrueType subsetting


class _TTFont(TTFont):
    """A TrueType font that keeps no-break spaces: reportlab's own maps U+00A0 to the space, so the
    PDF's text would lose it. A private-use stand-in takes the no-break space's glyph and width,
    and becomes U+00A0 again in the subset (glyph and ToUnicode) when the font is written."""

    def __init__(self, name, path):
        super().__init__(name, path)
        face = self.face
        face.charToGlyph[_STAND_IN] = face.charToGlyph[0xA0]
        face.charWidths[_STAND_IN] = face.charWidths[0xA0]

    def stringWidth(self, text, size, encoding="utf8"):
        return super().stringWidth(text.replace("\u00a0", chr(_STAND_IN)), size, encoding)

    def splitString(self, text, doc, encoding="utf-8"):
        return super().splitString(text.replace("\u00a0", chr(_STAND_IN)), doc, encoding)

    def addObjects(self, doc):
        state = self.state.get(doc)
        if state is not None:
            for subset in state.subsets:
                subset[:] = [0xA0 if code == _STAND_IN else code for code in subset]
        super().addObjects(doc)


def _register(name):
    if name in _registered or name not in TRUETYPE:
        return
    pdfmetrics.registerFont(_TTFont(name, TRUETYPE[name]))
    _registered.add(name)


def _standard(font):
    """Whether the font is one of PDF's standard fonts (WinAnsi-encoded), not an embedded TrueType."""
    return not isinstance(pdfmetrics.getFont(font), TTFont)


def _runs(text, font):
    """Splits text into (font, text) runs: a standard font's unencodable characters go to DejaVuSans."""
    if not _standard(font):
        return [(font, text)]
    runs = []
    for char in text:
        try:
            char.encode("cp1252")
            chosen = font
        except UnicodeEncodeError:
            chosen = FALLBACK
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return runs


class Style:
    """A font, a size and the ligature setting: measures and draws strings."""

    def __init__(self, font, size, ligatures):
        self.font, self.size, self.ligatures = font, size, ligatures

    def shaped(self, text):
        return text.replace("fi", "\ufb01").replace("fl", "\ufb02") if self.ligatures else text

    def width(self, text):
        return sum(pdfmetrics.stringWidth(part, font, self.size) for font, part in _runs(self.shaped(text), self.font))

    def draw(self, page, x, y, text):
        for font, part in _runs(self.shaped(text), self.font):
            page.append((x, y, font, self.size, part))
            x += pdfmetrics.stringWidth(part, font, self.size)


def break_points(token, own_hyphens_only=False):
    """The ways a token may break at a line end: [(head drawn at the line end, tail on the next line)].

    A token with a hyphen of its own breaks only after that hyphen (and so does the rest of such
    a token on the next line: own_hyphens_only); a plain word at its Swedish hyphenation points
    with an added hyphen, restoring a third consonant for TRIPLE_CONSONANTS.
    """
    if "\u00a0" in token:
        return []
    inner = token.strip("-")
    if "-" in inner or own_hyphens_only:
        return [(token[:i + 1], token[i + 1:]) for i, char in enumerate(token)
                if char == "-" and 0 < i < len(token) - 1 and token[i + 1] != "-"]
    match = re.fullmatch(r"([^\w]*)([^\W\d_]+)([^\w\-]*)", token)
    if not match or len(match.group(2)) < 5:
        return []
    lead, core, trail = match.groups()
    points = {position: (lead + core[:position] + "-", core[position:] + trail)
              for position in HYPHENATION.positions(core)}
    lower = core.lower()
    for word, (first, second) in TRIPLE_CONSONANTS.items():
        assert word == first + second[1:], word
        start = lower.find(word)
        if start >= 0:
            position = start + len(first)
            points.pop(position - 1, None)  # "proces-styrning": the pattern's point at the joint
            points[position] = (lead + core[:position] + "-", core[position - 1] + core[position:] + trail)
    return [points[position] for position in sorted(points)]


def wrap(tokens, width, style, hyphenate):
    """Greedy line breaking: [[token, …], …]; a broken word's head ends its line with its hyphen."""
    lines, line, used = [], [], 0.0
    space = style.width(" ")
    queue = [(token, False) for token in tokens]
    while queue:
        token, own_hyphens_only = queue.pop(0)
        need = style.width(token) + (used + space if line else 0)
        if need <= width + 0.01:
            line.append(token)
            used = need
            continue
        available = width - (used + space if line else 0)
        if hyphenate or not line:
            points = break_points(token, own_hyphens_only)
            fitting = [(head, tail) for head, tail in points if style.width(head) <= available + 0.01]
            if fitting:
                head, tail = fitting[-1]
                lines.append(line + [head])
                line, used = [], 0.0
                queue.insert(0, (tail, own_hyphens_only or "-" in token.strip("-")))
                continue
        if line:
            lines.append(line)
            line, used = [], 0.0
            queue.insert(0, (token, own_hyphens_only))
        else:  # a word wider than the line and without a break point: it overflows
            line, used = [token], style.width(token)
    if line:
        lines.append(line)
    return lines


class Line:
    """A line box: its height, the space above it (dropped at a column's top), whether it stays
    with the next line, and its strings as (dx, style, text)."""

    def __init__(self, height, space_before, strings, keep=False):
        self.height, self.space_before, self.strings, self.keep = height, space_before, strings, keep

    def draw(self, page, x, top):
        baseline = top - self.height * 0.78
        for dx, style, text in self.strings:
            style.draw(page, x + dx, baseline, text)


def _fit(lines, capacity, force=False):
    """How many of lines fit in a column of the given height, keeping headings with what follows.

    force: the column is a whole page's, so a line taller than it goes there all the same."""
    used, count = 0.0, 0
    for index, line in enumerate(lines):
        step = line.height + (line.space_before if index else 0)
        if used + step > capacity + 0.01:
            break
        used += step
        count += 1
    if count == 0:
        return 1 if force and lines else 0
    fitting = count
    while 0 < count < len(lines) and lines[count - 1].keep:
        count -= 1
    return count or fitting


def _height(lines):
    return sum(line.height + (line.space_before if index else 0) for index, line in enumerate(lines))


class Typesetter:
    def __init__(self, source):
        self.source = source
        options = source.options
        self.options = options
        font = options["font"] or "Times"
        if font not in FONTS:
            raise ValueError(f"{source.name}: typeset font {font!r} is not one of {', '.join(FONTS)}")
        regular, bold = FONTS[font]
        for name in (regular, bold, FALLBACK):
            _register(name)
        ligatures = options["ligatures"] == "yes" and not _standard(regular)
        size = float(options["size"])
        self.size = size
        self.body = Style(regular, size, ligatures)
        self.bold = Style(bold, size, ligatures)
        larger = options["headings"] == "larger"
        self.heading_styles = {
            2: Style(bold, size + 4 if larger else size, ligatures),
            3: Style(bold, size + 2 if larger else size, ligatures),
        }
        self.title_style = Style(bold, size + 7, ligatures)
        self.small = Style(regular, max(7.0, size - 2), False)
        self.columns = int(options["columns"])
        self.column_width = (TEXT_WIDTH - GUTTER * (self.columns - 1)) / self.columns
        self.hyphenate = options["hyphenate"] == "yes"
        self.justify = options["justify"] == "yes"
        self.nbsp = options["nbsp"] == "yes"
        self.numbered_headings = options["heading-numbers"] == "yes"
        self.leading = size * 1.22
        # Page state
        self.pages = []
        self.pending = []  # lines of the current column region, not yet placed
        self.region_top = BODY_TOP
        self.space_after = 0.0
        self._new_page()

    # Page composition ------------------------------------------------------------------------

    def _new_page(self):
        self.pages.append([])
        self.region_top = BODY_TOP

    def _page_empty(self):
        return not self.pages[-1] and self.region_top == BODY_TOP

    def _column_x(self, column):
        return MARGIN + column * (self.column_width + GUTTER)

    def _place_column(self, lines, column, top):
        y = top
        for index, line in enumerate(lines):
            if index:
                y -= line.space_before
            line.draw(self.pages[-1], self._column_x(column), y)
            y -= line.height
        return y

    def _flush_full_pages(self):
        """Places pages whose columns the pending lines overflow; the rest stays pending."""
        while True:
            capacity = self.region_top - BODY_BOTTOM
            rest, counts = self.pending, []
            for _ in range(self.columns):
                count = _fit(rest, capacity, force=self.region_top == BODY_TOP)
                counts.append(count)
                rest = rest[count:]
                if not rest:
                    break
            if not rest:
                return
            rest = self.pending
            for column, count in enumerate(counts):
                self._place_column(rest[:count], column, self.region_top)
                rest = rest[count:]
            self.pending = rest
            self._new_page()

    def _end_region(self, balance):
        """Places the pending lines in the current region; balanced columns before a spanning part."""
        lines, self.pending = self.pending, []
        if not lines:
            return
        capacity = self.region_top - BODY_BOTTOM
        height = capacity
        if balance and self.columns > 1:
            low, high = max(line.height for line in lines), capacity
            for _ in range(30):
                middle = (low + high) / 2
                rest = lines
                for _ in range(self.columns):
                    rest = rest[_fit(rest, middle):]
                if rest:
                    low = middle
                else:
                    high = middle
            height = high
        bottom = self.region_top
        for column in range(self.columns):
            count = _fit(lines, height)
            bottom = min(bottom, self._place_column(lines[:count], column, self.region_top))
            lines = lines[count:]
            if not lines:
                break
        self.region_top = bottom

    def _add(self, lines):
        self.pending.extend(lines)
        self._flush_full_pages()

    def page_break(self):
        self._end_region(balance=False)
        if not self._page_empty():
            self._new_page()
        self.space_after = 0.0

    def _span(self, lines):
        """Lines across the whole text width (a title in a two-column layout)."""
        self._end_region(balance=True)
        gap = lines[0].space_before if not self._page_empty() else 0
        if self.region_top - gap - _height(lines) - 3 * self.leading < BODY_BOTTOM and not self._page_empty():
            self._new_page()
            gap = 0
        y = self.region_top - gap
        for index, line in enumerate(lines):
            if index:
                y -= line.space_before
            line.draw(self.pages[-1], MARGIN, y)
            y -= line.height
        self.region_top = y - self.size * 0.6

    # Blocks → lines --------------------------------------------------------------------------

    def _prose(self, text):
        return text_rules.no_break_spaces(text) if self.nbsp else text

    def _paragraph(self, text, width, style, space_before, indent=0.0, marker=None, justify=None,
                   hyphenate=None, keep=False, leading=None):
        justify = self.justify if justify is None else justify
        hyphenate = self.hyphenate if hyphenate is None else hyphenate
        leading = leading or self.leading
        tokens = [token for token in self._prose(text).split(" ") if token]
        wrapped = wrap(tokens, width - indent, style, hyphenate)
        space = style.width(" ")
        lines = []
        for number, words in enumerate(wrapped):
            strings = []
            last = number == len(wrapped) - 1
            if justify and not last and len(words) > 1:
                natural = sum(style.width(word) for word in words)
                gap = (width - indent - natural) / (len(words) - 1)
                x = indent
                for word in words:
                    strings.append((x, style, word))
                    x += style.width(word) + gap
            else:
                strings.append((indent, style, " ".join(words)))
            if number == 0 and marker is not None:
                strings.insert(0, marker)
            lines.append(Line(leading, space_before if number == 0 else 0.0, strings, keep=keep))
        return lines

    def _blocks(self, blocks, width, justify=None):
        """Lines of a run of blocks (no columns groups, no page breaks) in a column of the given width."""
        lines = []
        size = self.size
        for block, label in text_rules.labelled(blocks, self.options["numbering"]):
            kind = block[0]
            if kind == "heading":
                style = self.heading_styles[block[1]]
                before = size * (1.1 if block[1] == 2 else 0.9)
                text = f"{self.numbers.label(block[1])} {block[2]}" if self.numbered_headings else block[2]
                lines += self._paragraph(text, width, style, max(before, self.space_after), justify=False,
                                         hyphenate=False, keep=True, leading=style.size * 1.2)
                self.space_after = size * 0.3
            elif kind == "text":
                lines += self._paragraph(block[1], width, self.body, max(size * 0.45, self.space_after),
                                         justify=justify)
                self.space_after = size * 0.45
            elif kind in ("bullet", "number"):
                marker, indent = self._list_marker(kind, label)
                lines += self._paragraph(block[1], width, self.body, max(size * 0.2, self.space_after),
                                         indent=indent, marker=marker, justify=justify)
                self.space_after = size * 0.2
            else:
                raise ValueError(f"{self.source.name}: unexpected block {kind}")
        return lines

    def _list_marker(self, kind, label):
        """A list item's marker as (dx, style, text), and the indent of the item's text."""
        glyph = self.options["bullet"] if kind == "bullet" else label
        hang = max(self.size * 1.5, self.body.width(self.options["numbering"].replace("1", "10")) + self.size * 0.45)
        marker_x = self.size * 0.4
        return (marker_x, self.body, glyph), marker_x + hang

    def _group(self, sections_blocks):
        """A `columns` group: its sections side by side across the text width."""
        self._end_region(balance=True)
        sections = []
        for block in sections_blocks:
            if block[0] == "heading" or not sections:
                sections.append([])
            sections[-1].append(block)
        count = len(sections)
        width = (TEXT_WIDTH - GUTTER * (count - 1)) / count
        columns = []
        for section in sections:
            self.space_after = 0.0
            columns.append(self._blocks(section, width, justify=False))  # ragged, as in a table's cells
        gap = self.size * 0.8 if not self._page_empty() else 0
        tallest = max(_height(column) for column in columns)
        room = self.region_top - gap - BODY_BOTTOM
        if tallest > room and not self._page_empty() and tallest <= BODY_TOP - BODY_BOTTOM:
            self._new_page()
            gap = 0
        top = self.region_top - gap
        while True:
            bottom = top
            rest = []
            for index, column in enumerate(columns):
                count_fit = _fit(column, top - BODY_BOTTOM, force=top == BODY_TOP)
                y = top
                for number, line in enumerate(column[:count_fit]):
                    if number:
                        y -= line.space_before
                    line.draw(self.pages[-1], MARGIN + index * (width + GUTTER), y)
                    y -= line.height
                bottom = min(bottom, y)
                rest.append(column[count_fit:])
            columns = rest
            if not any(columns):
                break
            self._new_page()
            top = self.region_top
        self.region_top = bottom - self.size * 0.6
        self.space_after = self.size * 0.45

    def render(self):
        for mandate_index, mandate in enumerate(self.source.mandates):
            self.numbers = text_rules.HeadingNumbers()
            if mandate.title:
                title = self._paragraph(mandate.title, TEXT_WIDTH, self.title_style, self.size * 1.5,
                                        justify=False, hyphenate=False, leading=self.title_style.size * 1.2)
                self._span(title)
                self.space_after = self.size * 0.9
            run = []
            for block in mandate.blocks + [("end",)]:
                if block[0] in ("heading", "text", "bullet", "number"):
                    run.append(block)
                    continue
                if run:
                    self._add(self._blocks(run, self.column_width))
                    run = []
                if block[0] == "columns":
                    self._group(block[1])
                elif block[0] == "pagebreak":
                    self.page_break()
        self._end_region(balance=False)

    # Output ----------------------------------------------------------------------------------

    def _running(self, page, number, total):
        options = self.options
        small = self.small
        if options["header"]:
            parts = [part.strip() for part in options["header"].split("|")]
            y = PAGE_HEIGHT - 1.3 * cm
            small.draw(page, MARGIN, y, parts[0])
            if len(parts) == 3:
                small.draw(page, PAGE_WIDTH / 2 - small.width(parts[1]) / 2, y, parts[1])
            if len(parts) >= 2:
                small.draw(page, PAGE_WIDTH - MARGIN - small.width(parts[-1]), y, parts[-1])
        y = 1.3 * cm
        if options["footer"]:
            small.draw(page, MARGIN, y, options["footer"])
        if options["page-numbers"]:
            label = options["page-numbers"].format(page=number, pages=total)
            small.draw(page, PAGE_WIDTH - MARGIN - small.width(label), y, label)

    def save(self, path):
        self.render()
        if not self.pages[-1] and len(self.pages) > 1:
            self.pages.pop()
        document = canvas.Canvas(path, pagesize=A4, pageCompression=1, initialFontName=self.body.font,
                                 initialFontSize=self.size)
        document.setAuthor(self.options["author"])
        first = next((mandate.title for mandate in self.source.mandates if mandate.title), None)
        if first is None:
            first = next((block[2] for mandate in self.source.mandates for block in mandate.blocks
                          if block[0] == "heading"), self.source.name)
        document.setTitle(first)
        document.setCreator("Mandat corpus typesetter")
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            self._running(page, number, total)
            current = None
            for x, y, font, size, text in page:
                if (font, size) != current:
                    document.setFont(font, size)
                    current = (font, size)
                self._draw_string(document, x, y, text)
            document.showPage()
        document.save()


    def _draw_string(self, document, x, y, text):
        """Draws one string of a page in the canvas's current font, as one text run."""
        document.drawString(x, y, text)


def render(source, path):
    Typesetter(source).save(path)


if __name__ == "__main__":
    import mandate_source

    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

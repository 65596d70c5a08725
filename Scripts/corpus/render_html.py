"""Renders a corpus source as a region's web page: the mandate inside the site around it.

The page is what a region's site publishes: a skip link, a cookie banner, a site header with the
organisation's name as logo text, its navigation menu and a search box, breadcrumbs, then the
mandate as `<main><article>` (the title `h1`, `##` headings `h2`, `###` headings `h3`, paragraphs,
`<ul>` bullets, `<ol>` numbered items, a `columns` group as a table of a heading row over a row of
lists), share links, a "last updated" line in the article's footer, a sidebar of related pages and
the site footer with contact details. None of the site is the mandate's text.

The text is written as content management systems write it: Swedish letters of headings as named
entities (`&ouml;`), no-break spaces as `&nbsp;` (option `nbsp`), and `&shy;` at the Swedish
hyphenation points of the longest compounds (sixteen letters or more: `sjuk&shy;vårds&shy;re&shy;gi&shy;o&shy;nen`),
as an editor puts them where a narrow screen would otherwise overflow (option `hyphenate`). Option `html-encoding` is `utf-8`
(declared with `<meta charset>`) or `iso-8859-1` (declared with `<meta http-equiv>`, as older
sites do; characters outside Latin-1 become numeric references). Of the shared format extensions,
heading-numbers puts the number before the heading's text, and task-table sets the section's
`Label: text` items as the rows of a bordered table whose `<thead>` (the `@table` header) a
browser repeats on each printed page.
"""
import html
import re
import sys

import text_rules

LONG_COMPOUND = re.compile(r"(?<![\w\-])[^\W\d_]{16,}(?![\w\-])")
NAMED = {"å": "&aring;", "ä": "&auml;", "ö": "&ouml;", "Å": "&Aring;", "Ä": "&Auml;", "Ö": "&Ouml;", "é": "&eacute;"}


def _flat(blocks):
    for block in blocks:
        if block[0] != "pagebreak":
            yield block


class HTMLRenderer:
    def __init__(self, source):
        self.source = source
        self.options = source.options
        self.encoding = self.options["html-encoding"]
        if self.encoding not in ("utf-8", "iso-8859-1"):
            raise ValueError(f"{source.name}: html-encoding must be utf-8 or iso-8859-1")
        self.numbered_headings = self.options["heading-numbers"] == "yes"
        self.task_key = self.options["task-table"]
        self.section_key = None

    def _text(self, text, hyphens=True):
        """Body text: escaped, with &nbsp; and &shy; where the options put them."""
        if self.options["nbsp"] == "yes":
            text = text_rules.no_break_spaces(text)
        if hyphens and self.options["hyphenate"] == "yes":
            text = LONG_COMPOUND.sub(lambda word: text_rules.SWEDISH.inserted(word.group(0), hyphen="\u00ad"), text)
        return html.escape(text, quote=False).replace("\u00a0", "&nbsp;").replace("\u00ad", "&shy;")

    def _heading(self, text):
        escaped = self._text(text, hyphens=False)
        return "".join(NAMED.get(character, character) for character in escaped)

    def _number(self, heading):
        """A columns group's heading number and a space, where headings are numbered."""
        return self.numbers.label(heading[1]) + " " if self.numbered_headings else ""

    def _blocks(self, blocks, indent):
        """The HTML of a run of heading/text/bullet/number blocks."""
        lines = []
        open_list = None
        pad = " " * indent

        def close():
            nonlocal open_list
            if open_list == "table":
                lines.append(f"{pad}  </tbody>")
                lines.append(f"{pad}</table>")
            elif open_list:
                lines.append(f"{pad}</{open_list}>")
            open_list = None

        for block in blocks:
            kind = block[0]
            if kind == "bullet" and self.task_key and self.section_key == self.task_key:
                if open_list != "table":
                    close()
                    heads = "".join(f"<th>{self._heading(cell.strip())}</th>" for cell in self.table_header.split("|"))
                    lines += [f'{pad}<table class="tasks" border="1">', f"{pad}  <thead><tr>{heads}</tr></thead>",
                              f"{pad}  <tbody>"]
                    open_list = "table"
                label, text = text_rules.task_row(block[1])
                lines.append(f"{pad}    <tr><td>{self._text(label)}</td><td>{self._text(text)}</td></tr>")
                continue
            wanted = {"bullet": "ul", "number": "ol"}.get(kind)
            if wanted != open_list:
                close()
                if wanted:
                    style = ' type="a"' if wanted == "ol" and self.options["numbering"] == "a)" else ""
                    lines.append(f"{pad}<{wanted}{style}>")
                    open_list = wanted
            if kind == "heading":
                level = block[1]
                self.section_key = block[3]
                number = self.numbers.label(level) + " " if self.numbered_headings else ""
                lines.append(f"{pad}<h{level}>{number}{self._heading(block[2])}</h{level}>")
            elif kind == "text":
                lines.append(f"{pad}<p>{self._text(block[1])}</p>")
            elif kind in ("bullet", "number"):
                lines.append(f"{pad}  <li>{self._text(block[1])}</li>")
            elif kind == "columns":
                lines += self._table(block[1], indent)
            else:
                raise ValueError(f"{self.source.name}: unexpected block {kind}")
        close()
        return lines

    def _table(self, blocks, indent):
        sections = []
        for block in blocks:
            if block[0] == "heading" or not sections:
                sections.append([])
            sections[-1].append(block)
        pad = " " * indent
        heads = "".join(
            f"<th>{self._number(section[0]) + self._heading(section[0][2]) if section[0][0] == 'heading' else ''}</th>"
            for section in sections)
        lines = [f'{pad}<table class="levels">', f"{pad}  <thead><tr>{heads}</tr></thead>", f"{pad}  <tbody><tr>"]
        for section in sections:
            body = section[1:] if section[0][0] == "heading" else section
            lines.append(f"{pad}    <td>")
            lines += self._blocks(body, indent + 6)
            lines.append(f"{pad}    </td>")
        lines += [f"{pad}  </tr></tbody>", f"{pad}</table>"]
        return lines

    def page(self):
        first = self.source.mandates[0]
        group = first.facts.get("group", "- | - | -").split("|")
        organization = group[2].strip() if len(group) > 2 and group[2].strip() != "-" else "Sjukvårdsregionen"
        name = group[1].strip() if len(group) > 1 else ""
        charset = ('<meta charset="utf-8">' if self.encoding == "utf-8"
                   else '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
        author = self.options["author"]
        head = [
            "<!DOCTYPE html>",
            '<html lang="sv">',
            "<head>",
            f"  {charset}",
            '  <meta name="viewport" content="width=device-width, initial-scale=1">',
            *([f'  <meta name="author" content="{html.escape(author)}">'] if author else []),
            f"  <title>{html.escape(first.title)} | {html.escape(organization)}</title>",
            '  <link rel="stylesheet" href="/static/css/site.css">',
            "  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'uppdrag'});</script>",
            "</head>",
            "<body>",
            '  <a class="skip-link" href="#innehall">Hoppa till innehållet</a>',
            '  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Kakor på webbplatsen">',
            "    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. "
            '<a href="/om-webbplatsen/kakor">Läs mer om kakor</a>.</p>',
            '    <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>',
            "  </div>",
            '  <header class="site-header">',
            f'    <a class="logo" href="/">{html.escape(organization)}</a>',
            '    <nav class="main-menu" aria-label="Huvudmeny">',
            "      <ul>",
            '        <li><a href="/">Start</a></li>',
            '        <li><a href="/kunskapsstyrning">Kunskapsstyrning</a></li>',
            '        <li><a href="/samverkansgrupper">Samverkansgrupper</a></li>',
            '        <li><a href="/om-oss">Om oss</a></li>',
            '        <li><a href="/kontakt">Kontakt</a></li>',
            "      </ul>",
            "    </nav>",
            '    <form class="site-search" role="search" action="/sok">',
            '      <label for="q">Sök på webbplatsen</label> <input id="q" type="search" name="q"> '
            '<button type="submit">Sök</button>',
            "    </form>",
            "  </header>",
            '  <nav class="breadcrumbs" aria-label="Du är här">',
            '    <ol><li><a href="/">Start</a></li><li><a href="/kunskapsstyrning">Kunskapsstyrning</a></li>'
            f'<li><a href="/samverkansgrupper">Samverkansgrupper</a></li><li>{html.escape(name)}</li></ol>',
            "  </nav>",
            '  <main id="innehall">',
        ]
        body = []
        for mandate in self.source.mandates:
            self.numbers = text_rules.HeadingNumbers()
            self.table_header = mandate.facts.get("table", "")
            if self.task_key and not self.table_header:
                raise ValueError(f"{self.source.name}: task-table needs an @table header line")
            body.append("    <article>")
            if mandate.title:
                body.append(f"      <h1>{self._heading(mandate.title)}</h1>")
            body += self._blocks(list(_flat(mandate.blocks)), 6)
            body += [
                '      <div class="share-links" aria-label="Dela sidan">',
                '        <span>Dela:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a>',
                "      </div>",
                '      <footer class="page-meta"><p>Senast uppdaterad: 2023-05-12</p></footer>',
                "    </article>",
            ]
        tail = [
            '    <aside class="related">',
            "      <h2>Relaterade sidor</h2>",
            '      <ul><li><a href="/samverkansgrupper">Alla samverkansgrupper</a></li>'
            '<li><a href="/kunskapsstyrning">Så fungerar kunskapsstyrningen</a></li></ul>',
            "    </aside>",
            "  </main>",
            '  <footer class="site-footer">',
            f"    <p>{html.escape(organization)}<br>Kansliet för sjukvårdsregional samverkan<br>Box 1024, 123 45 Regionstaden</p>",
            "    <p>Telefon 010-100 00 00<br>E-post: kansli@sjukvardsregionen.example</p>",
            '    <p><a href="/om-webbplatsen">Om webbplatsen</a> <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p>',
            "  </footer>",
            "</body>",
            "</html>",
        ]
        return "\n".join(head + body + tail) + "\n"


def render(source, path):
    page = HTMLRenderer(source).page()
    with open(path, "wb") as file:
        file.write(page.encode(source.options["html-encoding"], errors="xmlcharrefreplace"))


if __name__ == "__main__":
    import os

    import mandate_source

    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

#!/usr/bin/env python3
"""Renders the blind corpus (Scripts/corpus/sources/blind/b1-*.md) with producers of its own.

Usage:  python3 Scripts/corpus/blind/render_web_tex.py Corpus/blind

The blind sources were written without looking at Mandat's parser or at the project's renderers,
so that the benchmark also measures documents laid out by code that never saw the parser either.
Each source says `render: none` (the project's renderers leave it alone); this script makes its
files and its gold (<name>.gold.json, by mandate_source.write_gold, the same layout as elsewhere).

Producers
---------
web       A regional CMS page (<name>.html) in SiteVision markup, as most Swedish regions publish:
          nested div.sv-layout / div.sv-portlet / div.sv-text-portlet, no <main>, a site header,
          a menu, breadcrumbs, a cookie banner, and inside the content column after the text
          "Senast uppdaterad", "Sidansvarig" and a share/print toolbar. Self-contained (inline CSS).
chromium  `chromium --headless --no-sandbox --print-to-pdf` of that page (<name>.pdf): A4 by the
          page's @page rule, CSS list bullets (painted as vector discs, no bullet glyph), no
          browser header/footer. The site's print stylesheet decides which chrome is printed.
latex     pdfLaTeX (<name>.pdf): article class, T1 fonts (URW Helvetica, Times or Bitstream
          Charter), \\usepackage[swedish]{babel} (Swedish hyphenation), numbered \\section and
          \\subsection headings (`heading-numbers: yes`), running header and "Sida x av y".
          `cover:` gives a title page with a bordered metadata table and a \\tableofcontents page;
          `task-table: <key>` sets that section's `- Label: text` items as a bordered longtable
          whose header row (the source's `@table A | B`) repeats on each page; a `::: columns`
          group is a bordered three-column box (the template's three levels).

Which source gets which
-----------------------
b1-vgr-rpo-hjarta-karl              web + chromium (Vårdgivarwebben, print CSS hides menu, banner, toolbar)
b1-sthlm-gotland-rsg-psykisk-halsa  web + chromium (Vårdgivarguiden, no print CSS: all chrome is printed)
b1-norra-rpo-kvinnosjukdomar        latex, Helvetica, cover page with metadata table and contents
b1-mellansverige-rag-diabetes       latex, Times, task table over a page break
b1-sodra-rsg-rehabilitering         latex, Charter, headings in capitals, three-level box

Determinism: the web page has no time in it; Chromium's CreationDate/ModDate are rewritten to
the fixed date below (same length, so the xref stays valid; Skia writes no /ID). pdfLaTeX runs
with SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE, a fixed \\pdftrailerid and no PTEX.* info.
Requires chromium, pdflatex (texlive-latex-recommended, texlive-fonts-recommended, babel-swedish).
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import chromium  # noqa: E402  (printing a page to PDF, shared by the blind renderers)
import mandate_source  # noqa: E402  (the corpus's own source reader, for parse() and write_gold())

SOURCES = HERE.parent / "sources" / "blind"
EPOCH = 1714636800  # 2024-05-02 08:00 UTC: the date every producer stamps
PDF_DATE = b"D:20240502080000+00'00'"

# The web sites: what a real regional page has around the text. Never in the gold.
SITES = {
    "b1-vgr-rpo-hjarta-karl": {
        "owner": "Västra Götalandsregionen",
        "site": "Vårdgivarwebben",
        "font": "'Noto Sans', Arial, sans-serif",
        "accent": "#0a5a9c",
        "menu": ["Vård och behandling", "Kunskapsstöd", "Läkemedel", "Uppdrag och avtal", "Kompetens och utbildning", "IT-stöd och e-hälsa"],
        "crumbs": ["Startsida", "Kunskapsstöd", "Kunskapsstyrning", "Sjukvårdsregionala programområden", "RPO hjärt- och kärlsjukdomar"],
        "subnav": [],
        "related": ["NPO hjärt- och kärlsjukdomar (Nationellt system för kunskapsstyrning)", "Vårdprogram och medicinska riktlinjer", "Regionalt samverkansråd Västra"],
        "updated": "2024-05-02",
        "responsible": "Karin Ekberg, Koncernkontoret",
        "split-before": ["Organisation och sammansättning"],
        "print-css": True,
        "footer": ["Västra Götalandsregionen", "Regionens Hus, 462 80 Vänersborg", "Telefon: 010-441 00 00"],
    },
    "b1-sthlm-gotland-rsg-psykisk-halsa": {
        "owner": "Region Stockholm",
        "site": "Vårdgivarguiden",
        "font": "Arial, 'Liberation Sans', sans-serif",
        "accent": "#002d5a",
        "menu": ["Patientadministration", "Kunskapsstöd", "Avtal och uppdrag", "Ersättning", "IT och e-hälsa", "Utbildning"],
        "crumbs": ["Vårdgivarguiden", "Kunskapsstöd", "Kunskapsstyrning", "Regionala samverkansgrupper", "Psykisk hälsa"],
        "subnav": ["Barn och ungdomars hälsa", "Endokrina sjukdomar", "Hjärt- och kärlsjukdomar", "Psykisk hälsa", "Rörelseorganens sjukdomar", "Äldres hälsa"],
        "related": [],
        "updated": "2024-05-02",
        "responsible": "Johan Berglund, Hälso- och sjukvårdsförvaltningen",
        "split-before": [],
        "print-css": False,
        "footer": ["Vårdgivarguiden ges ut av Region Stockholm", "Box 6909, 102 39 Stockholm", "Växel: 08-123 132 00"],
    },
}

# The typeset documents: class options, font package, running header text.
TEX = {
    "b1-norra-rpo-kvinnosjukdomar": {"font": "\\usepackage[scaled]{helvet}\n\\renewcommand{\\familydefault}{\\sfdefault}", "size": "11pt", "header": "Norra sjukvårdsregionförbundet"},
    "b1-mellansverige-rag-diabetes": {"font": "\\usepackage{mathptmx}", "size": "11pt", "header": "Sjukvårdsregion Mellansverige"},
    "b1-sodra-rsg-rehabilitering": {"font": "\\usepackage{charter}", "size": "10pt", "header": "Södra regionvårdsnämnden"},
}

PRODUCERS = {
    "b1-vgr-rpo-hjarta-karl": ("web", "chromium"),
    "b1-sthlm-gotland-rsg-psykisk-halsa": ("web", "chromium"),
    "b1-norra-rpo-kvinnosjukdomar": ("latex",),
    "b1-mellansverige-rag-diabetes": ("latex",),
    "b1-sodra-rsg-rehabilitering": ("latex",),
}


def anchor(text):
    """SiteVision's heading id: `h-` and the heading's letters without spaces or diacritics."""
    folded = text.translate(str.maketrans("åäöÅÄÖé", "aaoAAOe"))
    return "h-" + re.sub(r"[^A-Za-z0-9]", "", folded)


def html_lists(blocks):
    """Groups consecutive list blocks, so each run becomes one <ul> or <ol>."""
    run = []
    for block in blocks:
        if run and block[0] != run[0][0]:
            yield run
            run = []
        if block[0] in ("bullet", "number"):
            run.append(block)
        else:
            if run:
                yield run
                run = []
            yield [block]
    if run:
        yield run


def html_body(blocks):
    """The article text as SiteVision's editor writes it (h2.subheading, p.normal, ul/ol)."""
    out = []
    for run in html_lists(blocks):
        kind = run[0][0]
        if kind == "heading":
            _, level, text, _ = run[0]
            tag, css = ("h2", "subheading") if level == 2 else ("h3", "subheading3")
            out.append(f'<{tag} class="{css}" id="{anchor(text)}">{html.escape(text)}</{tag}>')
        elif kind == "text":
            out.append(f'<p class="normal">{html.escape(run[0][1])}</p>')
        elif kind in ("bullet", "number"):
            tag = "ul" if kind == "bullet" else "ol"
            items = "".join(f'<li class="normal">{html.escape(block[1])}</li>' for block in run)
            out.append(f'<{tag} class="sv-defaultlist">{items}</{tag}>')
        else:
            raise ValueError(f"web: no layout for a {kind} block")
    return "\n".join(out)


def text_portlet(number, label, inner):
    return (
        f'<div class="sv-text-portlet sv-use-margins" id="svid12_5d1c4e8a18d3f0b2c7a{number:03d}">'
        f'<div id="{label}"><!-- {label} --></div>'
        f'<div class="sv-text-portlet-content">\n{inner}\n</div></div>'
    )


WEB_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: %(font)s; font-size: 16px; line-height: 1.55; color: #1f1f1f; }
a { color: %(accent)s; }
.sv-cookie-consent-banner { background: #f2f2f2; border-bottom: 1px solid #ccc; padding: 14px 24px; font-size: 14px; }
.sv-cookie-consent-banner button { margin: 8px 8px 0 0; padding: 6px 14px; border: 1px solid %(accent)s; background: #fff; color: %(accent)s; font: inherit; }
.header { background: %(accent)s; color: #fff; padding: 14px 24px; display: flex; justify-content: space-between; align-items: center; }
.header .logo { font-weight: bold; font-size: 20px; color: #fff; text-decoration: none; }
.header .logo span { display: block; font-weight: normal; font-size: 14px; }
.header form input { padding: 5px 8px; border: 0; width: 220px; }
.skip { position: absolute; left: -999px; }
.menu ul { list-style: none; margin: 0; padding: 0 24px; display: flex; flex-wrap: wrap; background: #e9eef4; }
.menu li a { display: block; padding: 10px 14px; text-decoration: none; color: #1f1f1f; font-size: 15px; }
.sv-breadcrumbs-portlet ol { list-style: none; margin: 12px 0 0; padding: 0 24px; font-size: 13px; }
.sv-breadcrumbs-portlet li { display: inline; }
.sv-breadcrumbs-portlet li + li::before { content: " › "; }
.sv-row { display: flex; gap: 32px; padding: 0 24px; }
.sv-column-3 { flex: 0 0 22%%; font-size: 14px; }
.sv-column-8 { flex: 1 1 auto; max-width: 720px; }
.sv-column-4 { flex: 0 0 26%%; font-size: 14px; }
.subnav ul, .related ul { list-style: none; padding: 0; }
.subnav li, .related li { border-bottom: 1px solid #ddd; padding: 6px 0; }
h1.heading { font-size: 30px; line-height: 1.2; margin: 18px 0 10px; }
p.ingress { font-size: 19px; }
h2.subheading { font-size: 22px; margin: 26px 0 6px; }
h3.subheading3 { font-size: 18px; margin: 20px 0 4px; }
ul.sv-defaultlist { list-style-type: disc; padding-left: 24px; }
ol.sv-defaultlist { padding-left: 28px; }
li.normal { margin-bottom: 4px; }
.page-meta { margin-top: 36px; padding-top: 10px; border-top: 1px solid #ccc; font-size: 14px; color: #555; }
.sv-share-toolbar { margin-top: 12px; font-size: 14px; }
.sv-share-toolbar a { margin-right: 18px; }
.footer { margin-top: 40px; background: #333; color: #fff; padding: 18px 24px; font-size: 13px; }
.footer a { color: #fff; }
"""

PRINT_CSS = """
@media print {
  .sv-cookie-consent-banner, .menu, .header form, .sv-share-toolbar, .related, .footer nav { display: none; }
  .header { background: none; color: #000; border-bottom: 2px solid #000; }
  .header .logo { color: #000; }
  body { font-size: 11pt; }
  h2.subheading { break-after: avoid; }
}
"""


def render_web(source, site, out_dir):
    """Writes the CMS page of a one-mandate source and returns its path."""
    (mandate,) = source.mandates
    blocks = list(mandate.blocks)
    lead = []
    while blocks and blocks[0][0] == "text":
        lead.append(blocks.pop(0)[1])
    portlets = [text_portlet(1, "Rubrik", f'<h1 class="heading" id="{anchor(mandate.title)}">{html.escape(mandate.title)}</h1>')]
    if lead:
        portlets.append(text_portlet(2, "Ingress", "\n".join(f'<p class="normal ingress">{html.escape(text)}</p>' for text in lead)))
    parts, current = [], []
    for block in blocks:
        if block[0] == "heading" and block[2] in site["split-before"]:
            parts.append(current)
            current = []
        current.append(block)
    parts.append(current)
    for number, part in enumerate(parts, start=3):
        portlets.append(text_portlet(number, "Innehall" if number == 3 else f"Innehall{number - 2}", html_body(part)))
    portlets.append(
        '<div class="sv-html-portlet sv-portlet page-meta" id="svid12_5d1c4e8a18d3f0b2c7a090">'
        f'<p>Senast uppdaterad: {site["updated"]}</p><p>Sidansvarig: {html.escape(site["responsible"])}</p></div>'
    )
    portlets.append(
        '<div class="sv-script-portlet sv-portlet sv-share-toolbar" id="svid12_5d1c4e8a18d3f0b2c7a091">'
        '<a href="#" class="rs_skip">Lyssna</a><a href="#" onclick="window.print();return false;">Skriv ut</a>'
        '<a href="#dela">Dela sidan</a><a href="mailto:?subject=Tips">Tipsa via e-post</a></div>'
    )
    columns = []
    if site["subnav"]:
        links = "".join(f'<li><a href="#">{html.escape(item)}</a></li>' for item in site["subnav"])
        columns.append(
            '<div class="sv-layout sv-column-3 subnav" id="svid93_a1"><div class="sv-script-portlet sv-portlet">'
            f'<p><strong>{html.escape(site["crumbs"][-2])}</strong></p><nav aria-label="Undermeny"><ul>{links}</ul></nav></div></div>'
        )
    columns.append('<div class="sv-layout sv-column-8" id="svid93_a2">\n' + "\n".join(portlets) + "\n</div>")
    if site["related"]:
        links = "".join(f'<li><a href="#">{html.escape(item)}</a></li>' for item in site["related"])
        columns.append(
            '<div class="sv-layout sv-column-4 related" id="svid93_a3"><div class="sv-text-portlet sv-use-margins">'
            f'<div class="sv-text-portlet-content"><h2 class="subheading">Relaterad information</h2><ul>{links}</ul></div></div></div>'
        )
    menu = "".join(f'<li><a href="#">{html.escape(item)}</a></li>' for item in site["menu"])
    crumbs = "".join(f'<li><a href="#">{html.escape(item)}</a></li>' for item in site["crumbs"][:-1])
    crumbs += f'<li aria-current="page">{html.escape(site["crumbs"][-1])}</li>'
    footer = "".join(f"<p>{html.escape(line)}</p>" for line in site["footer"])
    css = WEB_CSS % {"font": site["font"], "accent": site["accent"]} + (PRINT_CSS if site["print-css"] else "")
    page = f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(mandate.title)} - {html.escape(site["site"])}</title>
<meta name="author" content="{html.escape(source.options["author"])}">
<meta name="generator" content="SiteVision">
<style>{css}</style>
<script>document.documentElement.className = document.documentElement.className.replace('sv-no-js', 'sv-js');</script>
</head>
<body class="sv-responsive">
<div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid10_2f4c0b1e18b7f1e2a31">
<a class="skip" href="#Innehall">Till sidans innehåll</a>
<div class="sv-script-portlet sv-portlet sv-cookie-consent-banner" role="dialog" aria-label="Kakor" id="svid12_cookie">
<p><strong>Vi använder kakor</strong></p>
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. Genom att klicka på Godkänn alla kakor godkänner du att vi även använder kakor för statistik. <a href="#">Läs mer om kakor</a></p>
<button type="button">Godkänn alla kakor</button><button type="button">Endast nödvändiga kakor</button>
</div>
<div class="sv-layout header" id="svid10_header">
<a class="logo" href="#">{html.escape(site["owner"])}<span>{html.escape(site["site"])}</span></a>
<form role="search"><label class="skip" for="q">Sök</label><input id="q" type="search" placeholder="Sök på {html.escape(site["site"])}"></form>
</div>
<div class="sv-script-portlet sv-portlet menu" id="svid12_menu"><nav aria-label="Huvudmeny"><ul>{menu}</ul></nav></div>
<div class="sv-breadcrumbs-portlet sv-portlet" id="svid12_crumbs"><nav aria-label="Du är här"><ol>{crumbs}</ol></nav></div>
<div class="sv-layout sv-row" id="svid10_content">
{chr(10).join(columns)}
</div>
<div class="sv-layout footer" id="svid10_footer">{footer}<nav aria-label="Sidfot"><a href="#">Tillgänglighetsredogörelse</a> · <a href="#">Behandling av personuppgifter</a> · <a href="#">Om kakor</a></nav></div>
</div>
</body>
</html>
"""
    path = out_dir / f"{source.name}.html"
    path.write_text(page, encoding="utf-8")
    return path


def render_chromium(page, out_dir):
    """Prints the web page to PDF with headless Chromium and fixes the PDF's dates."""
    target = out_dir / f"{page.stem}.pdf"
    chromium.print_to_pdf(page, target)
    data = target.read_bytes()
    data, count = re.subn(rb"D:\d{14}\+00'00'", PDF_DATE, data)
    if count != 2:
        raise ValueError(f"{target}: expected CreationDate and ModDate, found {count} dates")
    target.write_bytes(data)


TEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
               "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}", '"': r"\textquotedbl{}"}


def tex(text):
    return "".join(TEX_ESCAPES.get(char, char) for char in text)


def tex_lists(blocks):
    out = []
    for run in html_lists(blocks):
        kind = run[0][0]
        if kind not in ("bullet", "number"):
            raise ValueError(f"latex: no layout for a {kind} block inside a list run")
        environment = "itemize" if kind == "bullet" else "enumerate"
        out.append(f"\\begin{{{environment}}}\n" + "\n".join(f"\\item {tex(block[1])}" for block in run) + f"\n\\end{{{environment}}}")
    return "\n".join(out)


def tex_columns(sections):
    """The three-level box: one bordered column per heading, its items as a list in the cell."""
    heads, cells = [], []
    for block in sections:
        if block[0] == "heading":
            heads.append(f"\\textbf{{{tex(block[2])}}}")
            cells.append([])
        else:
            cells[-1].append(block)
    width = f"\\dimexpr(\\textwidth-{2 * len(heads)}\\tabcolsep-{len(heads) + 1}\\arrayrulewidth)/{len(heads)}\\relax"
    spec = "|" + "|".join(f"p{{{width}}}" for _ in heads) + "|"
    body = " & ".join("\\begin{minipage}[t]{\\linewidth}\\raggedright\n" + tex_lists(cell) + "\\vspace{2pt}\\end{minipage}" for cell in cells)
    return (
        "\\par\\medskip\\noindent{\\small\\setlength{\\leftmargini}{1.1em}\\renewcommand{\\arraystretch}{1.3}"
        f"\\begin{{tabular}}{{{spec}}}\\hline\n" + " & ".join(heads) + " \\\\\\hline\n" + body + " \\\\\\hline\n\\end{tabular}}\\par\\medskip\n"
    )


def tex_task_table(items, header):
    """The task table: a longtable whose header row repeats on every page it runs over."""
    left, right = (f"\\textbf{{{tex(cell.strip())}}}" for cell in header.split("|"))
    head = f"\\hline {left} & {right} \\\\ \\hline"
    rows = []
    for item in items:
        label, separator, text = item.partition(": ")
        if not separator:
            raise ValueError(f"task table: item without 'Label: text': {item!r}")
        rows.append(f"{tex(label)} & {tex(text)} \\\\ \\hline")
    return (
        "{\\renewcommand{\\arraystretch}{1.25}\n\\begin{longtable}{|>{\\raggedright\\arraybackslash}p{0.24\\textwidth}|p{0.68\\textwidth}|}\n"
        f"{head}\n\\endfirsthead\n{head}\n\\endhead\n" + "\n".join(rows) + "\n\\end{longtable}}\n"
    )


def tex_body(source, blocks, facts):
    numbered = source.options["heading-numbers"] == "yes"
    table_key = source.options["task-table"]
    out, key, pending = [], None, []

    def flush():
        if not pending:
            return
        if key == table_key:
            out.append(tex_task_table([block[1] for block in pending], facts["table"]))
        else:
            out.append(tex_lists(pending))
        pending.clear()

    for block in blocks:
        kind = block[0]
        if kind in ("bullet", "number"):
            if pending and pending[-1][0] != kind:
                flush()
            pending.append(block)
            continue
        flush()
        if kind == "heading":
            command = "section" if block[1] == 2 else "subsection"
            out.append(f"\\{command}{'' if numbered else '*'}{{{tex(block[2])}}}")
            key = block[3]
        elif kind == "text":
            out.append(tex(block[1]) + "\n")
        elif kind == "columns":
            out.append(tex_columns(block[1]))
        else:
            raise ValueError(f"latex: no layout for a {kind} block")
    flush()
    return "\n".join(out)


def tex_cover(source, title):
    """The cover page's metadata table and the contents page (format-ext item 2)."""
    rows = []
    for field in source.options["cover"].split(";"):
        name, _, value = field.strip().partition("=")
        rows.append(f"{tex(name)} & {tex(value)} \\\\ \\hline")
    return (
        "\\begin{titlepage}\n\\vspace*{3cm}\n{\\LARGE\\bfseries\\raggedright " + tex(title) + "\\par}\n\\vspace{2cm}\n"
        "{\\renewcommand{\\arraystretch}{1.5}\\begin{tabular}{|>{\\bfseries}p{0.3\\textwidth}|p{0.6\\textwidth}|}\\hline\n"
        + "\n".join(rows) + "\n\\end{tabular}}\n\\vfill\n{\\large " + tex(source.options["author"]) + "\\par}\n\\end{titlepage}\n"
        "\\tableofcontents\n\\clearpage\n"
    )


def render_latex(source, style, out_dir):
    (mandate,) = source.mandates
    title = mandate.title
    if source.options["cover"]:
        front = tex_cover(source, title)
    else:
        front = (
            f"{{\\small {tex(style['header'])}}}\\par\\vspace{{6pt}}\n"
            f"{{\\LARGE\\bfseries\\raggedright {tex(title)}\\par}}\n\\vspace{{14pt}}\n"
        )
    document = f"""\\pdfsuppressptexinfo=-1
\\pdftrailerid{{{source.name}}}
\\documentclass[a4paper,{style['size']}]{{article}}
\\usepackage[T1]{{fontenc}}
\\usepackage[utf8]{{inputenc}}
\\usepackage[swedish]{{babel}}
{style['font']}
\\usepackage[margin=25mm,headheight=14pt]{{geometry}}
\\usepackage{{array}}
\\usepackage{{longtable}}
\\usepackage{{parskip}}
\\usepackage{{fancyhdr}}
\\usepackage[hidelinks,pdftitle={{{tex(title)}}},pdfauthor={{{tex(source.options['author'])}}},pdflang=sv-SE]{{hyperref}}
\\pagestyle{{fancy}}
\\fancyhf{{}}
\\fancyhead[L]{{\\small {tex(style['header'])}}}
\\fancyhead[R]{{\\small Uppdragsbeskrivning}}
\\fancyfoot[R]{{\\small Sida \\thepage\\ av \\pageref{{LastPage}}}}
\\AtEndDocument{{\\label{{LastPage}}}}
\\begin{{document}}
{front}
{tex_body(source, mandate.blocks, mandate.facts)}
\\end{{document}}
"""
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / f"{source.name}.tex").write_text(document, encoding="utf-8")
        for _ in range(3):  # contents, page references and longtable widths settle by the third run
            run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{source.name}.tex"],
                                 cwd=work, env=env, capture_output=True, text=True, errors="replace")
            if run.returncode != 0:
                raise RuntimeError(f"pdflatex failed on {source.name}:\n{run.stdout[-3000:]}")
        shutil.copy(Path(work) / f"{source.name}.pdf", out_dir / f"{source.name}.pdf")


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: render_web_tex.py OUTPUT_DIR   (e.g. Corpus/blind)")
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(SOURCES.glob("*.md"))
    if {path.stem for path in sources} != set(PRODUCERS):
        sys.exit(f"{SOURCES}: sources and PRODUCERS disagree: {sorted(path.stem for path in sources)}")
    for path in sources:
        source = mandate_source.parse(str(path), path.stem)
        producers = PRODUCERS[path.stem]
        if "web" in producers:
            page = render_web(source, SITES[path.stem], out_dir)
            if "chromium" in producers:
                render_chromium(page, out_dir)
        if "latex" in producers:
            render_latex(source, TEX[path.stem], out_dir)
        mandate_source.write_gold(source, out_dir / f"{path.stem}.gold.json")
        print(f"{path.stem}: {', '.join(producers)}")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Renders the third blind set (Scripts/corpus/sources/blind/b3-*.md) with producers of its own.

    python3 Scripts/corpus/blind/render_b3.py Corpus/blind

The b3 sources were written without looking at Mandat's parser, its vocabulary or the earlier
sources, and they are laid out here by producers the blind set had not used before, so that the
benchmark meets habits it was never tuned on. Each source says `render: none`; this script writes
its files and its gold (<name>.gold.json, by mandate_source.write_gold).

Producers
---------
lualatex-koma  LuaLaTeX, KOMA-Script scrartcl, fontspec (Carlito, an OpenType Calibri twin),
               babel Swedish hyphenation, scrlayer-scrpage running header and "Sida x av y",
               a title page with a metadata table, a contents page, numbered sections (1, 2, 2.1),
               numbered lists labelled 1) and a), en-dash bullets.
lualatex-memoir LuaLaTeX, memoir in two columns (Liberation Serif), unnumbered bold headings,
               run-in headings ("Ordförande. Text …") for sections that are one paragraph,
               ▪ bullets, a running header with the organisation's name and a page number.
cms+chromium   A hand-written regional CMS page (<name>.html): skip link, site header, mega menu,
               breadcrumbs, <main> with an ingress, h2/h3, lists whose bullets are CSS ::before
               dashes or an SVG list-style-image, the three levels as a CSS grid of cards, an
               aside with related links, "Senast uppdaterad", share links and a site footer.
               Printed by headless Chromium (<name>.pdf) with a print stylesheet that hides the
               menu, aside and share links but keeps the site header and footer.
wordhtml+chromium  A page as Word writes it with "Save as web page, filtered" (<name>.html):
               MsoNormal paragraphs, MsoListParagraphCxSp* items whose bullet is a Symbol-font
               "·" followed by no-break spaces, a metadata table above the title. Printed by
               Chromium (<name>.pdf).
pandoc-docx    pandoc markdown -> .docx (real Word numbering in numbering.xml, nested lists) kept
               as <name>.docx, and that .docx converted to <name>.pdf by LibreOffice Writer.
               b3-sydostra-rag-levnadsvanor: headings are bold paragraphs (no heading style),
               one-paragraph sections have run-in headings "Arbetsformer: text".
               b3-norra-rag-palliativ-vard: Heading 1 styles numbered in the text ("1 Bakgrund"),
               a metadata table under the title.
platypus       reportlab Platypus: ListFlowable lists (✓ or ▪ bullets, 1. or i. labels), Tables
               with repeatRows=1, onPage headers and footers with a drawn logo and "Sida x (y)".
               b3-sodra-rpo-barn-ungdomar: portrait, numbered headings in capitals, a metadata
               block at the top of page 1, the specific tasks and the members as tables.
               b3-vastra-rag-smarta: landscape A4 in two frames (two columns), bold body-size
               headings, roman-numbered tasks.

A `number` item followed by `bullet` items is rendered with the bullets nested under it (the
gold keeps every item, in reading order, as the source has them).

Determinism: SOURCE_DATE_EPOCH everywhere; LuaTeX with FORCE_SOURCE_DATE and a fixed trailer id;
reportlab invariant=1; pandoc's docx rezipped with fixed entry dates and core properties;
Chromium's and LibreOffice's dates and ids rewritten in place with strings of the same length.
Requires lualatex with luaotfload (texlive-luatex), memoir (texlive-latex-extra), pandoc, LibreOffice,
chromium and reportlab; fonts Carlito, Liberation and DejaVu.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import chromium  # noqa: E402  (printing a page to PDF, shared by the blind renderers)
import mandate_source  # noqa: E402

SOURCES = HERE.parent / "sources" / "blind"
EPOCH = 1717232400  # 2024-06-01 09:00 UTC
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC")

PRODUCERS = {
    "b3-norra-rsg-cancer": ["lualatex-koma"],
    "b3-mellansverige-rsg-nara-vard": ["lualatex-memoir"],
    "b3-sthlm-gotland-rpo-lungsjukdomar": ["cms", "chromium"],
    "b3-sydostra-rpo-ogonsjukdomar": ["wordhtml", "chromium"],
    "b3-sydostra-rag-levnadsvanor": ["pandoc-docx", "libreoffice"],
    "b3-norra-rag-palliativ-vard": ["pandoc-docx", "libreoffice"],
    "b3-sodra-rpo-barn-ungdomar": ["platypus-portrait"],
    "b3-vastra-rag-smarta": ["platypus-landscape"],
}

# Cover / metadata of each document: shown on the page, never in the gold.
META = {
    "b3-norra-rsg-cancer": [("Dokumenttyp", "Uppdragsbeskrivning"), ("Diarienummer", "NRF 2024/117"),
                            ("Beslutad", "2024-03-14"), ("Beslutad av", "Förbundsdirektionen"),
                            ("Giltig till", "2026-12-31"), ("Version", "1.0")],
    "b3-sydostra-rpo-ogonsjukdomar": [("Dokumenttyp", "Uppdragsbeskrivning"), ("Dnr", "RÖ 2023-04411"),
                                      ("Fastställd", "2023-11-22"), ("Giltig till", "2026-11-30")],
    "b3-norra-rag-palliativ-vard": [("Beslutad av", "RPO cancersjukdomar"), ("Datum", "2024-05-20"),
                                    ("Diarienummer", "RCC Norr 2024/31")],
    "b3-sodra-rpo-barn-ungdomar": [("Dokumenttyp", "Uppdragsbeskrivning"), ("Diarienummer", "SRVN 2023/0412"),
                                   ("Beslutad", "2023-12-08 § 92"), ("Giltig till", "2026-12-31")],
}
TABLES = {  # (document, section key) -> header of the table its `Label: text` items become
    ("b3-sodra-rpo-barn-ungdomar", "specificTasks"): ("Område", "Uppdrag"),
    ("b3-sodra-rpo-barn-ungdomar", "composition"): ("Organisation", "Antal ledamöter"),
}


# ---------------------------------------------------------------- reading the blocks

def segments(blocks):
    """Blocks as layout units: ("heading", level, text, key), ("para", text),
    ("list", "bullet"|"number", [(text, [child texts])]), ("columns", [units]), ("pagebreak",)."""
    units = []
    for block in blocks:
        kind = block[0]
        if kind == "columns":
            units.append(("columns", segments(block[1])))
        elif kind in ("bullet", "number"):
            last = units[-1] if units else None
            if last and last[0] == "list":
                if last[1] == kind:
                    last[2].append((block[1], []))
                    continue
                if last[1] == "number" and kind == "bullet":
                    last[2][-1][1].append(block[1])  # nested under the numbered item
                    continue
            units.append(["list", kind, [(block[1], [])]])
        elif kind == "text":
            units.append(("para", block[1]))
        else:
            units.append(block)
    return [tuple(unit) if isinstance(unit, list) else unit for unit in units]


def sections(units):
    """Splits units into (heading unit or None, [body units])."""
    out = [(None, [])]
    for unit in units:
        if unit[0] == "heading":
            out.append((unit, []))
        else:
            out[-1][1].append(unit)
    return [part for part in out if part[0] is not None or part[1]]


def numbered_headings(units):
    """Heading numbers 1, 2, 2.1 for ## and ### headings."""
    numbers, major, minor = {}, 0, 0
    for index, unit in enumerate(units):
        if unit[0] == "heading":
            if unit[1] == 2:
                major, minor = major + 1, 0
                numbers[index] = f"{major}"
            else:
                minor += 1
                numbers[index] = f"{major}.{minor}"
    return numbers


def split_label(item):
    label, _, text = item.partition(": ")
    return label, text


def roman(number):
    return ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][number]


# ---------------------------------------------------------------- LuaLaTeX

TEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
               "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}"}


def tex(text):
    return "".join(TEX_ESCAPES.get(char, char) for char in text)


def tex_list(unit, number_style):
    _, kind, items = unit
    lines = []
    if kind == "number":
        lines.append(r"\begin{enumerate}")
        lines.append(r"\renewcommand{\labelenumi}{%s}" % number_style)
    else:
        lines.append(r"\begin{itemize}")
    for text, children in items:
        lines.append(r"\item " + tex(text))
        if children:
            lines.append(r"\begin{itemize}")
            lines.extend(r"\item " + tex(child) for child in children)
            lines.append(r"\end{itemize}")
    lines.append(r"\end{enumerate}" if kind == "number" else r"\end{itemize}")
    return "\n".join(lines)


def render_koma(source, out_dir):
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    body = []
    for heading, content in sections(units):
        key = heading[3] if heading else None
        if heading:
            body.append((r"\section{%s}" if heading[1] == 2 else r"\subsection{%s}") % tex(heading[2]))
        for unit in content:
            if unit[0] == "para":
                body.append(tex(unit[1]) + "\n")
            elif unit[0] == "list":
                style = r"\alph{enumi})" if key == "specificTasks" else r"\arabic{enumi})"
                body.append(tex_list(unit, style))
    meta = "\n".join(r"\textbf{%s} & %s \\ \hline" % (tex(k), tex(v)) for k, v in META[source.name])
    document = r"""\documentclass[a4paper,11pt,parskip=half,headsepline,footsepline]{scrartcl}
\usepackage[swedish]{babel}
\usepackage{fontspec}
\setmainfont{Carlito}
\setsansfont{Carlito}
\usepackage[automark]{scrlayer-scrpage}
\pagestyle{scrheadings}
\clearpairofpagestyles
\ihead{\textbf{Norra sjukvårdsregionförbundet}}
\ohead{Uppdragsbeskrivning RSG cancersjukdomar}
\ifoot{NRF 2024/117}
\ofoot{Sida \thepage\ av \pageref{sista-sidan}}
\setcounter{secnumdepth}{2}
\setcounter{tocdepth}{2}
\renewcommand{\labelitemi}{–}
\addtokomafont{disposition}{\color[rgb]{0.0,0.25,0.45}}
\usepackage{xcolor}
\pdfvariable trailerid {[<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>]}
\pdfvariable suppressoptionalinfo 1023
\begin{document}
\begin{titlepage}
\vspace*{3cm}
{\Large\textbf{Norra sjukvårdsregionförbundet}\par}
\vspace{2cm}
{\huge\bfseries\color[rgb]{0.0,0.25,0.45} TITLE\par}
\vspace{2cm}
\begin{tabular}{|p{4cm}|p{8cm}|}\hline
META
\end{tabular}
\end{titlepage}
\tableofcontents
\clearpage
BODY
\label{sista-sidan}
\end{document}
""".replace("TITLE", tex(mandate.title)).replace("META", meta).replace("BODY", "\n".join(body))
    return run_lualatex(document, source.name, out_dir)


def render_memoir(source, out_dir):
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    body = []
    for heading, content in sections(units):
        paragraphs_only = all(unit[0] == "para" for unit in content) and len(content) == 1
        if heading and heading[1] == 2 and paragraphs_only:
            body.append(r"\noindent\textbf{%s.} %s" % (tex(heading[2]), tex(content[0][1])) + "\n")
            continue
        if heading:
            if heading[1] == 2:
                body.append(r"\section*{%s}" % tex(heading[2]))
            else:
                body.append(r"\subsection*{%s}" % tex(heading[2]))
        for unit in content:
            if unit[0] == "para":
                body.append(r"\noindent " + tex(unit[1]) + "\n")
            elif unit[0] == "list":
                body.append(tex_list(unit, r"\arabic{enumi}."))
    document = r"""\documentclass[a4paper,10pt,twocolumn,article]{memoir}
\usepackage[swedish]{babel}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\setsansfont{Liberation Sans}
\setlrmarginsandblock{2cm}{2cm}{*}
\setulmarginsandblock{2.5cm}{2.5cm}{*}
\setlength{\columnsep}{8mm}
\checkandfixthelayout
\setsecheadstyle{\large\sffamily\bfseries}
\setsubsecheadstyle{\normalsize\sffamily\bfseries}
\setbeforesecskip{-2ex plus -0.5ex}
\setaftersecskip{0.8ex}
\renewcommand{\labelitemi}{\small▪}
\setlength{\parskip}{0.6ex}
\makepagestyle{sjvr}
\makeoddhead{sjvr}{\sffamily\small SJUKVÅRDSREGION MELLANSVERIGE}{}{\sffamily\small Samverkansnämnden}
\makeoddfoot{sjvr}{}{\sffamily\small \thepage}{}
\makeheadrule{sjvr}{\textwidth}{0.4pt}
\pagestyle{sjvr}
\pdfvariable trailerid {[<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>]}
\pdfvariable suppressoptionalinfo 1023
\begin{document}
\twocolumn[{\noindent\sffamily\bfseries\LARGE TITLE\par\vspace{1.5em}}]
\thispagestyle{sjvr}
BODY
\end{document}
""".replace("TITLE", tex(mandate.title)).replace("BODY", "\n".join(body))
    return run_lualatex(document, source.name, out_dir)


def run_lualatex(document, name, out_dir):
    with tempfile.TemporaryDirectory() as work:
        Path(work, "doc.tex").write_text(document, encoding="utf-8")
        for _ in range(3):
            result = subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
                                    cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if result.returncode:
                sys.stderr.write(result.stdout.decode("utf-8", "replace")[-3000:])
                raise SystemExit(f"{name}: lualatex failed")
        target = out_dir / f"{name}.pdf"
        shutil.copyfile(Path(work, "doc.pdf"), target)
    return target


# ---------------------------------------------------------------- web pages

def esc(text):
    return html.escape(text, quote=False)


def html_list(unit, classes=""):
    _, kind, items = unit
    tag = "ol" if kind == "number" else "ul"
    parts = [f"<{tag}{classes}>"]
    for text, children in items:
        inner = "".join(f"<li>{esc(child)}</li>" for child in children)
        parts.append(f"<li>{esc(text)}" + (f"<ul>{inner}</ul>" if inner else "") + "</li>")
    parts.append(f"</{tag}>")
    return "\n".join(parts)


CMS_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"Liberation Sans",Arial,sans-serif;font-size:16px;line-height:1.55;color:#1d1d1b}
a{color:#0b5e8c}
.skip{position:absolute;left:-9999px}
.site-header{background:#002d52;color:#fff;padding:14px 32px;display:flex;align-items:center;gap:14px}
.logo{display:flex;align-items:center;gap:10px;font-weight:bold;font-size:20px;color:#fff;text-decoration:none}
.logo svg{width:34px;height:34px}
.site-header form{margin-left:auto}
.site-header input{padding:6px;border:0;border-radius:3px}
.mega{background:#e8f1f7;padding:8px 32px}
.mega ul{list-style:none;margin:0;padding:0;display:flex;gap:26px}
.mega a{text-decoration:none;color:#002d52;font-weight:bold}
.crumbs{padding:10px 32px;font-size:14px}
.crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.crumbs li+li::before{content:"›";margin-right:6px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 260px;gap:40px;padding:0 32px 32px}
main h1{font-size:32px;line-height:1.2;margin:10px 0 16px}
main h2{font-size:22px;margin:28px 0 8px;color:#002d52}
main h3{font-size:17px;margin:0 0 6px}
.ingress{font-size:19px}
main ul{list-style:none;padding-left:22px}
main ul>li{position:relative;margin:4px 0}
main ul>li::before{content:"–";position:absolute;left:-18px;color:#0b5e8c;font-weight:bold}
main ul.check{list-style-image:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3Crect x='1' y='1' width='8' height='8' fill='%230b5e8c'/%3E%3C/svg%3E")}
main ul.check>li::before{content:none}
.levels{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin:10px 0}
.card{background:#f3f7fa;border-top:4px solid #0b5e8c;padding:12px 14px}
.card ul{padding-left:18px}
.meta{margin-top:36px;padding-top:12px;border-top:1px solid #ccc;font-size:14px;color:#555}
.share{display:flex;gap:14px;font-size:14px;margin-top:8px}
aside{border-left:1px solid #ddd;padding-left:20px;font-size:15px}
aside h2{font-size:17px}
aside ul{padding-left:18px}
.site-footer{background:#002d52;color:#fff;padding:24px 32px;font-size:14px;display:grid;grid-template-columns:repeat(3,1fr);gap:20px}
.site-footer a{color:#fff}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:3px solid #002d52;padding:12px 32px;font-size:14px}
@page{size:A4;margin:16mm 14mm 18mm 14mm}
@media print{
  .mega,.crumbs,aside,.share,.cookie,.site-header form{display:none}
  .layout{display:block;padding:0}
  .site-header{padding:8px 0;background:none;color:#002d52;border-bottom:2px solid #002d52}
  .logo{color:#002d52}
  .site-footer{background:none;color:#333;border-top:1px solid #999;padding:10px 0;break-inside:avoid}
  .site-footer a{color:#333}
  body{font-size:11pt}
  main h1{font-size:20pt}
  main h2{font-size:14pt}
  .ingress{font-size:12pt}
}
"""


def render_cms(source, out_dir):
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    body = []
    first_para = True
    for unit in units:
        if unit[0] == "heading":
            tag = "h2" if unit[1] == 2 else "h3"
            body.append(f"<{tag}>{esc(unit[2])}</{tag}>")
        elif unit[0] == "para":
            cls = ' class="ingress"' if first_para and not any(u[0] == "heading" for u in units[:units.index(unit)]) else ""
            body.append(f"<p{cls}>{esc(unit[1])}</p>")
        elif unit[0] == "list":
            body.append(html_list(unit))
        elif unit[0] == "columns":
            cards = []
            for heading, content in sections(unit[1]):
                inner = "".join(html_list(u) if u[0] == "list" else f"<p>{esc(u[1])}</p>" for u in content)
                cards.append(f'<div class="card"><h3>{esc(heading[2])}</h3>{inner}</div>')
            body.append('<div class="levels">' + "\n".join(cards) + "</div>")
        first_para = first_para and unit[0] != "para"
    # the principles list gets the SVG square bullets
    text = "\n".join(body)
    text = text.replace("<ul>\n<li>hälso-", '<ul class="check">\n<li>hälso-', 1)
    logo = ('<svg viewBox="0 0 34 34" aria-hidden="true"><circle cx="17" cy="17" r="16" fill="#fff"/>'
            '<path d="M17 6v22M6 17h22" stroke="#002d52" stroke-width="5"/></svg>')
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(mandate.title)} - Samverkan Stockholm-Gotland</title>
<style>{CMS_CSS}</style>
</head>
<body>
<a class="skip" href="#innehall">Gå direkt till innehållet</a>
<header class="site-header">
<a class="logo" href="/">{logo}<span>Sjukvårdsregion Stockholm-Gotland</span></a>
<form role="search" action="/sok"><label class="skip" for="q">Sök</label><input id="q" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="mega" aria-label="Huvudmeny"><ul>
<li><a href="/kunskapsstyrning">Kunskapsstyrning</a></li>
<li><a href="/programomraden">Programområden</a></li>
<li><a href="/vardforlopp">Vårdförlopp</a></li>
<li><a href="/om-oss">Om samverkan</a></li>
</ul></nav>
<nav class="crumbs" aria-label="Brödsmulor"><ol>
<li><a href="/">Startsida</a></li>
<li><a href="/kunskapsstyrning">Kunskapsstyrning</a></li>
<li><a href="/programomraden">Regionala programområden</a></li>
<li>Lung- och allergisjukdomar</li>
</ol></nav>
<div class="layout">
<main id="innehall">
<article>
<h1>{esc(mandate.title)}</h1>
{text}
</article>
<div class="meta">
<p>Senast uppdaterad: 18 april 2024<br>Sidansvarig: Kansliet för kunskapsstyrning</p>
<div class="share"><a href="#">Dela på Facebook</a><a href="#">Dela på LinkedIn</a><a href="#">Skicka som e-post</a><a href="#">Skriv ut</a></div>
</div>
</main>
<aside aria-label="Relaterat">
<h2>Relaterat</h2>
<ul>
<li><a href="#">Nationellt programområde lung- och allergisjukdomar</a></li>
<li><a href="#">Regionala vårdprogram</a></li>
<li><a href="#">Vårdförlopp KOL</a></li>
</ul>
</aside>
</div>
<footer class="site-footer">
<div><strong>Sjukvårdsregion Stockholm-Gotland</strong><br>Ett samarbete mellan Region Stockholm och Region Gotland</div>
<div><a href="#">Om webbplatsen</a><br><a href="#">Tillgänglighetsredogörelse</a><br><a href="#">Kakor</a></div>
<div>Växel: 08-123 132 00<br><a href="#">Kontakta oss</a></div>
</footer>
<div class="cookie">Vi använder kakor för att förbättra webbplatsen. <a href="#">Läs mer om kakor</a> <button>Godkänn</button></div>
</body>
</html>
"""
    target = out_dir / f"{source.name}.html"
    target.write_text(page, encoding="utf-8")
    return target


WORD_CSS = """
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
 @font-face {font-family:Symbol; panose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin-top:0cm; margin-right:0cm; margin-bottom:8.0pt; margin-left:0cm; line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 h1 {mso-style-link:"Rubrik 1 Char"; margin-top:12.0pt; margin-right:0cm; margin-bottom:0cm; margin-left:0cm; line-height:107%; page-break-after:avoid; font-size:16.0pt; font-family:"Calibri Light",sans-serif; color:#2F5496; font-weight:normal;}
 p.MsoTitle, li.MsoTitle, div.MsoTitle {margin:0cm; font-size:28.0pt; font-family:"Calibri Light",sans-serif; letter-spacing:-.5pt;}
 p.MsoListParagraphCxSpFirst {margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 p.MsoListParagraphCxSpMiddle {margin:0cm; margin-left:36.0pt; line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 p.MsoListParagraphCxSpLast {margin-top:0cm; margin-right:0cm; margin-bottom:8.0pt; margin-left:36.0pt; line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 .MsoChpDefault {font-family:"Calibri",sans-serif;}
 @page WordSection1 {size:595.3pt 841.9pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}
 div.WordSection1 {page:WordSection1;}
"""


def render_wordhtml(source, out_dir):
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    body = []
    meta_rows = "\n".join(
        f"""  <tr>
  <td width=151 valign=top style='width:4.0cm;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span style='font-size:9.0pt'>{esc(k)}</span></b></p>
  </td>
  <td width=302 valign=top style='width:8.0cm;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-size:9.0pt'>{esc(v)}</span></p>
  </td>
  </tr>""" for k, v in META[source.name])
    body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
                + meta_rows + "\n</table>\n\n<p class=MsoNormal>&nbsp;</p>")
    body.append(f"<p class=MsoTitle>{esc(mandate.title)}</p>\n\n<p class=MsoNormal>&nbsp;</p>")
    for unit in units:
        if unit[0] == "heading":
            body.append(f"<h1>{esc(unit[2])}</h1>")
        elif unit[0] == "para":
            body.append(f"<p class=MsoNormal>{esc(unit[1])}</p>")
        elif unit[0] == "list":
            items = unit[2]
            for index, (text, _) in enumerate(items):
                position = "First" if index == 0 else "Last" if index == len(items) - 1 else "Middle"
                if unit[1] == "bullet":
                    label = ("<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
                             "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")
                else:
                    label = (f"<span>{index + 1}.<span style='font:7.0pt \"Times New Roman\"'>"
                             "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>")
                body.append(f"<p class=MsoListParagraphCxSp{position} style='text-indent:-18.0pt'>{label}{esc(text)}</p>")
    page = f"""<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{esc(mandate.title)}</title>
<style>
<!--
{WORD_CSS}
-->
</style>

</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

""" + "\n\n".join(body) + """

</div>

</body>

</html>
"""
    target = out_dir / f"{source.name}.html"
    target.write_text(page, encoding="utf-8")
    return target


def render_chromium(page, out_dir):
    target = out_dir / f"{page.stem}.pdf"
    chromium.print_to_pdf(page, target, env=ENV)
    data = target.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20240601090000", data)
    target.write_bytes(data)
    return target


# ---------------------------------------------------------------- pandoc -> docx -> LibreOffice

def markdown_escape(text):
    return re.sub(r"([\\*_`\[\]<>#])", r"\\\1", text)


def md_list(unit):
    _, kind, items = unit
    lines = []
    for index, (text, children) in enumerate(items, start=1):
        lines.append((f"{index}. " if kind == "number" else "- ") + markdown_escape(text))
        for child in children:
            lines.append("    - " + markdown_escape(child))
    return "\n".join(lines) + "\n"


def render_pandoc(source, out_dir):
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    md = [f"---\ntitle: \"{mandate.title}\"\nlang: sv-SE\n---\n"]
    numbered = source.name == "b3-norra-rag-palliativ-vard"
    if source.name in META:
        md.append("| | |\n|:--|:--|\n" + "\n".join(f"| **{k}** | {v} |" for k, v in META[source.name]) + "\n")
    number = 0
    for heading, content in sections(units):
        if heading is None:
            md.extend(markdown_escape(u[1]) + "\n" if u[0] == "para" else md_list(u) for u in content)
            continue
        if numbered:
            number += 1
            md.append(f"# {number} {markdown_escape(heading[2])}\n")
        elif len(content) == 1 and content[0][0] == "para":
            md.append(f"**{markdown_escape(heading[2])}:** {markdown_escape(content[0][1])}\n")
            continue
        else:
            md.append(f"**{markdown_escape(heading[2])}**\n")
        for unit in content:
            md.append(markdown_escape(unit[1]) + "\n" if unit[0] == "para" else md_list(unit))
    text = "\n".join(md)
    with tempfile.TemporaryDirectory() as work:
        Path(work, "doc.md").write_text(text, encoding="utf-8")
        raw = Path(work, "raw.docx")
        subprocess.run(["pandoc", "doc.md", "-f", "markdown", "-t", "docx", "-o", str(raw)],
                       cwd=work, check=True, env=ENV)
        target = out_dir / f"{source.name}.docx"
        fixed_zip(raw, target)
    return target


def fixed_zip(raw, target):
    """Rezips the docx with fixed entry dates and fixed core properties."""
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-06-01T09:00:00Z", data)
            entry = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 1, 9, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(entry, data)


def render_libreoffice(docx, out_dir):
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", work, str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        data = Path(work, docx.stem + ".pdf").read_bytes()
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: (b"D:20240601090000Z" + b"0" * 32)[:len(m.group(0))], data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<]*(?=</xmp:)",
                  lambda m: (b"2024-06-01T09:00:00Z" + b" " * 40)[:len(m.group(0))], data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    target = out_dir / f"{docx.stem}.pdf"
    target.write_bytes(data)
    return target


# ---------------------------------------------------------------- reportlab Platypus

def render_platypus(source, out_dir, landscape_two_columns):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, ListFlowable, ListItem, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    fonts = {
        "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
        "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    }
    for name, path in fonts.items():
        pdfmetrics.registerFont(TTFont(name, path))
    mandate = source.mandates[0]
    units = segments(mandate.blocks)
    body_font, bold_font = ("LibSerif", "LibSerif-Bold") if landscape_two_columns else ("LibSans", "LibSans-Bold")
    size = 10 if landscape_two_columns else 10.5
    body = ParagraphStyle("body", fontName=body_font, fontSize=size, leading=size * 1.35, spaceAfter=5,
                          alignment=TA_JUSTIFY if landscape_two_columns else TA_LEFT)
    item = ParagraphStyle("item", parent=body, spaceAfter=2, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0,
                          alignment=TA_LEFT)
    cell_head = ParagraphStyle("cellhead", parent=cell, fontName=bold_font, textColor=colors.white)
    if landscape_two_columns:
        h2 = ParagraphStyle("h2", parent=body, fontName=bold_font, spaceBefore=8, spaceAfter=2, alignment=TA_LEFT)
        title = ParagraphStyle("title", parent=body, fontName=bold_font, fontSize=17, leading=21, spaceAfter=10,
                               alignment=TA_LEFT)
    else:
        h2 = ParagraphStyle("h2", parent=body, fontName=bold_font, fontSize=12, leading=15, spaceBefore=12,
                            spaceAfter=5, textColor=colors.HexColor("#00594f"))
        title = ParagraphStyle("title", parent=body, fontName=bold_font, fontSize=18, leading=23, spaceAfter=14,
                               textColor=colors.HexColor("#00594f"))
    h3 = ParagraphStyle("h3", parent=h2, fontSize=size + 0.5, spaceBefore=6)
    bullet_glyph = "▪" if landscape_two_columns else "✓"

    def flow_list(unit):
        _, kind, items = unit
        flows = []
        for text, children in items:
            para = Paragraph(esc(text), item)
            if children:
                sub = ListFlowable([ListItem(Paragraph(esc(c), item), value="–") for c in children],
                                   bulletType="bullet", start="–", leftIndent=14, bulletFontName="DejaVu")
                flows.append(ListItem([para, sub]))
            else:
                flows.append(ListItem(para))
        if kind == "number":
            return ListFlowable(flows, bulletType="i" if landscape_two_columns else "1",
                                bulletFormat="%s.", leftIndent=20, bulletFontName=body_font, bulletFontSize=size)
        return ListFlowable(flows, bulletType="bullet", start=bullet_glyph, leftIndent=16,
                            bulletFontName="DejaVu", bulletFontSize=size - 1,
                            bulletColor=colors.HexColor("#00594f"))

    def table(unit, header):
        rows = [[Paragraph(esc(header[0]), cell_head), Paragraph(esc(header[1]), cell_head)]]
        for text, _ in unit[2]:
            label, rest = split_label(text)
            rows.append([Paragraph("<b>%s</b>" % esc(label), cell), Paragraph(esc(rest), cell)])
        widths = [45 * mm, 115 * mm] if header[0] == "Område" else [80 * mm, 50 * mm]
        result = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        result.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00594f")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9f9b")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f3")]),
        ]))
        return result

    story = []
    if source.name in META:
        rows = [[Paragraph("<b>%s</b>" % esc(k), cell), Paragraph(esc(v), cell)] for k, v in META[source.name]]
        meta = Table(rows, colWidths=[40 * mm, 60 * mm], hAlign="RIGHT")
        meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                  ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey)]))
        story += [meta, Spacer(1, 10 * mm)]
    story.append(Paragraph(esc(mandate.title), title))
    numbers = numbered_headings(units) if not landscape_two_columns else {}
    current_key = None
    for index, unit in enumerate(units):
        if unit[0] == "heading":
            current_key = unit[3]
            label = f"{numbers[index]}. " if index in numbers else ""
            story.append(Paragraph(esc(label + unit[2]), h2 if unit[1] == 2 else h3))
        elif unit[0] == "para":
            story.append(Paragraph(esc(unit[1]), body))
        elif unit[0] == "list":
            header = TABLES.get((source.name, current_key))
            story.append(table(unit, header) if header else flow_list(unit))
            story.append(Spacer(1, 4))

    pagesize = landscape(A4) if landscape_two_columns else A4
    width, height = pagesize
    margin = 18 * mm
    if landscape_two_columns:
        gap = 10 * mm
        column = (width - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, column, height - 2 * margin - 8 * mm, id="left"),
                  Frame(margin + column + gap, margin, column, height - 2 * margin - 8 * mm, id="right")]
    else:
        frames = [Frame(22 * mm, 22 * mm, width - 44 * mm, height - 50 * mm, id="body")]

    total = {"pages": 0}

    def decorate(canvas, doc):
        canvas.saveState()
        if landscape_two_columns:
            canvas.setFont("LibSans", 8.5)
            canvas.drawString(margin, height - 12 * mm,
                              "Västra sjukvårdsregionen  ·  RPO rörelseorganens sjukdomar  ·  Uppdrag RAG långvarig smärta")
            canvas.drawRightString(width - margin, 10 * mm, str(doc.page))
        else:
            canvas.setFillColor(colors.HexColor("#00594f"))
            canvas.rect(22 * mm, height - 19 * mm, 7 * mm, 7 * mm, stroke=0, fill=1)
            canvas.setFont("LibSans-Bold", 10)
            canvas.drawString(31 * mm, height - 17.5 * mm, "Södra regionvårdsnämnden")
            canvas.setFillColor(colors.black)
            canvas.setFont("LibSans", 8)
            canvas.drawRightString(width - 22 * mm, height - 17.5 * mm, "Uppdragsbeskrivning RPO barn och ungdomars hälsa")
            canvas.line(22 * mm, height - 21 * mm, width - 22 * mm, height - 21 * mm)
            canvas.drawString(22 * mm, 12 * mm, "SRVN 2023/0412")
            canvas.drawRightString(width - 22 * mm, 12 * mm, f"Sida {doc.page} ({total['pages'] or '?'})")
        canvas.restoreState()

    target = out_dir / f"{source.name}.pdf"
    for _ in range(2):  # the second pass knows the page count
        doc = BaseDocTemplate(str(target), pagesize=pagesize, title=mandate.title, author="",
                              subject="", creator="", producer="ReportLab PDF Library")
        doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
        import copy
        doc.build(copy.deepcopy(story))
        total["pages"] = doc.page
    return target


# ---------------------------------------------------------------- main

def main(argv):
    out_dir = Path(argv[1] if len(argv) > 1 else "Corpus/blind")
    only = set(argv[2:])
    for name, producers in PRODUCERS.items():
        if only and name not in only:
            continue
        source = mandate_source.parse(SOURCES / f"{name}.md", name)
        made = []
        for producer in producers:
            if producer == "lualatex-koma":
                made.append(render_koma(source, out_dir))
            elif producer == "lualatex-memoir":
                made.append(render_memoir(source, out_dir))
            elif producer == "cms":
                made.append(render_cms(source, out_dir))
            elif producer == "wordhtml":
                made.append(render_wordhtml(source, out_dir))
            elif producer == "chromium":
                made.append(render_chromium(made[-1], out_dir))
            elif producer == "pandoc-docx":
                made.append(render_pandoc(source, out_dir))
            elif producer == "libreoffice":
                made.append(render_libreoffice(made[-1], out_dir))
            elif producer == "platypus-portrait":
                made.append(render_platypus(source, out_dir, False))
            elif producer == "platypus-landscape":
                made.append(render_platypus(source, out_dir, True))
        mandate_source.write_gold(source, out_dir / f"{name}.gold.json")
        print(name, " ".join(path.name for path in made))


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Renders the fourth blind set (Scripts/corpus/sources/blind/b4-*.md) with producers of its own.

    python3 Scripts/corpus/blind/render_b4.py Corpus/blind

The b4 sources were written without looking at Mandat's parser, its vocabulary or earlier blind
sources. Each says `render: none`; this script writes its files and its gold (<name>.gold.json).

Producers
---------
pandoc-latex   b4-norra-rag-tva-uppdrag: pandoc markdown -> LuaLaTeX with pandoc's default template
               (xelatex is not installed here), two short mandates in one file, a footnote.
pandoc-html    b4-mellansverige-rpo-infektion: pandoc -> HTML5 standalone (kept as .html) with a CSS
               counter list: list-style none, ::before markers drawn as a rotated square border
               and "a)" counters; printed by headless Chromium.
postscript     b4-sthlm-gotland-rpo-aldres-halsa: PostScript written by hand (Latin-1 fonts, hyphen at 45), ps2pdf. Page 1 is a
               protokollsutdrag (decision letter), the mandate follows; capital headings, run-in
               headings ("Ordförande: …") for one-paragraph sections, en-dash bullets.
python-docx    b4-sydostra-rsg-ortopedi: .docx kept, and LibreOffice PDF; bold paragraphs as headings,
               Word's List Number / List Bullet styles, a table of roles and organisations for
               the composition, a table for the chair's rules, a revision-history table at the end.
rl-canvas      b4-sodra-rag-hjartsvikt: reportlab canvas, text drawn word by word in two fonts
               (Times body, Helvetica-Bold headings numbered "1 Syfte"), drawn "–" bullets.
cms+chromium   b4-vastra-rsg-akutsjukvard: a Drupal-like CMS page (kept as .html: menu, breadcrumbs,
               "Senast uppdaterad", share links, footer), headings that are questions; printed by
               Chromium.
"""
import html
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(HERE.parent))
import chromium  # noqa: E402  (printing a page to PDF, shared by the blind renderers)
import mandate_source  # noqa: E402

os.environ["SOURCE_DATE_EPOCH"] = "1735689600"
SOURCES = ROOT / "Scripts/corpus/sources/blind"


def load(name):
    return mandate_source.parse(SOURCES / f"{name}.md", name)


def groups(blocks):
    """Blocks grouped: ("heading", text, key), ("text", t), ("bullets", [..]), ("numbers", [..]), ("pagebreak",)."""
    out = []
    for block in blocks:
        kind = block[0]
        if kind in ("bullet", "number"):
            plural = kind + "s"
            if out and out[-1][0] == plural:
                out[-1][1].append(block[1])
            else:
                out.append((plural, [block[1]]))
        elif kind == "heading":
            out.append(("heading", block[2], block[3]))
        elif kind == "text":
            out.append(("text", block[1]))
        elif kind == "pagebreak":
            out.append(("pagebreak",))
    return out


# ---------------------------------------------------------------- pandoc -> LuaLaTeX
FOOTNOTES = {"Centrum för sällsynta diagnoser Norr": "CSD Norr drivs gemensamt av de fyra regionerna i norr."}


def pandoc_latex(source, out):
    lines = []
    for mandate in source.mandates:
        lines.append(f"# {mandate.title}\n")
        for g in groups(mandate.blocks):
            if g[0] == "heading":
                lines.append(f"## {g[1]}\n")
            elif g[0] == "text":
                text = g[1]
                for phrase, note in FOOTNOTES.items():
                    text = text.replace(phrase, phrase + f"^[{note}]")
                lines.append(text + "\n")
            elif g[0] == "bullets":
                lines.append("\n".join(f"- {item}" for item in g[1]) + "\n")
            elif g[0] == "numbers":
                lines.append("\n".join(f"{i}. {item}" for i, item in enumerate(g[1], 1)) + "\n")
            elif g[0] == "pagebreak":
                lines.append("\\newpage\n")
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "in.md"
        md.write_text("\n".join(lines), encoding="utf-8")
        subprocess.run(["pandoc", str(md), "-f", "markdown", "--pdf-engine=lualatex", "-V", "lang=sv",
                        "-V", "geometry:margin=2.5cm", "-V", "papersize=a4", "-o", str(out / f"{source.name}.pdf")],
                       check=True)


# ---------------------------------------------------------------- pandoc -> HTML5 + Chromium
HTML_CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; font-size: 11pt; line-height: 1.45; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 1.4em; color: #1d4f73; }
ul { list-style: none; padding-left: 1.6em; }
ul > li { position: relative; margin: .25em 0; }
ul > li::before { content: ""; position: absolute; left: -1.1em; top: .5em; width: .38em; height: .38em;
  border: 1.5px solid #1d4f73; transform: rotate(45deg); }
ol { list-style: none; counter-reset: punkt; padding-left: 2em; }
ol > li { counter-increment: punkt; position: relative; margin: .25em 0; }
ol > li::before { content: counter(punkt, lower-alpha) ")"; position: absolute; left: -1.7em; }
header.doc { border-bottom: 2px solid #1d4f73; font-size: 9pt; color: #555; padding-bottom: .3em; }
"""


def pandoc_html(source, out):
    mandate = source.mandates[0]
    lines = [f"# {mandate.title}\n"]
    for g in groups(mandate.blocks):
        if g[0] == "heading":
            lines.append(f"## {g[1]}\n")
        elif g[0] == "text":
            lines.append(g[1] + "\n")
        elif g[0] == "bullets":
            lines.append("\n".join(f"- {item}" for item in g[1]) + "\n")
        elif g[0] == "numbers":
            lines.append("\n".join(f"{i}. {item}" for i, item in enumerate(g[1], 1)) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "in.md"
        css = Path(tmp) / "style.css"
        md.write_text("\n".join(lines), encoding="utf-8")
        css.write_text(HTML_CSS, encoding="utf-8")
        before = Path(tmp) / "before.html"
        before.write_text('<header class="doc">Sjukvårdsregion Mellansverige · Kunskapsstyrning · Fastställd 2025-02-14</header>\n', encoding="utf-8")
        target = out / f"{source.name}.html"
        subprocess.run(["pandoc", str(md), "-f", "markdown", "-t", "html5", "--standalone", "--self-contained",
                        "--css", str(css), "-B", str(before), "--metadata", "pagetitle=RPO infektionssjukdomar",
                        "--metadata", "lang=sv", "-o", str(target)], check=True)
    chromium.print_to_pdf(Path(target), out / f"{source.name}.pdf")


# ---------------------------------------------------------------- hand-written PostScript
def ps_string(text):
    data = text.replace("–", "-").encode("latin-1")
    out = []
    for b in data:
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def postscript(source, out):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    mandate = source.mandates[0]
    W, H, left, right, top, bottom = 595, 842, 72, 523, 770, 80
    pages = []
    page = []
    y = top

    def newpage():
        nonlocal page, y
        pages.append(page)
        page = []
        y = top

    def para(words_font, size, indent=0, lead=None, gap=6):
        """words_font: list of (word, font); lays them out in lines."""
        nonlocal y
        lead = lead or size * 1.3
        x = left + indent
        if y < bottom + lead:
            newpage()
        for word, font in words_font:
            w = stringWidth(word, font, size)
            if x + w > right and x > left + indent:
                y -= lead
                x = left + indent
                if y < bottom:
                    newpage()
            page.append(f"/{font}-L {size} selectfont {x:.2f} {y:.2f} moveto {ps_string(word)} show")
            x += w + stringWidth(" ", font, size)
        y -= lead + gap

    def words(text, font):
        return [(w, font) for w in text.split()]

    # page 1: protokollsutdrag
    para(words("REGION STOCKHOLM · REGION GOTLAND", "Helvetica-Bold"), 9, gap=20)
    para(words("PROTOKOLLSUTDRAG", "Helvetica-Bold"), 14, gap=4)
    para(words("Regional styrgrupp för kunskapsstyrning, sammanträde 2025-03-04", "Helvetica"), 10, gap=18)
    para(words("§ 12 Uppdrag för regionalt programområde äldres hälsa", "Helvetica-Bold"), 11, gap=8)
    para(words("Dnr RS 2025-0117", "Helvetica"), 10, gap=12)
    para(words("Ärendebeskrivning", "Helvetica-Bold"), 10, gap=2)
    para(words("Styrgruppen beslutade i november 2024 att inrätta ett regionalt programområde för äldres hälsa. Ett förslag till uppdrag har beretts av kansliet för kunskapsstyrning och bifogas protokollet.", "Times-Roman"), 11, gap=10)
    para(words("Beslut", "Helvetica-Bold"), 10, gap=2)
    para(words("Styrgruppen fastställer bifogat uppdrag. Uppdraget gäller från och med 2025-04-01.", "Times-Roman"), 11, gap=24)
    para(words("Vid protokollet: Anna Lindqvist, sekreterare. Justeras: Per Holm, ordförande.", "Times-Italic"), 10, gap=8)
    para(words("Rätt utdraget intygar: Anna Lindqvist", "Times-Italic"), 10)
    newpage()
    para(words("Bilaga 1 till § 12", "Helvetica"), 9, gap=14)
    para(words(mandate.title, "Helvetica-Bold"), 15, gap=14)
    gs = groups(mandate.blocks)
    i = 0
    while i < len(gs):
        g = gs[i]
        if g[0] == "heading":
            nxt = gs[i + 1] if i + 1 < len(gs) else None
            single = nxt and nxt[0] == "text" and (i + 2 >= len(gs) or gs[i + 2][0] == "heading") and not g[1].isupper()
            if single:
                para([(w, "Times-Bold") for w in (g[1] + ":").split()] + words(nxt[1], "Times-Roman"), 11)
                i += 2
                continue
            y -= 4
            para(words(g[1], "Helvetica-Bold"), 11, gap=3)
        elif g[0] == "text":
            para(words(g[1], "Times-Roman"), 11)
        elif g[0] in ("bullets", "numbers"):
            for n, item in enumerate(g[1], 1):
                label = "–" if g[0] == "bullets" else f"{n}."
                if y < bottom + 14:
                    newpage()
                page.append(f"/Times-Roman-L 11 selectfont {left + 6:.2f} {y:.2f} moveto {ps_string(label)} show")
                para(words(item, "Times-Roman"), 11, indent=20, gap=2)
            y -= 4
        i += 1
    pages.append(page)
    n = len(pages)
    ps = ["%!PS-Adobe-3.0", f"%%Pages: {n}", "%%BoundingBox: 0 0 595 842", "%%EndComments",
          "/reencode { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          "  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def"]
    for f in ("Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Times-Italic"):
        ps.append(f"/{f}-L /{f} reencode")
    ps.append("<< /PageSize [595 842] >> setpagedevice")
    for k, body in enumerate(pages, 1):
        ps.append(f"%%Page: {k} {k}")
        ps.extend(body)
        if k > 1:
            ps.append(f"/Helvetica-L 8 selectfont 72 40 moveto {ps_string('Regionalt programområde äldres hälsa')} show")
        ps.append(f"/Helvetica-L 8 selectfont 500 40 moveto ({k} / {n}) show")
        ps.append("showpage")
    ps.append("%%EOF")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.ps"
        src.write_text("\n".join(ps) + "\n", encoding="latin-1")
        subprocess.run(["ps2pdf", "-dPDFSETTINGS=/prepress", str(src), str(out / f"{source.name}.pdf")], check=True)


# ---------------------------------------------------------------- python-docx
TABLE_SECTIONS = {"composition": ("Roll", "Organisation"), "chair": ("Regel", "Innebörd"), "other": ("Version", "Ändring")}


def python_docx(source, out):
    import docx
    from docx.shared import Pt
    mandate = source.mandates[0]
    document = docx.Document()
    document.core_properties.author = "Regionsamverkan sydost"
    import datetime
    fixed = datetime.datetime(2025, 1, 20, 9, 0, 0)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_modified_by = "Regionsamverkan sydost"
    document.core_properties.revision = 1
    section = document.sections[0]
    section.header.paragraphs[0].text = "Regionsamverkan sydost\tUppdragsbeskrivning\tDnr RSS 2025/14"
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    title = document.add_paragraph()
    run = title.add_run(mandate.title)
    run.bold = True
    run.font.size = Pt(16)
    key = None
    for g in groups(mandate.blocks):
        if g[0] == "heading":
            key = g[2]
            p = document.add_paragraph()
            r = p.add_run(g[1])
            r.bold = True
            r.font.size = Pt(12)
        elif g[0] == "text":
            document.add_paragraph(g[1])
        elif g[0] in ("bullets", "numbers"):
            if key in TABLE_SECTIONS:
                table = document.add_table(rows=1, cols=2)
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, TABLE_SECTIONS[key]):
                    cell.text = ""
                    cell.paragraphs[0].add_run(text).bold = True
                for item in g[1]:
                    head, _, rest = item.partition(": ")
                    row = table.add_row().cells
                    row[0].text = head
                    row[1].text = rest
                document.add_paragraph()
            else:
                style_name = "List Bullet" if g[0] == "bullets" else "List Number"
                for item in g[1]:
                    document.add_paragraph(item, style=style_name)
    target = out / f"{source.name}.docx"
    document.save(target)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(target)], check=True, capture_output=True)


# ---------------------------------------------------------------- reportlab canvas word by word
def rl_canvas(source, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    mandate = source.mandates[0]
    c = canvas.Canvas(str(out / f"{source.name}.pdf"), pagesize=A4, invariant=1)
    c.setTitle(mandate.title)
    W, H = A4
    left, right, top, bottom = 70, W - 70, H - 90, 70
    state = {"y": top, "page": 1}

    def furniture():
        c.setFont("Helvetica-Bold", 9)
        c.setFillColorRGB(0.1, 0.35, 0.2)
        c.drawString(left, H - 50, "SÖDRA SJUKVÅRDSREGIONEN")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8)
        c.drawRightString(right, 40, f"Sida {state['page']}")

    def newpage():
        c.showPage()
        state["page"] += 1
        state["y"] = top
        furniture()

    def line_words(ws, indent=0, lead=14.5, gap=6):
        x = left + indent
        if state["y"] < bottom:
            newpage()
        for word, font, size in ws:
            w = stringWidth(word, font, size)
            if x + w > right and x > left + indent:
                state["y"] -= lead
                x = left + indent
                if state["y"] < bottom:
                    newpage()
            c.setFont(font, size)
            c.drawString(x, state["y"], word)
            x += w + stringWidth(" ", font, size)
        state["y"] -= lead + gap

    furniture()
    line_words([(w, "Helvetica-Bold", 15) for w in mandate.title.split()], lead=19, gap=12)
    number = 0
    for g in groups(mandate.blocks):
        if g[0] == "heading":
            number += 1
            state["y"] -= 4
            line_words([(f"{number}", "Helvetica-Bold", 12)] + [(w, "Helvetica-Bold", 12) for w in g[1].split()], gap=3)
        elif g[0] == "text":
            line_words([(w, "Times-Roman", 11) for w in g[1].split()])
        else:
            for n, item in enumerate(g[1], 1):
                c.setFont("Times-Roman", 11)
                c.drawString(left + 8, state["y"], "–" if g[0] == "bullets" else f"{n}.")
                line_words([(w, "Times-Roman", 11) for w in item.split()], indent=22, gap=2)
            state["y"] -= 4
    c.save()


# ---------------------------------------------------------------- Drupal-like CMS page + Chromium
CMS_CSS = """
.visually-hidden { position: absolute !important; clip: rect(1px, 1px, 1px, 1px); overflow: hidden; height: 1px; width: 1px; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; }
.site-header { background: #004b87; color: #fff; padding: .8em 2em; display: flex; justify-content: space-between; }
.site-header .logo { font-weight: bold; font-size: 13pt; }
nav.main-menu ul { list-style: none; display: flex; gap: 1.5em; margin: 0; padding: .5em 2em; background: #e8eef4; }
.breadcrumb { padding: .5em 2em; font-size: 9pt; color: #555; }
.breadcrumb ol { list-style: none; display: flex; gap: .5em; padding: 0; margin: 0; }
.breadcrumb li + li::before { content: "›"; margin-right: .5em; }
main { padding: 0 2em; max-width: 44em; }
.field--name-body ul { padding-left: 1.4em; list-style-type: square; }
.meta { font-size: 9pt; color: #555; border-top: 1px solid #ccc; margin-top: 2em; padding-top: .5em; }
.share a { margin-right: 1em; }
footer.site-footer { background: #333; color: #eee; padding: 1em 2em; margin-top: 2em; font-size: 9pt; }
@media print { nav.main-menu, .share { display: none; } }
"""


def cms_page(source, out):
    mandate = source.mandates[0]
    body = []
    for g in groups(mandate.blocks):
        if g[0] == "heading":
            body.append(f"<h2>{html.escape(g[1])}</h2>")
        elif g[0] == "text":
            body.append(f"<p>{html.escape(g[1])}</p>")
        elif g[0] == "bullets":
            body.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in g[1]) + "</ul>")
        elif g[0] == "numbers":
            body.append("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in g[1]) + "</ol>")
    page = f"""<!DOCTYPE html>
<html lang="sv" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{html.escape(mandate.title)} | Vårdgivarwebben Västra sjukvårdsregionen</title>
<style>{CMS_CSS}</style>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Hoppa till huvudinnehåll</a>
<header class="site-header" role="banner"><span class="logo">Västra sjukvårdsregionen</span><span>Vårdgivare · Kunskapsstyrning</span></header>
<nav class="main-menu" role="navigation" aria-label="Huvudmeny"><ul><li><a href="/">Start</a></li><li><a href="/kunskapsstod">Kunskapsstöd</a></li><li><a href="/samverkan">Regional samverkan</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
<div class="breadcrumb"><nav aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/samverkan">Regional samverkan</a></li><li>Akut sjukvård</li></ol></nav></div>
<main role="main" id="main-content">
<article class="node node--type-article">
<h1 class="page-title"><span class="field field--name-title">{html.escape(mandate.title)}</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{chr(10).join(body)}
</div>
</article>
<div class="meta">Senast uppdaterad: 2025-02-03 · Sidansvarig: Kansliet för kunskapsstyrning</div>
<div class="share">Dela: <a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">E-post</a><a href="#">Skriv ut</a></div>
</main>
<footer class="site-footer" role="contentinfo">Västra Götalandsregionen och Region Halland i samverkan · Om webbplatsen · Tillgänglighetsredogörelse · Kakor</footer>
</body>
</html>
"""
    target = out / f"{source.name}.html"
    target.write_text(page, encoding="utf-8")
    chromium.print_to_pdf(Path(target), out / f"{source.name}.pdf")


PRODUCERS = {
    "b4-norra-rag-tva-uppdrag": pandoc_latex,
    "b4-mellansverige-rpo-infektion": pandoc_html,
    "b4-sthlm-gotland-rpo-aldres-halsa": postscript,
    "b4-sydostra-rsg-ortopedi": python_docx,
    "b4-sodra-rag-hjartsvikt": rl_canvas,
    "b4-vastra-rsg-akutsjukvard": cms_page,
}


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "Corpus/blind").resolve()
    only = sys.argv[2:]
    for name, producer in PRODUCERS.items():
        if only and name not in only:
            continue
        source = load(name)
        producer(source, out)
        mandate_source.write_gold(source, out / f"{name}.gold.json")
        print("rendered", name)


if __name__ == "__main__":
    main()

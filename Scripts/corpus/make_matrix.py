"""Renders every development mandate source through several PDF producers and layouts: the
producer matrix, Corpus/matrix/, each PDF with its gold file beside it.

    python3 Scripts/corpus/make_matrix.py OUTROOT
    python3 Scripts/corpus/make_matrix.py --gold-only OUTROOT   # after a change to the gold rules

Every source of Scripts/corpus/sources/*.md that is a mandate goes through each producer of
PRODUCERS into OUTROOT/matrix/<producer>/<name>.pdf, with <name>.gold.json (mandate_source.gold,
the same gold whatever the layout). LAYOUTS puts the shared format extensions (numbered headings,
cover and contents, task tables) and a slide export on a few sources each, into
OUTROOT/matrix/layouts/<layout>/<name>-<producer>.pdf. The folder is made anew each time, and
every PDF has its dates and document ID fixed, so the same sources give the same files.
Sources or renderings that fail are reported and the exit status is then 1. With --gold-only
the PDFs there are kept and only their gold files are written again.
"""
import copy
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mandate_source  # noqa: E402
import render_groff  # noqa: E402
import render_html  # noqa: E402
import render_latex  # noqa: E402
import render_slides  # noqa: E402
import render_word  # noqa: E402
import typeset  # noqa: E402
import wordlike  # noqa: E402

EPOCH = 1683882000  # 2023-05-12 09:00 UTC, the date the corpus's documents carry
FIXED_DATE = b"D:20230512090000"
PRODUCERS = ("libreoffice", "reportlab", "wordlike", "chromium", "pdftex", "groff")

# Labels for the task-table layout: the section's items become "Label: text" in the derived copy.
TASK_LABELS = {
    "rsg-patientsakerhet": ["Förhållningssätt", "Lärande", "Journalgranskning", "Läkemedel och vårdhygien",
                            "Informationsöverföring", "Säkerhetskultur", "Nationell samverkan"],
    "rsg-medicinsk-teknik": ["Samordning", "Investeringar", "Regelverk", "Säker användning",
                             "Kompetens och service", "Egentillverkning", "Samverkan"],
}
COVER = ("Dokumenttyp=Uppdragsbeskrivning; Fastställd av=Regionsjukvårdsledningen; Datum=2024-03-12; "
         "Diarienummer=RS 2024/118; Giltig till=2026-12-31")
# layout → (options set in the copy, its sources, its producers)
LAYOUTS = {
    "numbered-headings": ({"heading-numbers": "yes"}, ["rsg-lakemedel", "uppsala-orebro-rag-stroke"],
                          ["libreoffice", "reportlab", "pdftex", "groff"]),
    "cover-contents": ({"cover": COVER}, ["rsg-medicinsk-teknik", "sodra-rsg-palliativ-vard"],
                       ["libreoffice", "pdftex"]),
    "task-table": ({"task-table": "specificTasks"}, sorted(TASK_LABELS), ["libreoffice", "pdftex", "chromium"]),
    "slides": ({}, ["rsg-digital-utveckling", "norra-rpo-psykisk-halsa"], ["impress"]),
}


def variant(source, name, producer, **options):
    """A copy of the source with the options a producer or layout needs."""
    changed = dict(source.options, **options)
    if producer == "reportlab" and changed["font"] not in typeset.FONTS:
        changed["font"] = ""  # a Word font (Liberation Serif): the typesetter's default, Times
    return mandate_source.Source(name, changed, source.mandates)


def with_task_labels(source):
    """The copy for the task-table layout: the specificTasks items as `Label: text`, an @table header."""
    labels = TASK_LABELS[source.name]
    mandates = copy.deepcopy(source.mandates)
    mandate = mandates[0]
    mandate.facts["table"] = "Område | Uppdrag"
    section = None

    def relabel(blocks):
        nonlocal section
        for index, block in enumerate(blocks):
            if block[0] == "heading":
                section = block[3]
            elif block[0] == "columns":
                relabel(block[1])
            elif block[0] == "bullet" and section == "specificTasks":
                blocks[index] = ("bullet", f"{labels.pop(0)}: {block[1]}")

    relabel(mandate.blocks)
    if labels:
        raise ValueError(f"{source.name}: {len(labels)} task labels left over")
    return mandate_source.Source(source.name, source.options, mandates)


def fix_dates(path):
    """Sets the PDF's creation and modification dates to the corpus's date, its /ID and checksum to
    zeros, in place and at the same length, so that the cross-reference offsets stay right."""
    with open(path, "rb") as file:
        data = file.read()
    data = re.sub(rb"D:\d{14}", FIXED_DATE, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?=[Z+-])", b"2023-05-12T09:00:00", data)  # XMP
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda match: re.sub(rb"[0-9A-Fa-f]", b"0", match.group(0)), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]+)",  # LibreOffice's
                  lambda match: match.group(1) + b"0" * len(match.group(2)), data)
    # Chromium numbers the structure tree's nodes by DOM node, which varies from run to run:
    # each becomes its rank, in the same width, so that the ID tree stays sorted.
    nodes = sorted(set(re.findall(rb"\(node(\d{8})\)", data)))
    ranks = {node: b"%08d" % rank for rank, node in enumerate(nodes)}
    data = re.sub(rb"\(node(\d{8})\)", lambda match: b"(node" + ranks[match.group(1)] + b")", data)
    with open(path, "wb") as file:
        file.write(data)


class Matrix:
    def __init__(self, root, work, gold_only=False):
        self.root = os.path.join(root, "matrix")
        self.work = work
        self.gold_only = gold_only  # rewrite the gold files of the PDFs there, render nothing
        self.office_jobs = []  # (file in work, destination pdf)
        self.written = []
        self.failed = []

    def _gold(self, source, pdf):
        gold_path = pdf[:-len(".pdf")] + ".gold.json"
        stem = os.path.basename(pdf)[:-len(".pdf")]
        mandate_source.write_gold(mandate_source.Source(stem, source.options, source.mandates), gold_path)
        self.written.append(gold_path)

    def _chromium(self, source, pdf):
        page = os.path.join(self.work, os.path.basename(pdf)[:-len(".pdf")] + ".html")
        render_html.render(source, page)
        with open(page, "rb") as file:
            html = file.read()
        # The site's stylesheet is not there; the page is printed on A4, as a Swedish browser does.
        with open(page, "wb") as file:
            file.write(html.replace(b"</head>", b"  <style>@page { size: A4; margin: 2cm }</style>\n</head>", 1))
        profile = os.path.join(self.work, "chromium-profile")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "file://" + page],
                       check=True, capture_output=True)

    def render(self, producer, source, pdf):
        """Renders one PDF (LibreOffice's later, all in one call) and writes its gold file."""
        if self.gold_only:
            if os.path.exists(pdf):
                self._gold(source, pdf)
            return
        os.makedirs(os.path.dirname(pdf), exist_ok=True)
        try:
            if producer in ("libreoffice", "impress"):
                extension = ".docx" if producer == "libreoffice" else ".pptx"
                document = os.path.join(self.work, f"{len(self.office_jobs):03d}{extension}")
                (render_word if producer == "libreoffice" else render_slides).render(source, document)
                self.office_jobs.append((document, pdf))
            else:
                {"reportlab": typeset.render, "wordlike": wordlike.render, "pdftex": render_latex.render,
                 "groff": render_groff.render, "chromium": self._chromium}[producer](source, pdf)
                fix_dates(pdf)
                self.written.append(pdf)
        except Exception as error:  # a renderer's failure names its source and goes on
            self.failed.append(f"{source.name} ({producer}): {type(error).__name__}: {error}")
            return
        self._gold(source, pdf)

    def convert_office(self):
        if not self.office_jobs:
            return
        profile = os.path.join(self.work, "profile")
        command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", self.work] + [os.path.basename(document) for document, _ in self.office_jobs]
        subprocess.run(command, cwd=self.work, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for document, destination in self.office_jobs:
            made = os.path.splitext(document)[0] + ".pdf"
            gold_path = destination[:-len(".pdf")] + ".gold.json"
            if os.path.exists(made):
                shutil.copyfile(made, destination)
                fix_dates(destination)
                self.written.append(destination)
            else:
                self.failed.append(f"{destination}: LibreOffice made no PDF")
                os.remove(gold_path)
                self.written.remove(gold_path)


def main(arguments):
    gold_only = "--gold-only" in arguments
    arguments = [argument for argument in arguments if argument != "--gold-only"]
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(EPOCH))
    os.environ["TZ"] = "UTC"
    sources = {}
    failed = []
    for path in sorted(glob.glob(os.path.join(HERE, "sources", "*.md"))):
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            source = mandate_source.parse(path, name)
        except (ValueError, KeyError, IndexError) as error:
            failed.append(f"{name}: {error}")
            continue
        if source.is_mandate:
            sources[name] = source
    work = tempfile.mkdtemp(prefix="mandat-matrix-")
    matrix = Matrix(arguments[0], work, gold_only)
    if not gold_only:
        shutil.rmtree(matrix.root, ignore_errors=True)
    try:
        for producer in PRODUCERS:
            for name, source in sources.items():
                matrix.render(producer, variant(source, name, producer),
                              os.path.join(matrix.root, producer, name + ".pdf"))
        for layout, (options, names, producers) in LAYOUTS.items():
            for name in names:
                source = with_task_labels(sources[name]) if layout == "task-table" else sources[name]
                for producer in producers:
                    stem = f"{name}-{producer}"
                    matrix.render(producer, variant(source, stem, producer, **options),
                                  os.path.join(matrix.root, "layouts", layout, stem + ".pdf"))
        matrix.convert_office()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for path in sorted(matrix.written):
        print(path)
    for message in failed + matrix.failed:
        print(f"error: {message}", file=sys.stderr)
    return 1 if failed or matrix.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

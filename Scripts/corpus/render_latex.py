"""Renders a corpus source as LaTeX and typesets it with pdflatex: what TeX makes of a mandate.

The document is `article` in Times (mathptmx) with the T1 font encoding and Swedish babel, so
TeX breaks lines by its own paragraph builder, hyphenates by the Swedish patterns with a visible
hyphen, sets fi/fl as ligature glyphs, and writes no space characters: a text reader has to
find the word gaps from the glyphs' positions. Headings are `\\section*`/`\\subsection*` (with
the numbers of `heading-numbers` in front), `-` items an itemize list, numbered items an
enumerate list in the source's label style, a `columns` group side-by-side minipages; a running
header and footer come from fancyhdr, "Sida N av M" from a label on the last page. The layouts
of the shared format extensions: cover (a titlepage with the fields in a ruled tabular, then
\\tableofcontents, "Innehåll" with page numbers) and task-table (a longtable whose header row
repeats on each page). SOURCE_DATE_EPOCH makes the PDF the same from run to run.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import text_rules

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "\u00a0": "~", "\u00ad": r"\-"}
# Bullet glyphs TeX has no character for are drawn: "▪" as a rule (a filled box, no text).
BULLETS = {"–": r"\textendash", "-": r"\textendash", "o": "o", "▪": r"\rule[0.35ex]{0.55ex}{0.55ex}"}
NUMBERING = {"1.": r"\arabic{enumi}.", "1)": r"\arabic{enumi})", "a)": r"\alph{enumi})"}


def escaped(text):
    return "".join(SPECIAL.get(character, character) for character in text)


class LaTeXWriter:
    def __init__(self, source):
        self.source = source
        self.options = source.options
        self.numbered_headings = self.options["heading-numbers"] == "yes"
        self.cover = text_rules.cover_fields(self.options["cover"])
        self.task_key = self.options["task-table"]

    def _text(self, text):
        if self.options["nbsp"] == "yes":
            text = text_rules.no_break_spaces(text)
        return escaped(text)

    def _preamble(self):
        options = self.options
        bullet = BULLETS.get(options["bullet"], r"\textbullet")
        size = min((10, 11, 12), key=lambda points: abs(points - float(options["size"])))
        lines = [
            rf"\documentclass[a4paper,{size}pt]{{article}}",
            r"\usepackage[T1]{fontenc}",
            r"\usepackage[utf8]{inputenc}",
            r"\usepackage[swedish]{babel}",
            r"\usepackage{mathptmx}",
            r"\usepackage[a4paper,margin=2.5cm,headheight=14pt]{geometry}",
            r"\usepackage{fancyhdr,longtable,array}",
            r"\setlength{\parindent}{0pt}",
            r"\setlength{\parskip}{4pt plus 1pt}",
            r"\pagestyle{fancy}",
            r"\fancyhf{}",
            r"\renewcommand{\headrulewidth}{0pt}",
            rf"\renewcommand{{\labelitemi}}{{{bullet}}}",
            rf"\renewcommand{{\labelenumi}}{{{NUMBERING[options['numbering']]}}}",
            r"\AtEndDocument{\label{LastPage}}",
        ]
        if options["hyphenate"] != "yes":
            lines.append(r"\hyphenpenalty=10000 \exhyphenpenalty=10000")
        if options["justify"] != "yes":
            lines.append(r"\AtBeginDocument{\raggedright}")
        if options["header"]:
            parts = [escaped(part.strip()) for part in options["header"].split("|")]
            lines.append(rf"\fancyhead[L]{{\small {parts[0]}}}")
            if len(parts) == 3:
                lines.append(rf"\fancyhead[C]{{\small {parts[1]}}}")
            if len(parts) >= 2:
                lines.append(rf"\fancyhead[R]{{\small {parts[-1]}}}")
        if options["footer"]:
            lines.append(rf"\fancyfoot[L]{{\small {escaped(options['footer'])}}}")
        if options["page-numbers"]:
            label = escaped(options["page-numbers"]).replace(r"\{page\}", r"\thepage{}").replace(
                r"\{pages\}", r"\pageref{LastPage}")
            lines.append(rf"\fancyfoot[R]{{\small {label}}}")
        if options["author"]:
            lines.append(rf"\pdfinfo{{/Author ({escaped(options['author'])})}}")
        return lines

    def _heading(self, level, text, numbers, in_columns=False):
        label = numbers.label(level) if self.numbered_headings else ""
        shown = (label + r"\quad " if label else "") + self._text(text)
        entry = (rf"\numberline{{{label}}}" if label else "") + self._text(text)
        toc = rf"\addcontentsline{{toc}}{{{'section' if level == 2 else 'subsection'}}}{{{entry}}}"
        if in_columns:
            return [rf"{{\bfseries {shown}\par}}{toc if self.cover else ''}"]
        command = "section*" if level == 2 else "subsection*"
        return [rf"\{command}{{{shown}}}" + (toc if self.cover else "")]

    def _task_table(self, items, header):
        cells = [self._text(cell.strip()) for cell in header.split("|")]
        head = r"\hline " + " & ".join(rf"\textbf{{{cell}}}" for cell in cells) + r" \\ \hline"
        lines = [r"\begin{longtable}{|p{4cm}|p{11cm}|}", head, r"\endfirsthead", head, r"\endhead"]
        for item in items:
            label, text = text_rules.task_row(item)
            lines.append(rf"{self._text(label)} & {self._text(text)} \\ \hline")
        lines.append(r"\end{longtable}")
        return lines

    def _blocks(self, blocks, numbers, header, in_columns=False):
        lines = []
        open_list = None
        rows = []
        for block in blocks + [("end",)]:
            kind = block[0]
            if kind == "bullet" and self.task_key and self.section_key == self.task_key and not in_columns:
                rows.append(block[1])
                continue
            if rows:
                lines += self._task_table(rows, header)
                rows = []
            wanted = {"bullet": "itemize", "number": "enumerate"}.get(kind)
            if wanted != open_list:
                if open_list:
                    lines.append(rf"\end{{{open_list}}}")
                if wanted:
                    lines.append(rf"\begin{{{wanted}}}")
                open_list = wanted
            if kind == "heading":
                self.section_key = block[3]
                lines += self._heading(block[1], block[2], numbers, in_columns)
            elif kind == "text":
                lines += ["", self._text(block[1]), ""]
            elif kind in ("bullet", "number"):
                lines.append(rf"\item {self._text(block[1])}")
            elif kind == "pagebreak":
                lines.append(r"\clearpage")
            elif kind == "columns":
                lines += self._columns(block[1], numbers, header)
        return lines

    def _columns(self, blocks, numbers, header):
        sections = []
        for block in blocks:
            if block[0] == "heading" or not sections:
                sections.append([])
            sections[-1].append(block)
        width = f"{0.96 / len(sections):.3f}\\textwidth"
        lines = ["", r"\noindent"]
        for index, section in enumerate(sections):
            lines.append(rf"\begin{{minipage}}[t]{{{width}}}\raggedright")
            lines += self._blocks(section, numbers, header, in_columns=True)
            lines.append(r"\end{minipage}" + (r"\hfill" if index < len(sections) - 1 else ""))
        lines.append("")
        return lines

    def document(self):
        lines = self._preamble()
        first = next((mandate.title for mandate in self.source.mandates if mandate.title), "")
        lines.append(rf"\pdfinfo{{/Title ({escaped(first)})}}")
        lines.append(r"\begin{document}")
        for mandate in self.source.mandates:
            numbers = text_rules.HeadingNumbers()
            self.section_key = None
            header = mandate.facts.get("table", "")
            if self.task_key and not header:
                raise ValueError(f"{self.source.name}: task-table needs an @table header line")
            if self.cover:
                rows = [rf"\textbf{{{escaped(field)}}} & {escaped(value)} \\ \hline" for field, value in self.cover]
                lines += [r"\begin{titlepage}", r"\vspace*{4cm}", rf"{{\LARGE\bfseries {self._text(mandate.title)}\par}}",
                          r"\vspace{2cm}", r"\begin{tabular}{|p{4cm}|p{9cm}|}", r"\hline", *rows, r"\end{tabular}",
                          r"\end{titlepage}", r"\tableofcontents", r"\clearpage"]
            elif mandate.title:
                lines += [rf"{{\Large\bfseries {self._text(mandate.title)}\par}}", r"\bigskip"]
            lines += self._blocks(mandate.blocks, numbers, header)
        lines.append(r"\end{document}")
        return "\n".join(lines) + "\n"


def render(source, path):
    """Writes the .tex to a temporary folder and runs pdflatex three times (contents, last page)."""
    work = tempfile.mkdtemp(prefix="mandat-latex-")
    try:
        with open(os.path.join(work, "document.tex"), "w", encoding="utf-8") as file:
            file.write(LaTeXWriter(source).document())
        environment = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1683882000"),
                           FORCE_SOURCE_DATE="1")
        for _ in range(3):
            result = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "document.tex"],
                                    cwd=work, env=environment, capture_output=True, text=True, errors="replace")
            if result.returncode != 0:
                log = "\n".join(line for line in result.stdout.splitlines() if line.startswith("!"))
                raise RuntimeError(f"{source.name}: pdflatex failed: {log or result.stdout[-400:]}")
        shutil.copyfile(os.path.join(work, "document.pdf"), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import mandate_source

    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

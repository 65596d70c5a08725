"""Reads a corpus document's source (Scripts/corpus/sources/<name>.md) and writes its gold file.

A source is written by hand: what the document says, in reading order, and what a careful
reader takes from it. The renderers (word_document, typeset, plain_text) lay it out as a file
of the corpus; `gold()` turns it into the gold JSON the accuracy benchmark compares the
extraction with. The gold is therefore independent of Mandat's parser.

Format
------

    ---
    render: word            # word | typeset | text | none (none: the files exist already)
    also: text, html, docx  # optional: further renderings of the same source, comma-separated
    ...                     # rendering options, see RENDER_OPTIONS
    ---
    # Uppdragsbeskrivning för regional samverkansgrupp läkemedel i Sydöstra sjukvårdsregionen
    @group RSG | läkemedel | Sydöstra sjukvårdsregionen
    @regions Region Jönköpings län; Region Kalmar län; Region Östergötland
    @chair Region Kalmar län | 2
    @participants sin hemregion

    Text before the first heading: an `other` section with no heading.

    ## Generellt uppdrag {generalTasks}
    A paragraph is one line of the source.
    - a bullet item
    1. a numbered item (the renderer chooses the label style)

    ::: columns
    ### Patient och vårdteam {patientLevel}
    - …
    ### Nationell nivå {nationalLevel}
    - …
    :::

    @pagebreak

- `# …` opens a mandate with its title; a document may hold several. A document whose front
  matter says `mandate: no` is not a mandate: its gold says so, and its headings need no key.
- `@group KIND | name | organization` (organization may be `-`), `@regions` every `Region …`
  the mandate names, in order of first mention, `@chair EMPLOYER | YEARS` and
  `@participants EMPLOYER` (`-` where the text names none).
- `## Heading {key}` and `### Heading {key}` open a section with the key of Mandat's vocabulary
  (`other` for a heading it should not know). `::: columns` … `:::` sets its sections side by
  side (a table in Word, columns in the typeset PDF). `@pagebreak` starts a new page.
- Text is the text a reader reads: whole words, suspended compounds (`hälso- och`) and a word's
  own hyphen (`covid-19`) as written. Hyphenation, ligatures, soft hyphens and no-break spaces
  are the renderers' business.
"""
import json
import re

RENDER_OPTIONS = {
    "render": "word",          # word | typeset | text | none
    "also": "",                # further renderings, comma-separated: word | typeset | text | html | docx
    "mandate": "yes",          # no: a document that is not a mandate (minutes, a newsletter)
    "hyphenate": "yes",        # break long words at line ends by Swedish rules (word, typeset)
    "font": "",                # word: a font family; typeset: Times | Helvetica | DejaVuSans | DejaVuSerif
    "size": "11",              # body font size in points
    "columns": "1",            # typeset: 1 or 2 text columns
    "headings": "larger",      # larger (headings set larger than the body) | bold (bold, body size)
    "bullet": "•",             # the glyph of `-` items
    "numbering": "1.",         # the label style of numbered items: 1. | 1) | a)
    "header": "",              # running header: left | right
    "footer": "",              # running footer text (left); the page number goes right
    "page-numbers": "Sida {page} av {pages}",  # or "{page} ({pages})", or "" for none
    "ligatures": "no",         # typeset: draw fi and fl as the ligature glyphs ﬁ ﬂ
    "nbsp": "no",              # no-break spaces in numbers, "§ 3" and after short words
    "soft-hyphens": "no",      # text: soft hyphens inside long words, as copied from the web
    "justify": "yes",
    "author": "",              # document metadata
    "html-encoding": "utf-8",  # html: utf-8 | iso-8859-1, declared in the page
    "heading-numbers": "no",   # yes: print headings numbered (1, 2, 2.1 for ### under ##); the gold heading has none
    "cover": "",               # "Field=value; …": a cover page with title and metadata table, then a contents page
    "task-table": "",          # a section key whose `- Label: text` items are rows of a table (header from @table)
}

NAMED_LISTS = {
    "patientPromises": "patientPromises",
    "generalTasks": "generalTasks",
    "specificTasks": "specificTasks",
}
NAMED_PASSAGES = ("workingMethods", "reporting", "composition", "financing")


class Source:
    """A parsed source: options and a list of mandates (or, for a non-mandate, one pseudo-mandate)."""

    def __init__(self, name, options, mandates):
        self.name = name
        self.options = options
        self.mandates = mandates

    @property
    def is_mandate(self):
        return self.options["mandate"] == "yes"

    def renderings(self):
        kinds = [self.options["render"]] + [kind.strip() for kind in self.options["also"].split(",") if kind.strip()]
        return [kind for kind in kinds if kind != "none"]


class Mandate:
    def __init__(self, title):
        self.title = title
        self.facts = {}
        # Blocks in reading order: ("heading", level, text, key) | ("text", text) | ("bullet", text)
        # | ("number", text) | ("columns", [blocks]) | ("pagebreak",)
        self.blocks = []


def parse(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    options = dict(RENDER_OPTIONS)
    index = 0
    if lines and lines[0].strip() == "---":
        index = 1
        while lines[index].strip() != "---":
            line = lines[index].split(" #", 1)[0].strip() if " #" in lines[index] else lines[index].strip()
            if line:
                key, _, value = line.partition(":")
                key = key.strip()
                if key not in RENDER_OPTIONS:
                    raise ValueError(f"{path}:{index + 1}: unknown option {key!r}")
                options[key] = value.strip().strip('"')
            index += 1
        index += 1
    mandates = []
    target = None  # the block list new blocks go to (a mandate's, or a columns group's)
    preamble = []  # blocks before the first title (a non-mandate has only these)
    target = preamble
    for number, raw in enumerate(lines[index:], start=index + 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        where = f"{path}:{number}"
        if line.startswith("# "):
            mandates.append(Mandate(line[2:].strip()))
            target = mandates[-1].blocks
        elif line.startswith("@"):
            fact, _, value = line[1:].partition(" ")
            if fact == "pagebreak":
                target.append(("pagebreak",))
            elif not mandates:
                raise ValueError(f"{where}: @{fact} before a title")
            else:
                mandates[-1].facts[fact] = value.strip()
        elif line.startswith("::: columns"):
            group = ("columns", [])
            target.append(group)
            outer, target = target, group[1]
        elif line.strip() == ":::":
            target = outer
        elif match := re.match(r"^(#{2,3}) (.+?)(?: \{(\w+)\})?$", line):
            level, text, key = len(match.group(1)), match.group(2).strip(), match.group(3)
            if key is None and options["mandate"] == "yes":
                raise ValueError(f"{where}: heading without a {{key}}")
            target.append(("heading", level, text, key))
        elif line.startswith("- "):
            target.append(("bullet", line[2:].strip()))
        elif match := re.match(r"^\d+\. (.+)$", line):
            target.append(("number", match.group(1).strip()))
        else:
            target.append(("text", line.strip()))
    if options["mandate"] == "yes" and not mandates:
        raise ValueError(f"{path}: a mandate source needs a '# title' line")
    if preamble and mandates:
        raise ValueError(f"{path}: text before the first title")
    if not mandates:
        pseudo = Mandate(None)
        pseudo.blocks = preamble
        mandates = [pseudo]
    return Source(name, options, mandates)


def flat(blocks):
    """The blocks with the sections of `columns` groups in line, as a reader meets them."""
    for block in blocks:
        if block[0] == "columns":
            yield from block[1]
        else:
            yield block


def _nullable(value):
    return None if value in ("", "-") else value


def gold_mandate(mandate):
    """The mandate as the gold file states it: Mandat's JSON contract without ids and sources."""
    sections = []
    for block in flat(mandate.blocks):
        kind = block[0]
        if kind == "pagebreak":
            continue
        if kind == "heading":
            sections.append({"key": block[3], "heading": block[2], "text": "", "items": []})
            continue
        if not sections:
            sections.append({"key": "other", "heading": "", "text": "", "items": []})
        section = sections[-1]
        if kind == "text":
            section["text"] = (section["text"] + " " + block[1]).strip()
        else:
            section["items"].append(block[1])
    facts = mandate.facts
    kind, name, organization = (part.strip() for part in facts["group"].split("|"))
    employer, years = (part.strip() for part in facts.get("chair", "- | -").split("|"))

    def items(key):
        return [item for section in sections if section["key"] == key for item in section["items"]]

    def passage(key):
        texts = [section["text"] for section in sections if section["key"] == key]
        if not texts:
            return None
        return " ".join(text for text in texts if text)

    gold = {
        "title": mandate.title,
        "group": {"kind": kind, "name": name, "organization": _nullable(organization)},
        "regions": [region.strip() for region in facts.get("regions", "").split(";") if region.strip()],
        "chair": {
            "employedBy": _nullable(employer),
            "rotationYears": None if years == "-" else int(years),
            "duties": items("chair"),
        },
        "participants": {"employedBy": _nullable(facts.get("participants", "-")), "duties": items("participants")},
        "sections": sections,
    }
    for key in NAMED_LISTS:
        gold[key] = items(key)
    for key in NAMED_PASSAGES:
        gold[key] = passage(key)
    return gold


def gold(source):
    mandates = [gold_mandate(mandate) for mandate in source.mandates] if source.is_mandate else []
    return {"document": source.name, "mandates": mandates}


def write_gold(source, path):
    with open(path, "w", encoding="utf-8") as file:
        json.dump(gold(source), file, ensure_ascii=False, indent=2, sort_keys=True)
        file.write("\n")

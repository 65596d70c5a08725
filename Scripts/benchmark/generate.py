"""Generates the benchmark corpus: typeset mandate PDFs varied from the hand-written sources.

    python3 Scripts/benchmark/generate.py CORPUS --files N [--compiled PAGES] [--jobs J]

Every mandate source of Scripts/corpus/sources/ (and sources/years/) is a template. File i is
made from template i mod T with a random generator seeded by i, so the corpus is the same from run
to run and the first 40 files of a 500-file corpus are the 40 files of a small one. What varies:

- the group's name (from the programme areas and common RSG/RAG subjects), in the title and
  wherever the text names the group ("RSG läkemedel");
- the healthcare region: another one with as many member regions (Södra ↔ Norra,
  Stockholm-Gotland ↔ Västra), and the order in which the member regions are named;
- the task lists: items shuffled within each list, some dropped, some borrowed from other mandates'
  lists of the same section;
- dates: diarienummer, adoption date, and every year of the text moved by the same offset;
- the typesetting (Scripts/corpus/typeset.py, reportlab): font (Times, Helvetica, DejaVu Sans,
  DejaVu Serif), size 9.5–12 pt, one or two columns, larger or bold headings, hyphenation,
  justified or ragged, bullet glyph, numbering style, ligatures, no-break spaces, running header,
  footer and page-number style.

Each file has 2 to 4 pages: a shorter one gets a page break before a middle heading, a longer one
a smaller font or two columns. No two files are byte-identical.

The pool CORPUS/pool/ holds the files made so far (m0000.pdf, …; compiled-<PAGES>.pdf) and a
stamp of the generator's and the sources' content hash: a changed generator or source empties the
pool, otherwise only missing files are made. CORPUS/mandates-N/ then holds hard links to the first
N files, and CORPUS/compiled-<PAGES>/ the compiled PDF: PAGES pages of mandates set back to back
in one typeset document, each starting on a new page, in one style.

Prints one line of JSON: the folders made, their file, page and mandate counts.
"""
import argparse
import copy
import glob
import hashlib
import json
import multiprocessing
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_SCRIPTS = os.path.join(os.path.dirname(HERE), "corpus")
sys.path.insert(0, CORPUS_SCRIPTS)

import mandate_source  # noqa: E402
import reportlab  # noqa: E402
import typeset  # noqa: E402

GENERATOR_VERSION = "1"

# Healthcare regions and their member regions, as the sources name them.
ORGANIZATIONS = {
    "Sydöstra sjukvårdsregionen": ["Region Jönköpings län", "Region Kalmar län", "Region Östergötland"],
    "Södra sjukvårdsregionen": ["Region Skåne", "Region Blekinge", "Region Kronoberg", "Region Halland"],
    "Norra sjukvårdsregionen": ["Region Norrbotten", "Region Västerbotten", "Region Västernorrland",
                                "Region Jämtland Härjedalen"],
    "Sjukvårdsregion Mellansverige": ["Region Uppsala", "Region Örebro län", "Region Värmland", "Region Dalarna",
                                      "Region Gävleborg", "Region Västmanland", "Region Sörmland"],
    "Stockholm-Gotlands sjukvårdsregion": ["Region Stockholm", "Region Gotland"],
    "Västra sjukvårdsregionen": ["Västra Götalandsregionen", "Region Halland"],
}

GROUP_NAMES = [
    "akut vård", "cancersjukdomar", "endokrina sjukdomar", "hud- och könssjukdomar",
    "hjärt- och kärlsjukdomar", "infektionssjukdomar", "kvinnosjukdomar och förlossning", "levnadsvanor",
    "lung- och allergisjukdomar", "mag- och tarmsjukdomar", "medicinsk diagnostik", "nervsystemets sjukdomar",
    "njur- och urinvägssjukdomar", "primär- och nära vård", "rehabilitering och habilitering",
    "sällsynta sjukdomar", "äldres hälsa", "ögonsjukdomar", "öron-, näs- och halssjukdomar",
    "vaccinationer", "läkemedel", "medicinsk teknik", "kvalitetsregister", "patientsäkerhet", "upphandling",
    "digital utveckling", "vårdhygien", "smärta", "diabetes", "reumatologi", "obesitas", "demens",
    "hörsel", "nutrition", "sårbehandling", "ortopedi", "urologi", "bröstcancer", "prostatacancer",
    "barnkirurgi", "ambulanssjukvård", "katastrofmedicin", "transfusionsmedicin", "klinisk genetik",
]

FONTS = ["Times", "Helvetica", "DejaVuSans", "DejaVuSerif"]
SIZES = ["9.5", "10", "10.5", "11", "11.5", "12"]
BULLETS = ["•", "–", "▪", "●", "-"]
NUMBERINGS = ["1.", "1)", "a)"]
PAGE_NUMBERS = ["Sida {page} av {pages}", "{page} ({pages})", "{page}", ""]
ITEM_KINDS = ("bullet", "number")
YEAR = re.compile(r"\b(20[0-3]\d)\b")


def source_paths():
    return sorted(glob.glob(os.path.join(CORPUS_SCRIPTS, "sources", "*.md"))
                  + glob.glob(os.path.join(CORPUS_SCRIPTS, "sources", "years", "*", "*.md")))


def templates():
    """The mandate sources, parsed: [(name, Source)]."""
    found = []
    for path in source_paths():
        name = os.path.splitext(os.path.basename(path))[0]
        source = mandate_source.parse(path, name)
        if source.is_mandate:
            found.append((path, source))
    return found


def fingerprint():
    """What the pool depends on: this generator, the renderer and every source."""
    digest = hashlib.sha256(f"{GENERATOR_VERSION} reportlab {reportlab.Version}".encode())
    files = [os.path.abspath(__file__)] + [os.path.join(CORPUS_SCRIPTS, name) for name in
                                            ("typeset.py", "mandate_source.py", "text_rules.py")]
    for path in files + source_paths():
        digest.update(os.path.relpath(path, CORPUS_SCRIPTS).encode())
        with open(path, "rb") as file:
            digest.update(file.read())
    return digest.hexdigest()[:16]


def item_pool(sources):
    """Every list item of every template, by its section's key."""
    pool = {}
    for _, source in sources:
        for mandate in source.mandates:
            key = None
            for block in mandate_source.flat(mandate.blocks):
                if block[0] == "heading":
                    key = block[3]
                elif block[0] in ITEM_KINDS and key:
                    pool.setdefault(key, []).append(block[1])
    return pool



class Variation:
    """One file's choices: the replacements of its text and its typesetting options."""

    def __init__(self, rng, source):
        first = source.mandates[0]
        kind, name, organization = (part.strip() for part in first.facts["group"].split("|"))
        self.rng = rng
        self.group = name
        self.new_group = rng.choice([candidate for candidate in GROUP_NAMES if candidate != name])
        self.replacements = []  # (old, new), applied at once
        regions = ORGANIZATIONS.get(organization)
        if regions:
            partners = [org for org, members in ORGANIZATIONS.items() if len(members) == len(regions)]
            target = rng.choice(partners)
            members = list(ORGANIZATIONS[target])
            rng.shuffle(members)
            self.replacements.append((organization, target))
            self.replacements += list(zip(regions, members))
        self.year_offset = rng.randint(-3, 2)

    def text(self, text):
        if not self.replacements and not self.year_offset:
            return text
        pattern = "|".join(re.escape(old) for old, _ in sorted(self.replacements, key=lambda pair: -len(pair[0])))
        table = dict(self.replacements)
        if pattern:
            text = re.sub(pattern, lambda match: table[match.group(0)], text)
        return YEAR.sub(lambda match: str(int(match.group(1)) + self.year_offset), text)

    def title(self, title):
        title = self.text(title)
        return re.sub(rf"\b{re.escape(self.group)}\b", self.new_group, title, count=1)

    def body(self, text):
        text = self.text(text)
        return re.sub(rf"\b(RSG|RPO|RAG) {re.escape(self.group)}\b", rf"\1 {self.new_group}", text)


def vary_blocks(blocks, variation, pool, rng):
    """The blocks with their text varied and their item lists shuffled, thinned and extended."""
    result = []
    key = None
    run = []

    def close_run():
        if not run:
            return
        items = list(run)
        rng.shuffle(items)
        kept = [item for item in items if rng.random() > 0.2] if len(items) > 3 else items
        if len(kept) < 2:
            kept = items[:2]
        borrowed = [text for text in pool.get(key, []) if text not in {item[1] for item in items}]
        for _ in range(rng.randint(0, 2) if borrowed and key in ("generalTasks", "specificTasks", "tasks") else 0):
            kept.insert(rng.randint(0, len(kept)), (kept[0][0], rng.choice(borrowed)))
        result.extend((kind, variation.body(text)) for kind, text in kept)
        run.clear()

    for block in blocks:
        if block[0] in ITEM_KINDS:
            run.append(block)
            continue
        close_run()
        if block[0] == "heading":
            key = block[3]
            result.append(("heading", block[1], variation.body(block[2]), block[3]))
        elif block[0] == "text":
            result.append(("text", variation.body(block[1])))
        elif block[0] == "columns":
            result.append(("columns", vary_blocks(block[1], variation, pool, rng)))
        else:
            result.append(block)
    close_run()
    return result


def options_for(rng, base, variation, organization_text):
    options = dict(base)
    font = rng.choice(FONTS)
    year = 2023 + variation.year_offset
    dnr = f"Dnr RSL {year}/{rng.randint(1, 400):04d}"
    adopted = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    header = rng.choice([f"{organization_text} | {dnr}", f"{organization_text} | {dnr} | Version {rng.randint(1, 4)}",
                         ""])
    options.update({
        "render": "typeset",
        "also": "",
        "font": font,
        "size": rng.choice(SIZES),
        "columns": "2" if rng.random() < 0.35 else "1",
        "headings": rng.choice(["larger", "larger", "bold"]),
        "hyphenate": rng.choice(["yes", "yes", "no"]),
        "justify": rng.choice(["yes", "no"]),
        "bullet": rng.choice(BULLETS),
        "numbering": rng.choice(NUMBERINGS),
        "ligatures": "yes" if font.startswith("DejaVu") and rng.random() < 0.5 else "no",
        "nbsp": rng.choice(["yes", "no"]),
        "header": header,
        "footer": rng.choice([f"Fastställd {adopted}", f"Fastställd av Regionsjukvårdsledningen {adopted}",
                              organization_text, ""]),
        "page-numbers": rng.choice(PAGE_NUMBERS),
        "author": rng.choice(["Regionsjukvårdsledningens stab", "Kansliet för kunskapsstyrning", ""]),
    })
    return options


def varied_source(index, sources, pool):
    """File index's Source: template index mod T, varied with a generator seeded by index."""
    rng = random.Random(f"mandat-bench-{index}")
    _, template = sources[index % len(sources)]
    variation = Variation(rng, template)
    mandates = []
    for original in template.mandates:
        mandate = mandate_source.Mandate(variation.title(original.title))
        mandate.facts = dict(original.facts)
        mandate.blocks = vary_blocks(copy.deepcopy(original.blocks), variation, pool, rng)
        mandates.append(mandate)
    organization = template.mandates[0].facts["group"].split("|")[2].strip()
    options = options_for(rng, template.options, variation, variation.text(organization))
    return mandate_source.Source(f"m{index:04d}", options, mandates), rng


def page_count(source):
    setter = typeset.Typesetter(source)
    setter.render()
    if not setter.pages[-1] and len(setter.pages) > 1:
        setter.pages.pop()
    return len(setter.pages)


def fitted(source, rng, low=2, high=4):
    """The source adjusted until it sets on low to high pages."""
    for _ in range(8):
        pages = page_count(source)
        if low <= pages <= high:
            return source
        options = dict(source.options)
        if pages > high:
            size = float(options["size"])
            if size > 9.5:
                options["size"] = str(max(9.5, size - 1))
            elif options["columns"] == "1":
                options["columns"] = "2"
            else:
                for mandate in source.mandates:  # drop a page break, then list items
                    if ("pagebreak",) in mandate.blocks[:-1]:
                        mandate.blocks.remove(("pagebreak",))
                        break
                else:
                    for mandate in source.mandates:
                        items = [block for block in mandate.blocks if block[0] in ITEM_KINDS]
                        for block in items[::3]:
                            mandate.blocks.remove(block)
        else:
            mandate = source.mandates[-1]
            headings = [position for position, block in enumerate(mandate.blocks) if block[0] == "heading"]
            if headings and ("pagebreak",) not in mandate.blocks:
                position = headings[len(headings) // 2]
                mandate.blocks.insert(position, ("pagebreak",))
            else:
                options["size"] = str(min(12, float(options["size"]) + 1))
        source = mandate_source.Source(source.name, options, source.mandates)
    raise ValueError(f"{source.name}: cannot set it on {low} to {high} pages")


_SOURCES = None
_POOL = None


def _init():
    global _SOURCES, _POOL
    _SOURCES = templates()
    _POOL = item_pool(_SOURCES)


def make_file(job):
    index, path = job
    source, rng = varied_source(index, _SOURCES, _POOL)
    source = fitted(source, rng)
    partial = path + ".part"
    typeset.render(source, partial)
    os.replace(partial, path)
    return index, page_count(source), len(source.mandates)


def compiled_source(pages_wanted, sources, pool):
    """Mandates set back to back on exactly pages_wanted pages, each from a new page, in one style."""
    style = dict(mandate_source.RENDER_OPTIONS, render="typeset", font="Times", size="11", columns="1",
                 headings="larger", hyphenate="yes", justify="yes", bullet="•", numbering="1)",
                 header="Samlade uppdragsbeskrivningar | Regionsjukvårdsledningen",
                 footer="Sammanställning 2024", author="Regionsjukvårdsledningens stab")
    mandates, total, index = [], 0, 100000
    while total < pages_wanted:
        varied, _ = varied_source(index, sources, pool)
        index += 1
        for mandate in varied.mandates:
            if mandate.blocks and mandate.blocks[-1] == ("pagebreak",):
                mandate.blocks.pop()
            alone = page_count(mandate_source.Source("one", style, [mandate]))
            if total + alone > pages_wanted:
                continue
            if mandates:
                mandates[-1].blocks.append(("pagebreak",))
            mandates.append(mandate)
            total += alone
        if index > 100000 + 50 * pages_wanted:
            raise ValueError(f"cannot fill {pages_wanted} pages")
    return mandate_source.Source("compiled", style, mandates)


def link_set(pool_dir, folder, names):
    """folder holds exactly names, as hard links to the pool's files."""
    os.makedirs(folder, exist_ok=True)
    wanted = set(names)
    for name in os.listdir(folder):
        if name not in wanted:
            os.remove(os.path.join(folder, name))
    for name in names:
        target = os.path.join(folder, name)
        source = os.path.join(pool_dir, name)
        if os.path.exists(target) and os.path.samefile(target, source):
            continue
        if os.path.exists(target):
            os.remove(target)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--compiled", type=int, default=0, help="pages of the compiled PDF (0: none)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    arguments = parser.parse_args()

    pool_dir = os.path.join(arguments.corpus, "pool")
    stamp_path = os.path.join(pool_dir, "stamp.json")
    stamp = None
    if os.path.exists(stamp_path):
        with open(stamp_path) as file:
            old = json.load(file)
        if old.get("fingerprint") == fingerprint():
            stamp = old
    if stamp is None:  # a new generator or source: nothing in the pool is valid
        shutil.rmtree(pool_dir, ignore_errors=True)
        stamp = {"fingerprint": fingerprint(), "pages": {}, "mandates": {}}
    os.makedirs(pool_dir, exist_ok=True)

    names = [f"m{index:04d}.pdf" for index in range(arguments.files)]
    missing = [(index, os.path.join(pool_dir, name)) for index, name in enumerate(names)
               if name not in stamp["pages"] or not os.path.exists(os.path.join(pool_dir, name))]
    if missing:
        print(f"generating {len(missing)} mandate PDFs …", file=sys.stderr, flush=True)
        with multiprocessing.Pool(max(1, arguments.jobs), initializer=_init) as workers:
            for index, pages, mandates in workers.imap_unordered(make_file, missing, chunksize=4):
                stamp["pages"][f"m{index:04d}.pdf"] = pages
                stamp["mandates"][f"m{index:04d}.pdf"] = mandates
        with open(stamp_path + ".part", "w") as file:
            json.dump(stamp, file, indent=1, sort_keys=True)
        os.replace(stamp_path + ".part", stamp_path)

    digests = {}
    for name in names:
        with open(os.path.join(pool_dir, name), "rb") as file:
            digest = hashlib.sha256(file.read()).hexdigest()
        if digest in digests:
            raise SystemExit(f"{name} and {digests[digest]} are identical")
        digests[digest] = name
    pages = [stamp["pages"][name] for name in names]
    if not all(2 <= count <= 4 for count in pages):
        raise SystemExit("a generated file is not 2 to 4 pages long")
    mandates_dir = os.path.join(arguments.corpus, f"mandates-{arguments.files}")
    link_set(pool_dir, mandates_dir, names)
    made = {"mandates": {"folder": mandates_dir, "files": len(names), "pages": sum(pages),
                         "mandates": sum(stamp["mandates"][name] for name in names)}}

    if arguments.compiled:
        name = f"compiled-{arguments.compiled}.pdf"
        if name not in stamp["pages"] or not os.path.exists(os.path.join(pool_dir, name)):
            print(f"generating the {arguments.compiled}-page compiled PDF …", file=sys.stderr, flush=True)
            _init()
            source = compiled_source(arguments.compiled, _SOURCES, _POOL)
            typeset.render(source, os.path.join(pool_dir, name + ".part"))
            os.replace(os.path.join(pool_dir, name + ".part"), os.path.join(pool_dir, name))
            stamp["pages"][name] = page_count(source)
            stamp["mandates"][name] = len(source.mandates)
            with open(stamp_path + ".part", "w") as file:
                json.dump(stamp, file, indent=1, sort_keys=True)
            os.replace(stamp_path + ".part", stamp_path)
        compiled_dir = os.path.join(arguments.corpus, f"compiled-{arguments.compiled}")
        link_set(pool_dir, compiled_dir, [name])
        made["compiled"] = {"folder": compiled_dir, "files": 1, "pages": stamp["pages"][name],
                            "mandates": stamp["mandates"].get(name)}
    print(json.dumps(made, ensure_ascii=False))


if __name__ == "__main__":
    main()

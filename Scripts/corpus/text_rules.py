"""Swedish text rules the corpus renderers share: hyphenation points, soft hyphens, no-break spaces,
and the label of a numbered item.

A word that already holds a hyphen (`covid-19-pandemin`, `RSG-ordförande`, `hälso-`) is never
given another break point: it may break only after its own hyphen. That keeps every line-end
hyphen of the corpus either an added one inside a plain word or the word's own.
"""
import re

import pyphen

SWEDISH = pyphen.Pyphen(lang="sv_SE")

# A plain word of eight letters or more, not touching a hyphen, a digit or another word character.
_LONG_WORD = re.compile(r"(?<![\w\-\u00ad])[^\W\d_]{8,}(?![\w\-])")


def soft_hyphenated(text):
    """Puts soft hyphens (U+00AD) at the Swedish hyphenation points of long plain words."""
    return _LONG_WORD.sub(lambda word: SWEDISH.inserted(word.group(0), hyphen="\u00ad"), text)


def no_break_spaces(text):
    """No-break spaces after a number before the next word or digit group ("700 000", "5 procent",
    "3 §") and after "§" ("§ 3")."""
    text = re.sub(r"(?<=\d) (?=[\w§%])", "\u00a0", text)
    return re.sub(r"§ (?=\S)", "§\u00a0", text)


def number_label(style, index):
    """The label of the index-th (from 0) item of a numbered run in the style 1. | 1) | a)."""
    if style == "a)":
        return f"{chr(ord('a') + index)})"
    if style == "1)":
        return f"{index + 1})"
    return f"{index + 1}."


def labelled(blocks, style):
    """Yields (block, label) with the label of each number item, counting from 1 in each run."""
    run = 0
    for block in blocks:
        if block[0] == "number":
            yield block, number_label(style, run)
            run += 1
        else:
            run = 0
            yield block, None


class HeadingNumbers:
    """The numbers of headings asked for by `heading-numbers: yes`: `1`, `2`, `2.1` (### under ##),
    counted in reading order and anew in each mandate."""

    def __init__(self):
        self.counts = [0, 0]

    def label(self, level):
        if level == 2:
            self.counts = [self.counts[0] + 1, 0]
            return str(self.counts[0])
        self.counts[1] += 1
        return f"{self.counts[0]}.{self.counts[1]}"


def cover_fields(value):
    """The (field, value) pairs of a `cover` option: "Dokumenttyp=Uppdragsbeskrivning; Datum=…"."""
    pairs = []
    for part in value.split(";"):
        if part.strip():
            field, separator, text = part.partition("=")
            if not separator:
                raise ValueError(f"cover field {part.strip()!r} has no '='")
            pairs.append((field.strip(), text.strip()))
    return pairs


def task_row(text):
    """A task-table item's two cells: the label before the first ': ' and the text after it."""
    label, separator, rest = text.partition(": ")
    if not separator:
        raise ValueError(f"task-table item {text!r} has no 'Label: '")
    return label, rest

"""Renders a corpus source as a UTF-8 text file, as text copied from a web page or an editor.

The title is the first line; every paragraph, heading and list item is one line, with a blank line
between blocks. Bullet items start with the source's bullet glyph, numbered items with their label
(`1.`, `1)` or `a)`, counting from 1 in each run of items). The sections of a `columns` group
follow one another; a page break is only the blank line between blocks. Options: `soft-hyphens`
(U+00AD at the Swedish hyphenation points of long words, as a web page's text carries them) and
`nbsp` (U+00A0 after a number before the next word and after "§").
"""
import sys

import text_rules


def _flat(blocks):
    for block in blocks:
        if block[0] == "columns":
            yield from block[1]
        elif block[0] != "pagebreak":
            yield block


def text(source):
    options = source.options
    soft = options["soft-hyphens"] == "yes"
    nbsp = options["nbsp"] == "yes"

    def prose(string, hyphens=soft):
        if nbsp:
            string = text_rules.no_break_spaces(string)
        if hyphens:
            string = text_rules.soft_hyphenated(string)
        return string

    lines = []
    for mandate in source.mandates:
        if mandate.title:
            lines.append(prose(mandate.title, hyphens=False))
        for block, label in text_rules.labelled(_flat(mandate.blocks), options["numbering"]):
            kind = block[0]
            if kind == "heading":
                lines.append(prose(block[2], hyphens=False))
            elif kind == "text":
                lines.append(prose(block[1]))
            elif kind == "bullet":
                lines.append(f"{options['bullet']} {prose(block[1])}")
            elif kind == "number":
                lines.append(f"{label} {prose(block[1])}")
            else:
                raise ValueError(f"{source.name}: unknown block {kind}")
    return "\n\n".join(lines) + "\n"


def render(source, path):
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(text(source))


if __name__ == "__main__":
    import os

    import mandate_source

    source_path, output = sys.argv[1:3]
    render(mandate_source.parse(source_path, os.path.splitext(os.path.basename(source_path))[0]), output)

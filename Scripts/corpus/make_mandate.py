"""Writes the reference mandate as .docx, for LibreOffice to turn into the corpus PDF."""
import sys

import reference_mandate as mandate
import word_document

word_document.build(
    mandate.BODY, mandate.HEADER, mandate.FOOTER, mandate.AUTHOR, mandate.TITLE, sys.argv[1])

#ifndef MANDAT_CLIBXML2_SHIM_H
#define MANDAT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* encoding.h would include the system's ICU headers, whose declarations clash with the ICU that
   Foundation bundles. Mandat never uses libxml2's ICU converters (it reaches the encoding
   handler only through pointers), so their declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif

#ifndef MANDAT_CPOPPLER_SHIM_H
#define MANDAT_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib-object.h>
#endif

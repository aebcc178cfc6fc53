// libxml2's push parser and SAX2 callbacks: what the MS Project XML import reads with
// (Debian: libxml2-dev). The include path comes from pkg-config (libxml-2.0).
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU
// headers, which clash with the copy Foundation carries. Nothing here uses ICU converters, and
// the only struct that changes without them (xmlCharEncodingHandler) is used through pointers.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif

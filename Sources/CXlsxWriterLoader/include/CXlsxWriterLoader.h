#ifndef ANNEX_XLSXWRITER_LOADER_H
#define ANNEX_XLSXWRITER_LOADER_H

#include <stdbool.h>

/// Opens libxlsxwriter, once per process; false when it cannot be opened (`annex_xlsxwriter_problem` says why).
/// The program is not linked with it: its functions (`functions.h`) open it at their first call, so that
/// a run that writes no workbook with figures does not load it, nor OpenSSL's libcrypto, which it needs.
bool annex_xlsxwriter_open(void);

/// Why libxlsxwriter could not be opened (the dynamic loader's words), or NULL.
const char *annex_xlsxwriter_problem(void);

#endif

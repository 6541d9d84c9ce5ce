// zlib: deflate and CRC-32 for the ZIP files annex writes itself (the ODS, large XLSX sheets).
#include <zlib.h>

// deflateInit2 is a macro in zlib.h, which Swift does not import.
static inline int annex_deflate_init(z_streamp stream, int level, int memory_level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, memory_level, Z_DEFAULT_STRATEGY);
}

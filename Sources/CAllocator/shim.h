// Sets glibc's allocator for a program that runs briefly, on a few threads, and fills buffers of up
// to tens of megabytes: glibc's mallopt, which Swift's Glibc module does not declare. Elsewhere
// (another C library) it does nothing.
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

static inline void annex_tune_allocator(int arenas, int mmapThreshold, int trimThreshold) {
#ifdef __GLIBC__
    (void)mallopt(M_ARENA_MAX, arenas);
    (void)mallopt(M_MMAP_THRESHOLD, mmapThreshold);
    (void)mallopt(M_TRIM_THRESHOLD, trimThreshold);
#else
    (void)arenas;
    (void)mmapThreshold;
    (void)trimThreshold;
#endif
}

// Swaps two paths in one atomic step: Linux's renameat2 with RENAME_EXCHANGE (glibc 2.28, Linux
// 3.15), which Swift's Glibc module does not declare. Elsewhere, or on a file system without it,
// it fails with ENOSYS or EINVAL and annex renames the old folder aside instead.
#include <errno.h>
#include <fcntl.h>

#ifdef __linux__
extern int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);
#endif

static inline int annex_exchange_paths(const char *first, const char *second) {
#ifdef __linux__
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, 1 << 1 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

// Starts writing a file's data to disk without waiting for it: Linux's sync_file_range with
// SYNC_FILE_RANGE_WRITE, which Swift's Glibc module does not declare. A later fsync then finds
// the data on its way or written. Elsewhere it does nothing; the fsync does all the work.
#include <fcntl.h>

#ifdef __linux__
extern int sync_file_range(int fd, __off64_t offset, __off64_t count, unsigned int flags);
#endif

static inline void annex_start_writeback(int descriptor) {
#ifdef __linux__
    (void)sync_file_range(descriptor, 0, 0, 2 /* SYNC_FILE_RANGE_WRITE */);
#else
    (void)descriptor;
#endif
}

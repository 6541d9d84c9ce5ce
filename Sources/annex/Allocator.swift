import CAllocator

/// glibc's allocator set for how annex runs: a fraction of a second, a few threads, files of up to
/// tens of megabytes built in memory one after the other. By default glibc gives each thread an
/// arena of its own, maps every buffer over 128 KB afresh and returns freed memory at the heap's
/// top to the system, so each file's buffers are new pages the kernel must fault in and zero
/// (a fifth of the seed annex's CPU time). Set by `annex build` before any thread starts; the other
/// commands build no such files and keep glibc's defaults (`annex check` is slower with these).
enum Allocator {
    /// Two arenas, as many as the build's lanes (docs/performance.md, the thirty-second sitting): a thread
    /// gets one of its own while there are fewer, then the one not in use, so the lanes seldom wait for
    /// each other's allocations, and the pages one file freed still serve the next. With one arena for
    /// all threads they waited on its lock, asleep in the kernel, hundreds of times a build: 6–8% more
    /// CPU time for the seed annex when both processors were its own.
    static let arenas: Int32 = 2
    /// Buffers up to 32 MB (glibc's largest threshold) come from the heap, not from a mapping of their own.
    static let mmapThreshold: Int32 = 32 << 20
    /// Freed memory at the heap's top is kept for the next buffer up to 256 MB.
    static let trimThreshold: Int32 = 256 << 20

    static func tune() {
        annex_tune_allocator(arenas, mmapThreshold, trimThreshold)
    }
}

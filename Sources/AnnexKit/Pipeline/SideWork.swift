import Foundation

/// Work run on a thread of its own while the caller goes on, and waited for with `result()`: the
/// build writes the workbook on one processor while it writes the other files on another.
final class SideWork: @unchecked Sendable {
    /// The thread's stack, as large as the main thread's: the work may be any part of the build.
    private static let stackSize = 8 << 20

    private let done = DispatchSemaphore(value: 0)
    /// Set once by the thread before it signals `done`, read only after waiting for it.
    private var outcome: Result<Void, Error> = .success(())
    private var waited = false

    init(_ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            outcome = Result { try work() }
            done.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Waits until the work is done; throws what it threw. Only the first call waits.
    func result() throws {
        if !waited {
            done.wait()
            waited = true
        }
        try outcome.get()
    }
}

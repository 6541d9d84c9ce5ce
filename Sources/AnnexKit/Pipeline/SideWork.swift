import Foundation

/// Work run on a thread of its own while the caller goes on, and waited for with `result()`: the
/// loader reads the maps beside the tables; the build writes the workbooks and works out the
/// machine-readable files beside the other files.
final class SideWork<Value: Sendable>: @unchecked Sendable {
    /// The thread's stack, as large as the main thread's: the work may be any part of the build.
    private static var stackSize: Int { 8 << 20 }

    private let done = DispatchSemaphore(value: 0)
    /// Set once by the thread before it signals `done`, read only after waiting for it.
    private var outcome: Result<Value, Error>?
    /// Whether the caller has waited for `done`: read and set by the caller only, never by the thread.
    private var waited = false

    /// The run's `Limits` hold for the work as for the caller.
    init(_ work: @escaping @Sendable () throws -> Value) {
        let limits = Limits.current
        let thread = Thread { [self] in
            outcome = Result { try Limits.$current.withValue(limits) { try work() } }
            done.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Waits until the work is done; its value, or throws what it threw. Only the first call waits.
    func result() throws -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        return try outcome!.get()
    }
}

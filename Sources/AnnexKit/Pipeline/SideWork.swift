import Foundation

/// Work run on a thread of its own while the caller goes on, and waited for with `result()`: the
/// loader reads the maps beside the tables; the build lays out the workbooks' sheets and writes the XLSX
/// beside the other files. Any thread may wait for the result, any number of times: the XLSX's work
/// waits for the sheets' as the caller does.
final class SideWork<Value: Sendable>: @unchecked Sendable {
    /// The thread's stack, as large as the main thread's: the work may be any part of the build.
    private static var stackSize: Int { 8 << 20 }

    /// Left by the thread once the work is done; waited for by every caller of `result()`.
    private let done = DispatchGroup()
    /// Set once by the thread before it leaves `done`, read only after waiting for it.
    private var outcome: Result<Value, Error>?

    /// The run's `Limits` hold for the work as for the caller.
    init(_ work: @escaping @Sendable () throws -> Value) {
        let limits = Limits.current
        done.enter()
        let thread = Thread { [self] in
            outcome = Result { try Limits.$current.withValue(limits) { try work() } }
            done.leave()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Waits until the work is done; its value, or throws what it threw. Once it is done, a call returns at once.
    func result() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}

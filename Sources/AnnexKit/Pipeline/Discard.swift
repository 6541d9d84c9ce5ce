import Foundation

/// Values no longer needed, freed on a thread of their own while the caller goes on: the many small
/// allocations of a report's inputs and computed tables cost the caller nothing at its end (`annex check`).
enum Discard {
    /// Takes `value` over and frees it beside the caller. The caller gives up its own copies (`consume`), so
    /// that the last reference is the thread's, whichever finishes first.
    static func beside<Value>(_ value: consuming Value) {
        let held = Unmanaged.passRetained(Held(value))
        Thread { held.release() }.start()
    }

    /// The value, referred to by the thread only.
    private final class Held<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: consuming Value) { self.value = value }
    }
}

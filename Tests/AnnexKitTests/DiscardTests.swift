import Foundation
import Testing
@testable import AnnexKit

@Suite("Discard: values freed beside the caller")
struct DiscardTests {
    /// Says on which thread it was freed.
    final class Probe: @unchecked Sendable {
        let freed: DispatchSemaphore
        let thread: UnsafeMutablePointer<pthread_t>
        init(freed: DispatchSemaphore, thread: UnsafeMutablePointer<pthread_t>) {
            self.freed = freed
            self.thread = thread
        }
        deinit {
            thread.pointee = pthread_self()
            freed.signal()
        }
    }

    @Test("The value is freed, on a thread other than the caller's")
    func freedBeside() throws {
        let freed = DispatchSemaphore(value: 0)
        let thread = UnsafeMutablePointer<pthread_t>.allocate(capacity: 1)
        defer { thread.deallocate() }
        let caller = pthread_self()
        thread.pointee = caller
        let probe = Probe(freed: freed, thread: thread)
        Discard.beside(([consume probe], "kept with it"))
        #expect(freed.wait(timeout: .now() + 60) == .success)
        #expect(pthread_equal(thread.pointee, caller) == 0)
    }
}

import Foundation
import Testing
@testable import AnnexKit

@Suite("Work on a thread of its own")
struct SideWorkTests {
    @Test("What the work wrote is there once it is waited for; what it threw is thrown by result()")
    func outcome() throws {
        let box = Box()
        let work = SideWork {
            Thread.sleep(forTimeInterval: 0.05)
            box.value = 42
        }
        try work.result()
        #expect(box.value == 42)
        try work.result()  // a second call returns at once
        let failing = SideWork { throw XLSXError(path: "a.xlsx", .xlsxNotCreated) }
        #expect(throws: XLSXError.self) { try failing.result() }
        #expect(throws: XLSXError.self) { try failing.result() }
    }

    private final class Box: @unchecked Sendable {
        var value = 0
    }
}

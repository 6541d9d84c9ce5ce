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

    @Test("The run's limits hold for the work on other threads, and results keep the order of the pieces")
    func limitsAndOrder() throws {
        var limits = Limits()
        limits.listedErrors = 3
        let (side, pieces) = try Limits.$current.withValue(limits) {
            (try SideWork { Limits.current.listedErrors }.result(),
             SideBySide.map(16) { index in (index, Limits.current.listedErrors) })
        }
        #expect(side == 3)
        #expect(pieces.map(\.0) == Array(0..<16))
        #expect(pieces.allSatisfy { $0.1 == 3 })
    }

    private final class Box: @unchecked Sendable {
        var value = 0
    }
}

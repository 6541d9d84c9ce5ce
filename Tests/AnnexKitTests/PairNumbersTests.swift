import Testing
@testable import AnnexKit

/// `PairNumbers` numbers the distinct pairs of integers in the order they first come, as `FigureSources` numbers a
/// source by its record and line.
@Suite("Numbering pairs of integers")
struct PairNumbersTests {
    @Test("A pair seen before gets its number again; a new pair, the two swapped among them, the next number")
    func firstSeenOrder() {
        let pairs = [(0, 12), (1, 12), (0, 12), (12, 0), (0, -3), (1, 12), (-3, 0), (12, 0)]
        var numbers = PairNumbers()
        let numbered = pairs.map { numbers.number($0.0, $0.1) }
        #expect(numbered.map(\.number) == [0, 1, 0, 2, 3, 1, 4, 2])
        #expect(numbered.map(\.isNew) == [true, true, false, true, true, false, true, false])
    }

    @Test("Past the first table's room every pair keeps its number: lines of a few records, in and out of order")
    func grows() {
        var numbers = PairNumbers(capacity: 2)
        let pairs = (0..<3_000).map { (2 * ($0 % 7) + $0 % 2, $0 / 7 - 100) }
        let first = pairs.map { numbers.number($0.0, $0.1) }
        #expect(first.map(\.number) == Array(pairs.indices) && first.allSatisfy(\.isNew))
        let again = pairs.indices.reversed().map { numbers.number(pairs[$0].0, pairs[$0].1) }
        #expect(again.map(\.number) == Array(pairs.indices.reversed()) && again.allSatisfy { !$0.isNew })
        let extreme = numbers.number(Int.max, Int.min)
        #expect(extreme.number == 3_000 && extreme.isNew)
    }
}

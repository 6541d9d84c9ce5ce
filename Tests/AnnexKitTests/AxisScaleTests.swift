import BigInt
import Testing
@testable import AnnexKit

/// The value axis of a chart, for ordinary and for hostile values.
@Suite("Chart axis")
struct AxisScaleTests {
    @Test("Ticks of 1, 2 or 5 times a power of ten from zero past the largest value; positions in proportion")
    func ordinary() {
        let scale = AxisScale(minimum: 0, maximum: 17_386, decimals: 0, start: 0, end: 100)
        #expect(scale.ticks == [0, 5_000, 10_000, 15_000, 20_000].map { Exact($0) })
        #expect(scale.position(10_000) == 50)
        let fractions = AxisScale(minimum: -0.3, maximum: 0.4, decimals: 1, start: 0, end: 70)
        // 0,7 / 5 intervals = 0,14: a step of 0,2.
        #expect(fractions.ticks == [-4, -2, 0, 2, 4].map { Exact($0, over: 10) })
    }

    @Test("A 20-digit count gets exact ticks beyond 64 bits; a count beyond a Double's range draws at the end")
    func hostile() {
        // The count 99.999.999.999.999.999.999 as a coordinate: 1e20.
        let huge = AxisScale(minimum: 0, maximum: 1e20, decimals: 0, start: 0, end: 100)
        #expect(huge.ticks.last == Exact(BigInt(10).power(20)))
        #expect(huge.ticks.count == 6)
        let beyond = AxisScale(minimum: -.infinity, maximum: .infinity, decimals: 0, start: 0, end: 100)
        for value in [-Double.infinity, 0, .greatestFiniteMagnitude, .infinity, .nan] {
            let position = beyond.position(value)
            #expect(position.isFinite && (0...100).contains(position), "\(value) → \(position)")
        }
    }
}

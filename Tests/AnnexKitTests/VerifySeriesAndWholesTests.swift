import Foundation
import Testing

@testable import AnnexKit

/// False alarms of unseen prose: a post's place in its thread read as a quantity.
@Suite("verify: places in a series")
struct VerifySeriesAndWholesTests {
    @Test("A place in a series in brackets, '(3/8)', is no quantity")
    func seriesPosition() throws {
        let labels = Tokenizer.tokens(Array("telde 1.200 leden. (3/8)".unicodeScalars)).filter { $0.kind == .label }
        #expect(labels.map(\.text) == ["3", "8"])
        // 31.500 of 700.000 households is 4,5%; the place 3 of the thread is no part.
        let text = """
            In 2024 hadden 31.500 gezinnen een betalingsachterstand bij hun energieleverancier. Dat is 4,5 procent \
            van alle 700.000 gezinnen in de provincie. (3/8)
            """
        try expectVerdict(.consistent, of: "4,5 procent", in: text)
        // A fraction with a noun after it is no place in a series.
        let fraction = Tokenizer.tokens(Array("(1/3 van de leden)".unicodeScalars))
        #expect(fraction.filter { $0.kind == .number }.map(\.text) == ["1"])
    }
}

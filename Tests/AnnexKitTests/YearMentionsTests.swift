import Foundation
import Testing
@testable import AnnexKit

/// The years found in a text by hand are the ones the regular expression they replace finds.
@Suite("Years in a report's texts")
struct YearMentionsTests {
    static let pattern = try! NSRegularExpression(
        pattern: #"(?<![\d.,])((?:19|20)\d\d)(?:\s*[–—-]\s*((?:19|20)\d\d))?(?![\d.,]\d)"#)

    static func expected(_ text: String) -> [YearMentions.Match] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let part = { (range: NSRange) in (text as NSString).substring(with: range) }
            return YearMentions.Match(written: part(match.range), first: part(match.range(at: 1)),
                                      last: match.range(at: 2).location == NSNotFound ? nil : part(match.range(at: 2)))
        }
    }

    @Test("Hand-checked texts")
    func examples() {
        let found = Array(YearMentions("Instroom 2019–2022, in 2023 (2019,5 en 201955 niet; 1.2020 niet) 2019 - 2021."))
        #expect(found == [.init(written: "2019–2022", first: "2019", last: "2022"),
                          .init(written: "2023", first: "2023", last: nil),
                          .init(written: "2019 - 2021", first: "2019", last: "2021")])
        #expect(Array(YearMentions("2019-202211")) == [.init(written: "2019", first: "2019", last: nil)])
        #expect(Array(YearMentions("1899 2100 ٢٠٢٠ 20٢٣")) == [.init(written: "20٢٣", first: "20٢٣", last: nil)])
    }

    @Test("Random texts of years, digits, separators, dashes and white space, as the regular expression")
    func random() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["19", "20", "2019", "2022", "1999", "0", "5", "9", "٣", "𝟘", ".", ",", "-", "–", "—", " ", "\t",
                      "\u{0B}", "\u{85}", "\u{A0}", "\u{2028}", "a", "é", "\u{301}", "\n", "(", "/"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Array(YearMentions(text)) == Self.expected(text), "'\(text)'")
        }
    }
}

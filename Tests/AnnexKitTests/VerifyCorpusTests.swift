import Foundation
import Testing

@testable import AnnexKit

/// The verify corpus: Dutch sentences in six styles (news releases, monitors, letters to parliament,
/// annual reports, local news, research reports), written with hand-computed verdicts by someone
/// who had not read the implementation (`Fixtures/verify/corpus.yaml`, its conventions at the top).
@Suite("annex verify: the corpus written without reading the code")
struct VerifyCorpusTests {
    static let corpus = VerifyCorpusMeasure(file: "corpus.yaml")

    @Test("At least 90% of the checkable claims resolved, every planted mistake caught, no false alarm")
    func corpus() {
        let outcome = Self.corpus.run()
        #expect(Self.corpus.entries.count >= 200)
        #expect(outcome.resolvedShare >= 0.9, "resolved \(outcome.resolved) of \(outcome.checkable)")
        #expect(outcome.caught == outcome.planted, "caught \(outcome.caught) of \(outcome.planted) planted mistakes")
        #expect(outcome.alarms.isEmpty, "\(outcome.alarms.joined(separator: "\n"))")
    }
}

import Foundation
import Testing

@testable import AnnexKit

/// Factors written in words: a whole and a half ('twee en een half keer', 'drieënhalf keer'), 'anderhalf maal' and
/// hedged factors. In words of their own, each both ways.
@Suite("verify: factors in words")
struct VerifyFactorWordsTests {
    /// Two contrasted counts and a sentence that compares them by `factor`: 20 in Meppel against `count` in Assen.
    private func contrast(_ count: Int, _ factor: String) -> String {
        "In Assen kwamen \(count) aanvragen binnen, in Meppel 20. Assen telde daarmee \(factor) aanvragen als Meppel."
    }

    @Test("A whole and a half in words is the factor, not the half ('twee en een half keer')")
    func wholeAndHalf() throws {
        try expectVerdict(.consistent, of: "twee en een half keer zo veel",
                          in: contrast(50, "twee en een half keer zo veel"))
        try expectVerdict(.inconsistent, of: "drie en een half keer zo veel",
                          in: contrast(50, "drie en een half keer zo veel"))
        let change = "Het aantal aanvragen groeide van 40 naar 100: FACTOR keer zo veel."
        try expectVerdict(.consistent, of: "twee en een half keer zo veel",
                          in: change.replacingOccurrences(of: "FACTOR", with: "twee en een half"))
        try expectVerdict(.inconsistent, of: "vier en een half keer zo veel",
                          in: change.replacingOccurrences(of: "FACTOR", with: "vier en een half"))
    }

    @Test("A unit and a half written as one word ('drieënhalf', 'vierenhalf') and 'anderhalf maal'")
    func halfInOneWord() throws {
        try expectVerdict(.consistent, of: "drieënhalf keer zo veel", in: contrast(70, "drieënhalf keer zo veel"))
        try expectVerdict(.inconsistent, of: "drieënhalf keer zo veel", in: contrast(50, "drieënhalf keer zo veel"))
        try expectVerdict(.consistent, of: "vierenhalf keer zo veel", in: contrast(90, "vierenhalf keer zo veel"))
        try expectVerdict(.consistent, of: "anderhalf maal zoveel", in: contrast(30, "anderhalf maal zoveel"))
        try expectVerdict(.inconsistent, of: "anderhalf maal zoveel", in: contrast(50, "anderhalf maal zoveel"))
    }

    @Test("Hedged factors in words: 'ruim vier keer zoveel', 'bijna drie keer zo veel'")
    func hedgedFactors() throws {
        try expectVerdict(.consistent, of: "ruim vier keer zoveel", in: contrast(82, "ruim vier keer zoveel"))
        try expectVerdict(.inconsistent, of: "ruim vier keer zoveel", in: contrast(60, "ruim vier keer zoveel"))
        try expectVerdict(.consistent, of: "bijna drie keer zo veel", in: contrast(58, "bijna drie keer zo veel"))
        try expectVerdict(.inconsistent, of: "bijna drie keer zo veel", in: contrast(40, "bijna drie keer zo veel"))
    }
}

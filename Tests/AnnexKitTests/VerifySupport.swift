import Foundation
import Testing

@testable import AnnexKit

/// Verifiers built once: for a text on its own, for the mini fixture and for the real report.
enum Verifiers {
    static let text = Verifier(report: nil, citing: try! citationWords())
    static let mini = Result { try Verify.verifier(specPath: Paths.miniSpec, citing: try citationWords()) }
    static let real = Result { try Verify.verifier(specPath: Paths.realSpec, citing: try citationWords()) }

    /// The Dutch words of verify's output.
    static let dutch = Result { try Verify.words(templates: Paths.templates, language: .nl) }
    static let english = Result { try Verify.words(templates: Paths.templates, language: .en) }
}

/// The claims of `text`, checked on its own or with a report's verifier.
func verified(_ text: String, with verifier: Result<Verifier, Error>? = nil) throws -> [VerifiedClaim] {
    try (verifier?.get() ?? Verifiers.text).verify(TextDocument(text: text))
}

/// The only claim of `text`.
func onlyClaim(_ text: String, with verifier: Result<Verifier, Error>? = nil) throws -> VerifiedClaim {
    let found = try verified(text, with: verifier)
    #expect(found.count == 1, "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
    return try #require(found.first)
}

/// The claim written as `written` in `text`.
func claim(_ written: String, in text: String, with verifier: Result<Verifier, Error>? = nil) throws -> VerifiedClaim {
    let found = try verified(text, with: verifier)
    return try #require(found.first { $0.written == written }, "no claim '\(written)' in \(found.map(\.written))")
}

/// Expects the claim written as `written` in `text` to have the verdict `expected`.
func expectVerdict(_ expected: Verdict, of written: String, in text: String) throws {
    let found = try claim(written, in: text)
    #expect(found.verdict == expected, "\(reason(found))")
}

/// Expects the claim written as `written` in `text` to be of `kind`, with the verdict `expected` and, when given,
/// the recomputed value `value` (to a thousandth).
func expectClaim(
    _ written: String, in text: String, kind: ClaimKind, verdict expected: Verdict, value: Double? = nil
) throws {
    let found = try claim(written, in: text)
    #expect(found.kind == kind)
    #expect(found.verdict == expected, "\(reason(found))")
    if let value {
        #expect(abs((found.recomputedValue ?? 0) - value) < 0.001, "\(reason(found))")
    }
}

/// Expects every claim written as `written` in `text`, if there is one, to be `unverifiable`: the near cases that
/// must not be resolved.
func expectUnverifiable(_ written: String, in text: String) throws {
    let found = try verified(text).filter { $0.written == written }
    #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
}

/// The reason of a claim in Dutch.
func reason(_ claim: VerifiedClaim) -> String {
    (try? Verifiers.dutch.get().reason(claim.finding)) ?? "(no translation files)"
}

extension VerifiedClaim {
    /// The recomputed value as a double, for comparing with hand-computed values.
    var recomputedValue: Double? { recomputed?.double }
    var claimedValue: Double { claimed.double }
}

/// What a claim states.
public enum ClaimKind: String, Sendable, CaseIterable {
    case change, share, total, difference, average, rank
}

/// The outcome of checking a claim.
public enum Verdict: String, Sendable, CaseIterable {
    case consistent, inconsistent, unverifiable
}

/// A quantitative claim in a text, checked against a recomputation.
public struct VerifiedClaim: Sendable, Hashable {
    /// 1-based line of the claim's number in the text file.
    public let line: Int
    /// The sentence the claim stands in.
    public let quote: String
    public let kind: ClaimKind
    /// The number as stated, signed by its direction word (a decrease of 30,9% is −30.9).
    public let claimed: Double
    /// The recomputed value at full precision; nil when unverifiable without one.
    public let recomputed: Double?
    public let verdict: Verdict
    public let reason: String
    /// The figures used, as `table/region/measure/period = value`.
    public let sources: [String]
}

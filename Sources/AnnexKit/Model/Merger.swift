/// A municipal reorganisation (herindeling): from 1 January of `year`, `oldCode` is (part of) `newCode`.
/// A row with `oldCode == newCode` is a change of name only.
public struct Merger: Sendable, Hashable {
    public let year: Int
    public let oldCode: String
    public let newCode: String

    public var isRename: Bool { oldCode == newCode }
}

/// A fixed share of a split municipality's figures assigned to one successor.
public struct SplitKey: Sendable, Hashable {
    public let oldCode: String
    public let newCode: String
    /// Fraction between 0 and 1.
    public let share: Exact
}

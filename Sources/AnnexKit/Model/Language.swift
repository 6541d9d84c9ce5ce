/// The language an annex is written in. Dutch is the source language: the report spec, the data and
/// the corrections are written in Dutch; the texts for another language come from translation files.
public enum Language: String, Sendable, CaseIterable {
    case nl, en

    /// The source language.
    public static let source = Language.nl
}

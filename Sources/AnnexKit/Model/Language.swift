/// The language an annex is written in. A report spec is written in one (`language:`, Dutch by
/// default) and the texts for another come from translation files. Dutch is the source language
/// of the data: corrections and the alias list have their notes in Dutch, translated in `<column>_en`.
public enum Language: String, Sendable, CaseIterable, Decodable {
    case nl, en

    /// The language of the data's texts, and of a spec that names none.
    public static let source = Language.nl
}

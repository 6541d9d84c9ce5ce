/// The words of the figures' citations in `figures.csv` and `figures.json`, in the annex's language: taken from its
/// translation file once per build ('berekend uit {source}' / 'computed from {source}', 'bestand {file}:',
/// 'r. {line}', 'gecorrigeerd: {evidence}', a derivation's 'som van {count} gemeenten'), each cut at its
/// placeholders, so that a citation is written around its values without a phrase looked up per figure
/// (`RecordCitation`, `FigureCitations`).
public struct CitationWords: Sendable {
    /// A phrase whose placeholders all take one value, cut at them.
    struct Phrased: Sendable {
        /// The literal texts; the value goes between each and the next.
        let literals: [String]
        /// The bytes of the literal texts together.
        let count: Int

        init(_ literals: [String]) {
            self.literals = literals
            count = literals.reduce(0) { $0 + $1.utf8.count }
        }

        /// Appends the phrase with `value` in its placeholders to `text`.
        func append(_ value: String, to text: inout String) {
            text += literals[0]
            for literal in literals.dropFirst() {
                text += value
                text += literal
            }
        }

        /// The phrase with `value` in its placeholders, made in one allocation by its bytes.
        func text(_ value: String) -> String {
            String(atMost: count + (literals.count - 1) * value.utf8.count) { text in
                text.put(literals[0])
                for literal in literals.dropFirst() {
                    text.put(value)
                    text.put(literal)
                }
            }
        }
    }

    /// What a statistic cites: 'berekend uit {source}', the source a count's citation or the table's id.
    let derivedFrom: Phrased
    /// The data file, its line after the phrase: 'bestand {file}:'.
    let file: Phrased
    /// A line of the delivery's extracted text, or several joined by ', ': 'r. {line}'.
    let line: Phrased
    /// The correction of a published figure: 'gecorrigeerd: {evidence}'.
    let corrected: Phrased
    /// What the sums of a table's rows cite: 'berekend: som van de rijen van {table}'.
    let sumOfRows: Phrased
    /// A group's sum of one municipality's figure and of several: 'som van {count} gemeente(n)'.
    let sumOfOne: Phrased, sumOfOthers: Phrased
    /// An estimate from a published share: 'geschat: gepubliceerd aandeel {share}% × landelijk totaal'.
    let publishedShare: Phrased
    /// A conversion to a year's boundaries: 'omgerekend naar gemeentelijke indeling {year}: {municipalities}'.
    let boundaryConversion: [PhraseBook.Piece]
    /// How the language writes a number (a published share).
    let style: NumberStyle
    /// The phrases with several values (a ratio's source).
    private let phrases: PhraseBook

    /// The decimals of a published share in a derivation (16,8%), as sources publish them.
    static let shareDecimals = 1
    /// What stands between the municipalities of a boundary conversion.
    static let conversionSeparator = " + "

    /// The citations' words in `phrases`' language.
    public init(_ phrases: PhraseBook) {
        self.phrases = phrases
        derivedFrom = Phrased(phrases.literals(.citationDerivedFrom))
        file = Phrased(phrases.literals(.citationFile))
        line = Phrased(phrases.literals(.citationLine))
        corrected = Phrased(phrases.literals(.citationCorrected))
        sumOfRows = Phrased(phrases.literals(.citationSumOfRows))
        sumOfOne = Phrased(phrases.literals(.citationSumOne))
        sumOfOthers = Phrased(phrases.literals(.citationSumOther))
        publishedShare = Phrased(phrases.literals(.citationPublishedShare))
        boundaryConversion = phrases.cut(.citationBoundaryConversion)
        style = NumberStyle(phrases: phrases)
    }

    /// Appends how a figure was derived to `text`, in these words: 'som van 5 gemeenten', 'geschat: gepubliceerd
    /// aandeel 16,8% × landelijk totaal', 'omgerekend naar gemeentelijke indeling 2023: Brielle (GM0501) + …'.
    func append(_ derivation: Derivation, to text: inout String) {
        switch derivation {
        case .sum(let municipalities):
            (municipalities == 1 ? sumOfOne : sumOfOthers).append(String(municipalities), to: &text)
        case .publishedShare(let percent):
            publishedShare.append(style.number(percent, decimals: Self.shareDecimals), to: &text)
        case .boundaryConversion(let year, let municipalities):
            for (literal, placeholder) in boundaryConversion {
                text += literal
                switch placeholder {
                case "year": text += String(year)
                case "municipalities":
                    for (index, municipality) in municipalities.enumerated() {
                        if index > 0 { text += Self.conversionSeparator }
                        text += "\(municipality.name) (\(municipality.code))"
                    }
                default: break
                }
            }
        }
    }

    /// What a ratio table's figures cite: 'berekend: 10000 × t1/m1 / t2/m2'.
    func ratio(per: String, numerator: String, denominator: String) -> String {
        phrases.text(.citationRatio, ["per": per, "numerator": numerator, "denominator": denominator])
    }
}

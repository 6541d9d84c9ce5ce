/// How a figure was derived from the figure(s) its provenance cites, its operands kept as values: computing
/// makes no text of it; the citation in `figures.csv` puts it in the words of the annex's language
/// (`CitationWords.append(_:to:)`).
public enum Derivation: Sendable, Hashable {
    /// The sum of the figures of a group's municipalities, this many of them ('som van 5 gemeenten').
    case sum(municipalities: Int)
    /// An estimate: the share, in percent, that the source published for the region times the national total
    /// ('geschat: gepubliceerd aandeel 16,8% × landelijk totaal').
    case publishedShare(percent: Exact)
    /// A figure converted to the municipalities of `year`, from the municipalities that contributed to it, in
    /// order ('omgerekend naar gemeentelijke indeling 2023: Brielle (GM0501) + Hellevoetsluis (GM0530)').
    case boundaryConversion(year: Int, municipalities: [Region])
}

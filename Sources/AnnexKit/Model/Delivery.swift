/// A delivery of figures: who supplied them, in which document or delivery, and when. Declared
/// once under `deliveries:` in the report spec and named by each data file read from it
/// (`data: {file: …, delivery: dji-2025}`); every figure read from such a file cites it. A data
/// file that names no delivery cites the report's `source`.
public struct Delivery: Sendable, Hashable, Decodable {
    /// The key under `deliveries:`; empty for the report's own source.
    public let id: String
    /// Who supplied the figures ('DJI', 'CBS', '3RO'), when the document does not say it.
    public let supplier: String?
    /// The document or delivery, as a reader finds it: a report's title, 'Injus-meldingen per
    /// gemeente, levering april 2025'.
    public let document: String
    /// When it was published or delivered.
    public let date: CalendarDate?

    enum CodingKeys: String, CodingKey, CaseIterable { case supplier, document, date }

    public init(id: String = "", supplier: String? = nil, document: String, date: CalendarDate? = nil) {
        self.id = id
        self.supplier = supplier
        self.document = document
        self.date = date
    }

    /// The report's own source (`source:` in the spec), cited by data files that name no delivery.
    public static func reportSource(_ source: String) -> Delivery { Delivery(document: source) }

    /// Decodes the value of one entry under `deliveries:`; its key is the id.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let date = try container.decodeIfPresent(.date, checkedBy: CalendarDate.problem)
        let parsed = date.flatMap { CalendarDate(iso: $0) }
        self.init(id: decoder.codingPath.last?.stringValue ?? "",
                  supplier: try container.decodeIfPresent(String.self, forKey: .supplier),
                  document: try container.decode(String.self, forKey: .document), date: parsed)
    }

    /// Whether this is the report's own source rather than a declared delivery.
    public var isReportSource: Bool { id.isEmpty }

    /// 'DJI, Injus-meldingen per gemeente, levering april 2025, 2025-04-02'.
    public var citation: String {
        var text = ""
        appendCitation(to: &text)
        return text
    }

    /// Appends the citation's parts to `text`, each after ', ' unless `text` is empty: the head of a
    /// figure's citation (`Provenance.citation(_:)`), written into it without a list of parts.
    func appendCitation(to text: inout String) {
        if let supplier { Self.append(part: supplier, to: &text) }
        Self.append(part: document, to: &text)
        if let date { Self.append(part: date.description, to: &text) }
    }

    /// Appends `part` to `text` after ', ' (none before the first); an empty part is left out.
    static func append(part: String, to text: inout String) {
        guard !part.isEmpty else { return }
        if !text.isEmpty { text += ", " }
        text += part
    }
}

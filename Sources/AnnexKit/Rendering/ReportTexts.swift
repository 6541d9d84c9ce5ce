/// The report's own texts in one language: titles, sheet names, measure names, notes. In Dutch
/// they are the spec's; another language reads them from `templates/i18n/<report-id>.<language>.yaml`,
/// which must translate every text of the spec and nothing else.
public struct ReportTexts: Sendable {
    /// The texts of one table.
    public struct Table: Sendable, Equatable {
        public let title: String
        public let sheet: String
        public let rowHeader: String?
        /// Measure names by measure id.
        public let measures: [String: String]
        /// Units by measure id, for the measures that have one.
        public let units: [String: String]
        /// What the total a region's share is taken of is called in share headers, if the spec names it.
        public let shareOf: String?
    }

    /// The texts of one figure.
    public struct Figure: Sendable, Equatable {
        public let title: String
        /// Series labels by the spec's (source-language) label.
        public let labels: [String: String]
    }

    public let title: String
    public let source: String
    public let organisation: String?
    public let about: String?
    public let contact: String?
    public let licence: String?
    public let nextUpdate: String?
    public let notes: [String]
    /// Footnote texts by footnote id.
    public let footnotes: [String: String]
    /// Table texts by table id.
    public let tables: [String: Table]
    /// Figure texts by figure id.
    public let figures: [String: Figure]
    /// Names for readers of the source's parts the data cite, by the name the data cite them with
    /// ('Tabel 1' → 'tabel 1'; in English 'table 1'): in the source language the spec's
    /// `source_document`, in another language the translation file's `source_parts`.
    public let partNames: [String: String]
    /// Where those parts stand (sections, pages): the same in every language.
    public let document: SourceDocument?
    /// Citations of declared deliveries by id, where the translation gives one; a delivery without
    /// one is cited as the spec has it (the names of documents are kept).
    public let deliveries: [String: String]
    /// The translation file, for problems found once the report is computed; nil in the source language.
    public let file: String?

    /// The texts as the spec has them (the source language).
    public init(spec: ReportSpec) {
        let tables = spec.tables.map { table in
            (table.id, Table(title: table.title, sheet: table.sheet ?? table.id, rowHeader: table.rowHeader,
                             measures: Dictionary(uniqueKeysWithValues: table.measures.map { ($0.id, $0.label) }),
                             units: Dictionary(uniqueKeysWithValues: table.measures.compactMap { measure in
                                 measure.unit.map { (measure.id, $0) }
                             }),
                             shareOf: table.shareOf))
        }
        let figures = spec.figures.map { figure in
            let labels = Dictionary(uniqueKeysWithValues: figure.labels.map { ($0, $0) })
            return (figure.id, Figure(title: figure.title, labels: labels))
        }
        self.init(title: spec.title, source: spec.source, organisation: spec.organisation, about: spec.about,
                  contact: spec.contact, licence: spec.licence, nextUpdate: spec.nextUpdate, notes: spec.notes,
                  footnotes: spec.footnotes, tables: Dictionary(uniqueKeysWithValues: tables),
                  figures: Dictionary(uniqueKeysWithValues: figures),
                  partNames: spec.sourceDocument?.parts.mapValues(\.name) ?? [:], document: spec.sourceDocument,
                  deliveries: [:], file: nil)
    }

    /// The translation file of a report for a language other than the source language.
    public static func path(templates: String, report: String, language: Language) -> String {
        templates + "/i18n/\(report).\(language.rawValue).yaml"
    }

    init(title: String, source: String, organisation: String?, about: String?, contact: String?, licence: String?,
         nextUpdate: String?, notes: [String], footnotes: [String: String], tables: [String: Table],
         figures: [String: Figure], partNames: [String: String], document: SourceDocument?,
         deliveries: [String: String], file: String?) {
        self.title = title
        self.source = source
        self.organisation = organisation
        self.about = about
        self.contact = contact
        self.licence = licence
        self.nextUpdate = nextUpdate
        self.notes = notes
        self.footnotes = footnotes
        self.tables = tables
        self.figures = figures
        self.partNames = partNames
        self.document = document
        self.deliveries = deliveries
        self.file = file
    }

}

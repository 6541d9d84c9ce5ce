import Foundation

/// A report specification (`reports/<id>.yaml`): what the annex contains and where its data is.
///
/// Paths in the spec are relative to the data folder (by default `data/` beside `reports/`).
public struct ReportSpec: Sendable, Decodable {
    public let id: String
    /// The language the spec's texts are written in; its annex is in this language unless another
    /// is asked for, whose texts come from a translation file.
    public let language: Language
    public internal(set) var title: String
    /// Short citation of the source document, used in every figure's provenance.
    public let source: String
    /// Publication date (ISO 8601, `2024-08-15`), a `CalendarDate` checked when the spec is read;
    /// also the XLSX creation date, never the clock.
    public let published: String
    public let author: String?
    public let organisation: String?
    /// What the annex is about, for the cover sheet.
    public internal(set) var about: String?
    /// Who to ask about the figures, for the cover sheet and the web page.
    public let contact: String?
    /// Under which licence the annex may be reused ('CC0 1.0'), and where its text is.
    public let licence: String?
    public let licenceURL: String?
    /// Where the cited parts stand in the source document, for citations that name section and pages.
    public let sourceDocument: SourceDocument?
    /// The figures of the web page's 'kerncijfers' block, in order.
    public let keyFigures: [KeyFigureSpec]
    /// When the next edition appears (as text, e.g. "augustus 2025"); never taken from the clock.
    public internal(set) var nextUpdate: String?
    /// Folder with `gemeenten.csv`, `arrondissementen.csv` and `aliases.csv`; needed unless every
    /// table has regions of its own (`regions:`).
    public let reference: String?
    /// CSV with corrections to published values and their evidence; applied and noted in the annex.
    public let corrections: String?
    /// CSV with split keys (`old_code,new_code,share`) for converting split municipalities.
    public let splitKeys: String?
    /// CBS population table (`code,year,population`); when given, tables per region get rates
    /// per 10.000 inhabitants.
    public let population: String?
    /// Words that name the measures in prose, for `annex verify`.
    public let vocabulary: String?
    /// Thresholds for suspicions about published tables.
    public let suspicions: SuspicionThresholds
    /// Notes about the report as a whole, shown on the cover.
    public internal(set) var notes: [String]
    /// Notes that tables refer to, by id; numbered [noot 1], [noot 2] in order of first reference.
    public internal(set) var footnotes: [String: String]
    /// The deliveries the data files come from, by id (`data: {file: …, delivery: id}`).
    public let deliveries: [String: Delivery]
    public internal(set) var tables: [TableSpec]
    /// Charts and maps drawn from the tables, numbered 'Figuur 1…' in the annex's order.
    public internal(set) var figures: [FigureSpec]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, source, published, author, organisation, reference, corrections, notes, tables, about, contact,
            footnotes
        case splitKeys = "split_keys"
        case nextUpdate = "next_update"
        case population, vocabulary, suspicions, figures, licence, deliveries, language
        case licenceURL = "licence_url"
        case sourceDocument = "source_document"
        case keyFigures = "key_figures"
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(.id, checkedBy: Identifier.problem)
        language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .source
        title = try container.decode(String.self, forKey: .title)
        source = try container.decode(String.self, forKey: .source)
        published = try container.decode(.published, checkedBy: CalendarDate.problem)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        organisation = try container.decodeIfPresent(String.self, forKey: .organisation)
        about = try container.decodeIfPresent(String.self, forKey: .about)
        contact = try container.decodeIfPresent(String.self, forKey: .contact)
        licence = try container.decodeIfPresent(String.self, forKey: .licence)
        licenceURL = try container.decodeIfPresent(String.self, forKey: .licenceURL)
        sourceDocument = try container.decodeIfPresent(SourceDocument.self, forKey: .sourceDocument)
        keyFigures = try container.decodeIfPresent([KeyFigureSpec].self, forKey: .keyFigures) ?? []
        nextUpdate = try container.decodeIfPresent(String.self, forKey: .nextUpdate)
        reference = try container.decodeIfPresent(.reference, checkedBy: DataFolder.problem)
        corrections = try container.decodeIfPresent(.corrections, checkedBy: DataFolder.problem)
        splitKeys = try container.decodeIfPresent(.splitKeys, checkedBy: DataFolder.problem)
        population = try container.decodeIfPresent(.population, checkedBy: DataFolder.problem)
        vocabulary = try container.decodeIfPresent(.vocabulary, checkedBy: DataFolder.problem)
        suspicions =
            try container.decodeIfPresent(SuspicionThresholds.self, forKey: .suspicions) ?? SuspicionThresholds()
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        footnotes = try container.decodeIfPresent([String: String].self, forKey: .footnotes) ?? [:]
        deliveries = try container.decodeIfPresent([String: Delivery].self, forKey: .deliveries) ?? [:]
        tables = try container.decode([TableSpec].self, forKey: .tables)
        figures = try container.decodeIfPresent([FigureSpec].self, forKey: .figures) ?? []
    }

    /// The delivery a data file names, or the report's own source when it names none (or one the
    /// spec does not declare, which `SpecLoader` reports).
    public func delivery(of data: DataSource) -> Delivery {
        data.delivery.flatMap { deliveries[$0] } ?? .reportSource(source)
    }
}

/// How the rows of a table are laid out.
public enum TableLayout: String, Sendable, Decodable {
    /// One row per region (municipality, district), measures × periods as columns.
    case regions
    /// One row per measure (national tables such as tabel 1), periods as columns.
    case measures
}

/// Which derived figures a rendered table shows: columns of changes and shares, and the total row.
/// Each is shown where it means something unless switched off; nil means "not said in the spec".
/// Percentage changes exist for every kind but percentages (which change in percentage points);
/// shares and the total row only for measures that can be added up (`MeasureKind.isAdditive`).
public struct ColumnSwitches: Sendable, Decodable, Equatable {
    public var change = true
    public var changePct: Bool?
    public var share: Bool?
    /// The sum of the rows as a total row (shown when no total was published, or it differs).
    public var total: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case change
        case changePct = "change_pct"
        case share, total
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        change = try container.decodeIfPresent(Bool.self, forKey: .change) ?? ColumnSwitches().change
        changePct = try container.decodeIfPresent(Bool.self, forKey: .changePct)
        share = try container.decodeIfPresent(Bool.self, forKey: .share)
        total = try container.decodeIfPresent(Bool.self, forKey: .total)
    }
}

/// A measure as declared in a spec.
public struct MeasureSpec: Sendable, Decodable {
    public let id: String
    public internal(set) var label: String
    public let aliases: [String]?
    /// The measure this one is a part of; its share of that total is computed.
    public let partOf: String?
    /// For a total: whether its parts add up to it (checked when true). Unique persons do not:
    /// one person can have both an ambulant and a clinical request, and the total counts them once.
    public let partsAddUp: Bool?
    /// The kind as the spec declares it; nil: the table's default (`count`, for a ratio table `rate`).
    public let declaredKind: MeasureKind?
    /// The unit shown in the headers (`dagen`, `euro`); required for an amount.
    public let unit: String?
    /// Decimals shown; nil: the kind's default.
    public let decimals: Int?
    /// What the measure covers where it narrows its table's scope (a sector row of a table per sector).
    public let scope: Scope
    /// The kind when the spec declares none.
    var defaultKind = MeasureKind.count

    public var kind: MeasureKind { declaredKind ?? defaultKind }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, label, aliases, kind, unit, decimals, scope
        case partOf = "part_of"
        case partsAddUp = "parts_add_up"
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases)
        partOf = try container.decodeIfPresent(String.self, forKey: .partOf)
        partsAddUp = try container.decodeIfPresent(Bool.self, forKey: .partsAddUp)
        declaredKind = try container.decodeIfPresent(MeasureKind.self, forKey: .kind)
        unit = try container.decodeIfPresent(String.self, forKey: .unit)
        decimals = try container.decodeIfPresent(Int.self, forKey: .decimals)
        scope = try container.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
    }

    public var measure: Measure {
        Measure(id: id, label: label, aliases: aliases ?? [], partOf: partOf, partsAddUp: partsAddUp ?? false,
                kind: kind, unit: unit, decimals: decimals)
    }
}

/// Derive a table by adding up the municipalities of another table per district.
public struct AggregateSpec: Sendable, Decodable {
    public let from: String
    public let to: RegionType

    enum CodingKeys: String, CodingKey, CaseIterable { case from, to }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        from = try container.decode(String.self, forKey: .from)
        to = try container.decode(RegionType.self, forKey: .to)
    }
}

/// One side of a ratio: a measure of another table.
public struct RatioOperand: Sendable, Decodable {
    public let table: String
    public let measure: String

    enum CodingKeys: String, CodingKey, CaseIterable { case table, measure }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        table = try container.decode(String.self, forKey: .table)
        measure = try container.decode(String.self, forKey: .measure)
    }
}

/// A table of `per × numerator / denominator` per region, across two tables (and sources).
public struct RatioSpec: Sendable, Decodable {
    public let numerator: RatioOperand
    public let denominator: RatioOperand
    public let per: Exact

    enum CodingKeys: String, CodingKey, CaseIterable { case numerator, denominator, per }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try container.decode(RatioOperand.self, forKey: .numerator)
        denominator = try container.decode(RatioOperand.self, forKey: .denominator)
        per = try container.decode(Exact.self, forKey: .per)
        if per <= 0 {
            throw container.refuse(.per, .specPositive)
        }
    }
}

/// One table of the annex.
public struct TableSpec: Sendable, Decodable {
    public let id: String
    public internal(set) var title: String
    /// Worksheet name in the XLSX (at most 31 characters); defaults to the id.
    public let sheet: String?
    /// Data files (tidy CSV, tables as received in CSV or XLSX) and how to read them, one per
    /// delivery; empty for aggregated and ratio tables.
    public let data: [DataSource]
    public let aggregate: AggregateSpec?
    /// Tidy file of shares (percent of the national total) that the source published per region;
    /// regions without a counted figure get `share × national total`, marked estimated.
    public let shares: DataSource?
    /// The table whose national row gives the totals the shares are taken of.
    public let nationalFrom: String?
    /// List every region of this level as a row, also those without figures.
    public let regionType: RegionType?
    /// The table's own regions (a list, or as the data gives them) instead of the municipalities,
    /// districts and provinces of the reference.
    public let regions: RegionSource?
    public let ratio: RatioSpec?
    public let layout: TableLayout
    /// Label of the row header column, e.g. "Gemeente".
    public internal(set) var rowHeader: String?
    public let periods: [Period]
    /// When set, the last period is also compared with this one.
    public let basePeriod: Period?
    /// When set, municipality figures are converted to the municipalities of this year.
    public let boundaryYear: Int?
    public internal(set) var measures: [MeasureSpec]
    public let columns: ColumnSwitches
    /// Length of the ranking shown per measure and period (0: none).
    public let top: Int
    /// Ids of the report's footnotes that apply to this table.
    public let footnotes: [String]
    /// What the total a region's share is taken of is called in share headers ('de vier grote
    /// steden'): the delivered total when the data has one, else the sum of the rows; without it:
    /// 'Nederland' or 'totaal van de tabel'.
    public internal(set) var shareOf: String?
    /// What the figures cover (source system, sector, population), for `annex verify` to compare
    /// with what a sentence says; an aggregated table has its source table's scope unless it declares one.
    public let scope: Scope

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, sheet, data, aggregate, layout, periods, measures, columns, top, footnotes, shares, ratio
        case scope
        case shareOf = "share_of"
        case nationalFrom = "national_from"
        case regionType = "region_type"
        case regions
        case rowHeader = "row_header"
        case basePeriod = "base_period"
        case boundaryYear = "boundary_year"
    }

    /// The periods each data file provides, in the order of `data`: those it names, or the
    /// table's periods no other file names.
    public var dataPeriods: [[Period]] {
        let named = Set(data.compactMap(\.periods).joined())
        return data.map { $0.periods ?? periods.filter { !named.contains($0) } }
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(.id, checkedBy: Identifier.problem)
        title = try container.decode(String.self, forKey: .title)
        sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
        data = try DataSource.list(from: container, forKey: .data)
        aggregate = try container.decodeIfPresent(AggregateSpec.self, forKey: .aggregate)
        shares = try container.decodeIfPresent(DataSource.self, forKey: .shares)
        nationalFrom = try container.decodeIfPresent(String.self, forKey: .nationalFrom)
        regionType = try container.decodeIfPresent(RegionType.self, forKey: .regionType)
        regions = try container.decodeIfPresent(RegionSource.self, forKey: .regions)
        ratio = try container.decodeIfPresent(RatioSpec.self, forKey: .ratio)
        layout = try container.decodeIfPresent(TableLayout.self, forKey: .layout) ?? .regions
        rowHeader = try container.decodeIfPresent(String.self, forKey: .rowHeader)
        periods = try container.decode([PeriodLabel].self, forKey: .periods).map { Period($0.label) }
        basePeriod = try container.decodeIfPresent(PeriodLabel.self, forKey: .basePeriod).map { Period($0.label) }
        boundaryYear = try container.decodeIfPresent(Int.self, forKey: .boundaryYear)
        var measures = try container.decode([MeasureSpec].self, forKey: .measures)
        // A ratio table's figures are rates (per 100, per 10.000) unless the spec says otherwise.
        if ratio != nil { for index in measures.indices { measures[index].defaultKind = .rate } }
        self.measures = measures
        columns = try container.decodeIfPresent(ColumnSwitches.self, forKey: .columns) ?? ColumnSwitches()
        top = try container.decodeIfPresent(Int.self, forKey: .top) ?? 0
        if top < 0 {
            throw container.refuse(.top, .specNotNegative)
        }
        footnotes = try container.decodeIfPresent([String].self, forKey: .footnotes) ?? []
        shareOf = try container.decodeIfPresent(String.self, forKey: .shareOf)
        scope = try container.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
    }
}

/// A period written in YAML either as a number (`2022`) or as text (`"2023H1"`).
struct PeriodLabel: Decodable {
    let label: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            label = String(number)
        } else {
            label = try container.decode(String.self)
        }
    }
}

/// Checks the `figures:` of a report spec against its tables, before anything is loaded: every
/// problem as a Dutch sentence naming the figure.
enum FigureSpecCheck {
    static func problems(_ spec: ReportSpec) -> [String] {
        var problems: [String] = []
        var ids = Set(spec.tables.map(\.id))
        for figure in spec.figures {
            let found = Self.problems(figure, tables: spec.tables)
            if !Identifier.isValid(figure.id) {
                problems.append("figuur-id '\(figure.id)': alleen kleine letters, cijfers en '-', "
                                + "hoogstens \(Identifier.maximumLength) tekens")
            } else if !ids.insert(figure.id).inserted {
                problems.append("figuur-id '\(figure.id)' komt al voor als id van een tabel of figuur")
            }
            problems += found.map { "figuur '\(figure.id)': " + $0 }
        }
        return problems
    }

    static func problems(_ figure: FigureSpec, tables: [TableSpec]) -> [String] {
        var problems: [String] = []
        func table(_ id: String) -> TableSpec? {
            guard let table = tables.first(where: { $0.id == id }) else {
                problems.append("tabel '\(id)' bestaat niet")
                return nil
            }
            return table
        }
        if figure.title.isEmpty { problems.append("geen title") }
        problems += optionProblems(figure)
        switch (figure.table, figure.series.isEmpty) {
        case (let id?, true):
            if figure.kind == .line { problems.append("een lijngrafiek tekent 'series', geen 'table'") }
            if let table = table(id) { problems += regionProblems(figure, table: table) }
        case (nil, false):
            if [.ranking, .map].contains(figure.kind) {
                problems.append("een \(figure.kind.rawValue) tekent de regio's van een 'table', geen 'series'")
            }
            if figure.measures != nil { problems.append("'measures' hoort bij 'table'; geef per serie 'measure'") }
            let resolved = figure.series.compactMap { series in table(series.table).map { (series, $0) } }
            if resolved.count == figure.series.count { problems += seriesProblems(figure, resolved) }
        default:
            problems.append("geef precies een van 'table' (met measures en periods) en 'series'")
        }
        return problems
    }

    /// Options that belong to one kind only, and their values.
    static func optionProblems(_ figure: FigureSpec) -> [String] {
        var problems: [String] = []
        if figure.stacked && figure.kind != .bars { problems.append("'stacked' hoort alleen bij bars") }
        if figure.kind == .change && figure.periods != nil {
            problems.append("een change-figuur tekent de vergelijkingen die de tabel toont; laat 'periods' weg")
        }
        if let top = figure.top {
            if figure.kind != .ranking { problems.append("'top' hoort alleen bij ranking") }
            if top < 1 { problems.append("'top' moet minstens 1 zijn") }
        }
        if figure.kind != .map && (figure.classes != nil || figure.borders != nil) {
            problems.append("'classes' en 'borders' horen alleen bij map")
        }
        if let borders = figure.borders, ![.provincie, .arrondissement].contains(borders) {
            problems.append("'borders': kies provincie of arrondissement")
        }
        switch figure.classes {
        case .breaks(let breaks)?:
            if breaks.isEmpty || breaks.count >= ClassRule.maximumClasses {
                problems.append("'breaks': geef 1 tot \(ClassRule.maximumClasses - 1) klassengrenzen")
            }
            if zip(breaks, breaks.dropFirst()).contains(where: { $0 >= $1 }) {
                problems.append("'breaks' moeten oplopen")
            }
        case .quantiles(let count)?:
            if !(2...ClassRule.maximumClasses).contains(count) {
                problems.append("'quantiles': kies 2 tot \(ClassRule.maximumClasses) klassen")
            }
        case nil:
            break
        }
        return problems
    }

    /// A figure of a table's region rows.
    static func regionProblems(_ figure: FigureSpec, table: TableSpec) -> [String] {
        var problems: [String] = []
        if table.layout != .regions { problems.append("tabel '\(table.id)' heeft geen rij per regio; teken 'series'") }
        let measures = figure.measures ?? table.measures.map(\.id)
        for id in measures where !table.measures.contains(where: { $0.id == id }) {
            problems.append("tabel '\(table.id)' heeft geen maat '\(id)'")
        }
        let periods = figure.periods ?? table.periods
        for period in periods where !table.periods.contains(period) {
            problems.append("tabel '\(table.id)' heeft geen periode \(period)")
        }
        switch figure.kind {
        case .ranking where measures.count != 1 || periods.count != 1:
            problems.append("een ranking tekent één maat in één periode; geef 'measures' en 'periods'")
        case .map where measures.count != 1 || !(1...2).contains(periods.count):
            problems.append("een kaart tekent één maat in één of twee perioden; geef 'measures' en 'periods'")
        case .change:
            problems += changeProblems([table])
        default:
            break
        }
        return problems
    }

    /// Series drawn over the periods (or comparisons) their tables share.
    static func seriesProblems(_ figure: FigureSpec, _ series: [(FigureSeriesSpec, TableSpec)]) -> [String] {
        var problems: [String] = []
        var names = Set<String>()
        for (item, table) in series {
            switch (table.layout, item.measure) {
            case (.regions, nil):
                problems.append("serie uit tabel '\(table.id)': geef 'measure'")
            case (.measures, _?):
                problems.append("serie uit tabel '\(table.id)': de rij is de maat; laat 'measure' weg")
            case (_, let id?) where !table.measures.contains(where: { $0.id == id }):
                problems.append("tabel '\(table.id)' heeft geen maat '\(id)'")
            default:
                break
            }
            if !names.insert(item.label ?? item.measure ?? item.row).inserted {
                problems.append("twee series heten '\(item.label ?? item.measure ?? item.row)'; geef 'label'")
            }
            for period in figure.periods ?? [] where !table.periods.contains(period) {
                problems.append("tabel '\(table.id)' heeft geen periode \(period)")
            }
        }
        let tables = series.map(\.1)
        if figure.periods == nil, Set(tables.map { $0.periods.map(\.label) }).count > 1 {
            problems.append("de tabellen van de series hebben verschillende perioden; geef 'periods'")
        }
        if figure.kind == .change {
            problems += changeProblems(tables)
            if Set(tables.map { ($0.periods + [$0.basePeriod].compactMap { $0 }).map(\.label) }).count > 1 {
                problems.append("de tabellen van de series vergelijken verschillende perioden")
            }
        }
        return problems
    }

    /// A change figure draws the percentage changes its tables show.
    static func changeProblems(_ tables: [TableSpec]) -> [String] {
        tables.filter { $0.columns.changePct == false || $0.periods.count < 2 }.map {
            "tabel '\($0.id)' toont geen procentuele verschillen (columns: change_pct)"
        }
    }
}

/// Checks the `figures:` of a report spec against its tables, before anything is loaded: every
/// problem as a Dutch sentence naming the figure, with the path of the field, so the spec loader
/// can give its line.
enum FigureSpecCheck {
    typealias Problem = SpecProblem
    /// Problems within one figure: the path of the field in the figure, and what is wrong.
    typealias Found = [([SpecLines.Step], String)]

    static func problems(_ spec: ReportSpec) -> [Problem] {
        var problems: [Problem] = []
        var ids = Set(spec.tables.map(\.id))
        for (index, figure) in spec.figures.enumerated() {
            let found = Self.problems(figure, tables: spec.tables)
            var own: Found = []
            if let problem = Identifier.problem(figure.id) {
                own.append((["id"], "figuur-id \(problem)"))
            } else if !ids.insert(figure.id).inserted {
                own.append((["id"], "figuur-id '\(figure.id)' komt al voor als id van een tabel of figuur"))
            }
            problems += (own + found.map { ($0.0, "figuur '\(figure.id)': " + $0.1) }).map { path, reason in
                Problem(reason: reason, path: ["figures", .index(index)] + path)
            }
        }
        return problems
    }

    /// The problems of one figure, each with the path of its field within the figure.
    static func problems(_ figure: FigureSpec, tables: [TableSpec]) -> Found {
        var problems: Found = []
        func table(_ id: String, at path: [SpecLines.Step]) -> TableSpec? {
            guard let table = tables.first(where: { $0.id == id }) else {
                problems.append((path, "tabel '\(id)' bestaat niet"))
                return nil
            }
            return table
        }
        if figure.title.isEmpty { problems.append((["title"], "geen title")) }
        problems += optionProblems(figure)
        switch (figure.table, figure.series.isEmpty) {
        case (let id?, true):
            if figure.kind == .line { problems.append((["table"], "een lijngrafiek tekent 'series', geen 'table'")) }
            if let table = table(id, at: ["table"]) { problems += regionProblems(figure, table: table) }
        case (nil, false):
            if [.ranking, .map].contains(figure.kind) {
                let kind = figure.kind.rawValue
                problems.append((["series"], "een \(kind) tekent de regio's van een 'table', geen 'series'"))
            }
            if figure.measures != nil {
                problems.append((["measures"], "'measures' hoort bij 'table'; geef per serie 'measure'"))
            }
            let resolved = figure.series.enumerated().compactMap { index, series in
                table(series.table, at: ["series", .index(index), "table"]).map { (series, $0) }
            }
            if resolved.count == figure.series.count { problems += seriesProblems(figure, resolved) }
        default:
            problems.append(([], "geef precies een van 'table' (met measures en periods) en 'series'"))
        }
        return problems
    }

    /// Options that belong to one kind only, and their values.
    static func optionProblems(_ figure: FigureSpec) -> Found {
        var problems: Found = []
        if figure.stacked && figure.kind != .bars { problems.append((["stacked"], "'stacked' hoort alleen bij bars")) }
        if figure.kind == .change && figure.periods != nil {
            problems.append((["periods"],
                             "een change-figuur tekent de vergelijkingen die de tabel toont; laat 'periods' weg"))
        }
        if let top = figure.top {
            if figure.kind != .ranking { problems.append((["top"], "'top' hoort alleen bij ranking")) }
            if top < 1 { problems.append((["top"], "'top' moet minstens 1 zijn")) }
        }
        for (field, given) in [("classes", figure.classes != nil), ("borders", figure.borders != nil)]
        where given && figure.kind != .map {
            problems.append(([.key(field)], "'\(field)' hoort alleen bij map"))
        }
        if let borders = figure.borders, ![.provincie, .arrondissement].contains(borders) {
            problems.append((["borders"], "'borders': kies provincie of arrondissement"))
        }
        switch figure.classes {
        case .breaks(let breaks)?:
            if breaks.isEmpty || breaks.count >= ClassRule.maximumClasses {
                let most = ClassRule.maximumClasses - 1
                problems.append((["classes", "breaks"], "'breaks': geef 1 tot \(most) klassengrenzen"))
            }
            if zip(breaks, breaks.dropFirst()).contains(where: { $0 >= $1 }) {
                problems.append((["classes", "breaks"], "'breaks' moeten oplopen"))
            }
        case .quantiles(let count)?:
            if !(2...ClassRule.maximumClasses).contains(count) {
                let most = ClassRule.maximumClasses
                problems.append((["classes", "quantiles"], "'quantiles': kies 2 tot \(most) klassen"))
            }
        case nil:
            break
        }
        return problems
    }

    /// A figure of a table's region rows.
    static func regionProblems(_ figure: FigureSpec, table: TableSpec) -> Found {
        var problems: Found = []
        if table.layout != .regions {
            problems.append((["table"], "tabel '\(table.id)' heeft geen rij per regio; teken 'series'"))
        }
        let measures = figure.measures ?? table.measures.map(\.id)
        for id in measures where !table.measures.contains(where: { $0.id == id }) {
            problems.append((["measures"], "tabel '\(table.id)' heeft geen maat '\(id)'"))
        }
        let periods = figure.periods ?? table.periods
        for period in periods where !table.periods.contains(period) {
            problems.append((["periods"], "tabel '\(table.id)' heeft geen periode \(period)"))
        }
        switch figure.kind {
        case .ranking where measures.count != 1 || periods.count != 1:
            problems.append(([], "een ranking tekent één maat in één periode; geef 'measures' en 'periods'"))
        case .map where measures.count != 1 || !(1...2).contains(periods.count):
            problems.append(([], "een kaart tekent één maat in één of twee perioden; geef 'measures' en 'periods'"))
        case .change:
            problems += changeProblems([table]).map { (["table"], $0) }
        default:
            break
        }
        return problems
    }

    /// Series drawn over the periods (or comparisons) their tables share.
    static func seriesProblems(_ figure: FigureSpec, _ series: [(FigureSeriesSpec, TableSpec)]) -> Found {
        var problems: Found = []
        var names = Set<String>()
        for (index, (item, table)) in series.enumerated() {
            let path: [SpecLines.Step] = ["series", .index(index)]
            switch (table.layout, item.measure) {
            case (.regions, nil):
                problems.append((path, "serie uit tabel '\(table.id)': geef 'measure'"))
            case (.measures, _?):
                let reason = "serie uit tabel '\(table.id)': de rij is de maat; laat 'measure' weg"
                problems.append((path + ["measure"], reason))
            case (_, let id?) where !table.measures.contains(where: { $0.id == id }):
                problems.append((path + ["measure"], "tabel '\(table.id)' heeft geen maat '\(id)'"))
            default:
                break
            }
            let name = item.label ?? item.measure ?? item.row
            if !names.insert(name).inserted { problems.append((path, "twee series heten '\(name)'; geef 'label'")) }
            for period in figure.periods ?? [] where !table.periods.contains(period) {
                problems.append((["periods"], "tabel '\(table.id)' heeft geen periode \(period)"))
            }
        }
        let tables = series.map(\.1)
        if figure.periods == nil, Set(tables.map { $0.periods.map(\.label) }).count > 1 {
            problems.append((["series"], "de tabellen van de series hebben verschillende perioden; geef 'periods'"))
        }
        if figure.kind == .change {
            problems += changeProblems(tables).map { (["series"], $0) }
            if Set(tables.map { ($0.periods + [$0.basePeriod].compactMap { $0 }).map(\.label) }).count > 1 {
                problems.append((["series"], "de tabellen van de series vergelijken verschillende perioden"))
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

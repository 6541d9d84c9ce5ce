/// Checks the `figures:` of a report spec against its tables, before anything is loaded: every
/// problem as a message naming the figure, with the path of the field, so the spec loader can give
/// its line.
enum FigureSpecCheck {
    typealias Problem = SpecProblem
    /// Problems within one figure: the path of the field in the figure, and what is wrong.
    typealias Found = [([SpecLines.Step], MessageText)]

    static func problems(_ spec: ReportSpec) -> [Problem] {
        var problems: [Problem] = []
        var ids = Set(spec.tables.map(\.id))
        for (index, figure) in spec.figures.enumerated() {
            let found = Self.problems(figure, tables: spec.tables)
            var own: Found = []
            if let problem = Identifier.problem(figure.id) {
                own.append((["id"], MessageText(.figureInvalidID, ["problem": .message(problem)])))
            } else if !ids.insert(figure.id).inserted {
                own.append((["id"], MessageText(.figureDuplicateID, ["figure": "\(figure.id)"])))
            }
            let inFigure = found.map {
                ($0.0, MessageText(.figureProblem, ["figure": "\(figure.id)", "problem": .message($0.1)]))
            }
            problems += (own + inFigure).map { path, reason in
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
                problems.append((path, MessageText(.figureNoTable, ["table": "\(id)"])))
                return nil
            }
            return table
        }
        if figure.title.isEmpty { problems.append((["title"], MessageText(.figureNoTitle))) }
        problems += optionProblems(figure)
        switch (figure.table, figure.series.isEmpty) {
        case (let id?, true):
            if figure.kind == .line { problems.append((["table"], MessageText(.figureLineSeries))) }
            if let table = table(id, at: ["table"]) { problems += regionProblems(figure, table: table) }
        case (nil, false):
            if [.ranking, .map].contains(figure.kind) {
                problems.append((["series"], MessageText(.figureRegionsTable, ["kind": "\(figure.kind.rawValue)"])))
            }
            if figure.measures != nil {
                problems.append((["measures"], MessageText(.figureMeasuresTable)))
            }
            let resolved = figure.series.enumerated().compactMap { index, series in
                table(series.table, at: ["series", .index(index), "table"]).map { (series, $0) }
            }
            if resolved.count == figure.series.count { problems += seriesProblems(figure, resolved) }
        default:
            problems.append(([], MessageText(.figureTableOrSeries)))
        }
        return problems
    }

    /// Options that belong to one kind only, and their values.
    static func optionProblems(_ figure: FigureSpec) -> Found {
        var problems: Found = []
        if figure.stacked && figure.kind != .bars { problems.append((["stacked"], MessageText(.figureStacked))) }
        if figure.kind == .change && figure.periods != nil {
            problems.append((["periods"], MessageText(.figureChangePeriods)))
        }
        if let top = figure.top {
            if figure.kind != .ranking { problems.append((["top"], MessageText(.figureTopRanking))) }
            if top < 1 { problems.append((["top"], MessageText(.figureTopOne))) }
        }
        for (field, given) in [("classes", figure.classes != nil), ("borders", figure.borders != nil)]
        where given && figure.kind != .map {
            problems.append(([.key(field)], MessageText(.figureOnlyMap, ["field": "\(field)"])))
        }
        if let borders = figure.borders, ![.provincie, .arrondissement].contains(borders) {
            problems.append((["borders"], MessageText(.figureBorders)))
        }
        switch figure.classes {
        case .breaks(let breaks)?:
            if breaks.isEmpty || breaks.count >= ClassRule.maximumClasses {
                let most = ClassRule.maximumClasses - 1
                problems.append((["classes", "breaks"], MessageText(.figureBreaksCount, ["most": .number(most)])))
            }
            if zip(breaks, breaks.dropFirst()).contains(where: { $0 >= $1 }) {
                problems.append((["classes", "breaks"], MessageText(.figureBreaksOrder)))
            }
        case .quantiles(let count)?:
            if !(2...ClassRule.maximumClasses).contains(count) {
                let most = ClassRule.maximumClasses
                problems.append((["classes", "quantiles"], MessageText(.figureQuantiles, ["most": .number(most)])))
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
            problems.append((["table"], MessageText(.figureNoRegionRows, ["table": "\(table.id)"])))
        }
        let measures = figure.measures ?? table.measures.map(\.id)
        for id in measures where !table.measures.contains(where: { $0.id == id }) {
            problems.append((["measures"], MessageText(.figureNoMeasure, ["table": "\(table.id)", "measure": "\(id)"])))
        }
        let periods = figure.periods ?? table.periods
        for period in periods where !table.periods.contains(period) {
            problems.append(
                (["periods"], MessageText(.figureNoPeriod, ["table": "\(table.id)", "period": "\(period)"])))
        }
        switch figure.kind {
        case .ranking where measures.count != 1 || periods.count != 1:
            problems.append(([], MessageText(.figureRanking)))
        case .map where measures.count != 1 || !(1...2).contains(periods.count):
            problems.append(([], MessageText(.figureMap)))
        case .map where table.regions != nil:
            problems.append((["table"], MessageText(.figureOwnRegionsMap, ["table": "\(table.id)"])))
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
                problems.append((path, MessageText(.figureSeriesMeasure, ["table": "\(table.id)"])))
            case (.measures, _?):
                problems.append((path + ["measure"], MessageText(.figureSeriesRowIsMeasure, ["table": "\(table.id)"])))
            case (_, let id?) where !table.measures.contains(where: { $0.id == id }):
                problems.append(
                    (path + ["measure"], MessageText(.figureNoMeasure, ["table": "\(table.id)", "measure": "\(id)"])))
            default:
                break
            }
            let name = item.label ?? item.measure ?? item.row
            if !names.insert(name).inserted {
                problems.append((path, MessageText(.figureSeriesName, ["name": "\(name)"])))
            }
            for period in figure.periods ?? [] where !table.periods.contains(period) {
                problems.append(
                    (["periods"], MessageText(.figureNoPeriod, ["table": "\(table.id)", "period": "\(period)"])))
            }
        }
        let tables = series.map(\.1)
        if figure.periods == nil, Set(tables.map { $0.periods.map(\.label) }).count > 1 {
            problems.append((["series"], MessageText(.figureSeriesPeriods)))
        }
        if figure.kind == .change {
            problems += changeProblems(tables).map { (["series"], $0) }
            if Set(tables.map { ($0.periods + [$0.basePeriod].compactMap { $0 }).map(\.label) }).count > 1 {
                problems.append((["series"], MessageText(.figureSeriesComparisons)))
            }
        }
        return problems
    }

    /// A change figure draws the percentage changes its tables show.
    static func changeProblems(_ tables: [TableSpec]) -> [MessageText] {
        tables.filter { $0.columns.changePct == false || $0.periods.count < 2 }.map {
            MessageText(.figureNoChanges, ["table": "\($0.id)"])
        }
    }
}

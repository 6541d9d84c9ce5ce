/// Computes the figures of a report from its computed tables. A figure never computes a number of
/// its own: every value it draws is a cell of a table, found by its column (a period, or a
/// comparison for a change figure). What is computed here is what to draw: which cells, in which
/// order (rankings), in which map class, and which are the highest and the lowest.
enum FigureComputer {
    /// A problem with a figure that only shows once the tables are computed.
    struct Problem: Error {
        let reason: MessageText

        init(_ message: Message, _ values: [String: MessageText.Value] = [:]) {
            reason = MessageText(message, values)
        }
    }

    /// The figures of `spec`, numbered in the order the annex shows them: beside the first table
    /// they draw from, in the order of the spec within one table. Without `drawn`, the figures are only
    /// checked: every problem found as when they are made, none made.
    static func compute(_ spec: ReportSpec, tables: [ComputedTable], inputs: ReportInputs,
                        drawn: Bool = true) throws -> [Chart] {
        let figured = Set(spec.figures.flatMap(\.tables))
        let cells = FigureCells(tables: Dictionary(uniqueKeysWithValues: tables.map {
            ($0.id, figured.contains($0.id) ? $0.holdingRows() : $0)
        }))
        let position = Dictionary(uniqueKeysWithValues: spec.tables.enumerated().map { ($1.id, $0) })
        let ordered = spec.figures.enumerated().sorted { a, b in
            (position[a.element.tables[0]] ?? 0, a.offset) < (position[b.element.tables[0]] ?? 0, b.offset)
        }.map(\.element)
        let geometries = MapGeometries()
        // The figures are worked out side by side, then taken in order: a problem is listed, any other error
        // stops at the first figure in that order that throws it, as when they were worked out one by one.
        let contents = SideBySide.map(ordered.count) { index in
            Result {
                try content(ordered[index], cells: cells, specs: spec.tables, inputs: inputs, drawn: drawn,
                            geometries: geometries)
            }
        }
        var charts: [Chart] = []
        var errors: [LoadError] = []
        for (figure, content) in zip(ordered, contents) {
            do {
                guard let content = try content.get() else { continue }
                charts.append(Chart(number: charts.count + 1, spec: figure, tables: figure.tables, content: content))
            } catch let problem as Problem {
                let reason = MessageText(
                    .figureProblem, ["figure": "\(figure.id)", "problem": .message(problem.reason)])
                errors.append(LoadError(file: inputs.specPath, .invalidSpec(reason: reason)))
            }
        }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return charts
    }

    /// The content of `figure`, or nil when it is only checked (not `drawn`); its maps' panels take their
    /// geometry from `geometries` when a map of the same report made it before.
    static func content(_ figure: FigureSpec, cells: FigureCells, specs: [TableSpec], inputs: ReportInputs,
                        drawn: Bool = true, geometries: MapGeometries = MapGeometries()) throws -> ChartContent? {
        guard let id = figure.table else {
            let data = try cells.series(figure, specs: specs)
            return drawn ? .chart(data) : nil
        }
        guard let table = cells.tables[id], let spec = specs.first(where: { $0.id == id }) else {
            throw Problem(.figureNoTable, ["table": "\(id)"])
        }
        if figure.kind == .map {
            let map = MapComputer(figure: figure, table: table, spec: spec, cells: cells, inputs: inputs,
                                  geometries: geometries)
            guard drawn else {
                try map.check()
                return nil
            }
            return .map(try map.map())
        }
        let data = try cells.regions(figure, table: table, spec: spec)
        return drawn ? .chart(data) : nil
    }
}

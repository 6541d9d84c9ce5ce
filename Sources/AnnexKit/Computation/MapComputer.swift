/// Computes a choropleth map from a table per region: a panel per period in the municipal
/// boundaries of the table's boundary year (or of the period's own year), a shape per region of
/// that year, every value classed on one scale over all panels.
struct MapComputer {
    let figure: FigureSpec
    let table: ComputedTable
    let spec: TableSpec
    let cells: FigureCells
    let inputs: ReportInputs
    /// The panels' geometry worked out for the report's other maps.
    var geometries = MapGeometries()

    typealias Problem = FigureComputer.Problem

    var gazetteer: Gazetteer { inputs.gazetteer }

    /// What a map draws, before any panel is made: its rows, level, measure, periods and borders.
    struct Plan {
        let rows: [Int]
        let level: RegionType
        let measure: String
        let periods: [Period]
        let borders: RegionType?
    }

    /// The map's plan, or the problem that stops it: rows of more than one level (or of the country), no
    /// measure.
    func plan() throws -> Plan {
        let rows = table.rows.indices.filter { table.rows[$0].kind == .region }
        let levels = Set(rows.compactMap { table.rows[$0].region?.type })
        guard levels.count == 1, let level = levels.first, level != .land else {
            throw Problem(.figureMapRows)
        }
        guard let measure = (figure.measures ?? spec.measures.map(\.id)).first else {
            throw Problem(.figureNoMeasures)
        }
        return Plan(rows: rows, level: level, measure: measure, periods: figure.periods ?? spec.periods,
                    borders: level == .gemeente ? figure.borders ?? .provincie : figure.borders)
    }

    func map() throws -> ChoroplethMap {
        let plan = try plan()
        let (level, measure, borders) = (plan.level, plan.measure, plan.borders)
        let rowByCode = Dictionary(plan.rows.map { (table.rows[$0].code, $0) }, uniquingKeysWith: { first, _ in first })
        let drafts = try plan.periods.map {
            try panel($0, measure: measure, level: level, borders: borders, rows: plan.rows, rowByCode: rowByCode)
        }
        let format = try checkedFormat(plan)
        let values = drafts.flatMap(\.shapes).compactMap { $0.value.flatMap { $0.isDrawable ? $0.amount.exact : nil } }
        let classes = MapClassification.classes(figure.classes ?? .standard, values: values, decimals: format.decimals)
        let panels = drafts.map { draft in
            let shapes = draft.shapes.map { shape in
                let value = shape.value.flatMap { $0.isDrawable ? $0.amount.exact : nil }
                return MapShape(region: shape.region, rings: shape.rings, value: shape.value,
                                classIndex: value.flatMap { MapClassification.index(of: $0, in: classes) })
            }
            let (highest, lowest) = FigureCells.extremes(shapes.map(\.value))
            return MapPanel(period: draft.period, year: draft.year, shapes: shapes, outlines: draft.outlines,
                            borders: draft.borders, highest: highest, lowest: lowest)
        }
        return ChoroplethMap(level: level, measure: MeasureReference(table: table.measuresFrom, measure: measure),
                             panels: panels, classes: classes, borders: borders == level ? nil : borders,
                             total: try total(measure: measure, periods: plan.periods))
    }

    /// Finds every problem `map()` would find, in the same order, without making the map: no shapes,
    /// values, classes or lines (`annex check`). A panel's regions are looked up once per map year and level.
    func check() throws {
        let plan = try plan()
        for period in plan.periods {
            let (year, topology) = try self.topology(period)
            let column = try cells.column(table, measure: plan.measure, .period(period))
            let drawn = geometries.codes(year: year, level: plan.level) {
                Set(regions(of: topology, level: plan.level).map(\.region.code))
            }
            try checkDrawn(drawn, rows: plan.rows, column: column, period: period, year: year)
        }
        _ = try checkedFormat(plan)
        _ = try total(measure: plan.measure, periods: plan.periods)
    }

    /// The format of the map's values (its first period's column); a class bound with more decimals than
    /// that format shows is a problem.
    private func checkedFormat(_ plan: Plan) throws -> CellFormat {
        let format = table.columns[try cells.column(table, measure: plan.measure, .period(plan.periods[0]))].format
        if case .breaks(let breaks) = figure.classes ?? .standard,
           let bound = breaks.first(where: { !MapClassification.fits($0, decimals: format.decimals) }) {
            throw Problem(
                .figureBoundDecimals, ["bound": "\(PlainNumber.format(bound))", "decimals": .number(format.decimals)])
        }
        return format
    }

    /// The year of a period's map and its topology; a period without a map is a problem.
    private func topology(_ period: Period) throws -> (year: Int, topology: Topology) {
        guard let year = spec.boundaryYear ?? Int(period.label), let topology = inputs.maps[year] else {
            throw Problem(.figureNoMap, ["period": "\(period)"])
        }
        return (year, topology)
    }

    /// A row with a figure in `column` whose region is not among the `drawn` codes is a problem: the map
    /// would lose it.
    private func checkDrawn(_ drawn: Set<String>, rows: [Int], column: Int, period: Period, year: Int) throws {
        let lost = rows.filter { table.rows[$0].cells[column].exact != nil && !drawn.contains(table.rows[$0].code) }
        if !lost.isEmpty {
            let names = lost.map { table.rows[$0].region?.name ?? table.rows[$0].code }.joined(separator: ", ")
            throw Problem(.figureNotOnMap, ["names": "\(names)", "period": "\(period)", "year": "\(year)"])
        }
    }

    /// The shapes of one period, not yet classed, and the lines over them; `rowByCode` is the first of
    /// `rows` with each code.
    func panel(_ period: Period, measure: String, level: RegionType, borders: RegionType?,
               rows: [Int], rowByCode: [String: Int]) throws -> MapPanel {
        let (year, topology) = try self.topology(period)
        let column = try cells.column(table, measure: measure, .period(period))
        let key = MapGeometries.Key(year: year, level: level, borders: borders)
        let drawing = geometries.geometry(key) { panelGeometry(topology, level: level, borders: borders) }
        let shapes = drawing.shapes.map { region, rings in
            let value = rowByCode[region.code].map { cells.value(table, row: $0, column: column) }
            return MapShape(region: region, rings: rings, value: value, classIndex: nil)
        }
        try checkDrawn(Set(shapes.map(\.region.code)), rows: rows, column: column, period: period, year: year)
        return MapPanel(period: period, year: year, shapes: shapes, outlines: drawing.outlines,
                        borders: drawing.borders, highest: [], lowest: [])
    }

    /// The regions of `level` on `topology` with their rings, and the lines over them: the outlines of
    /// regions of several municipalities and the borders of `borders`.
    private func panelGeometry(_ topology: Topology, level: RegionType,
                               borders: RegionType?) -> MapGeometries.Geometry {
        let shapes = regions(of: topology, level: level).map { region, features in
            (region: region, rings: features.flatMap { topology.rings[$0] })
        }
        let outlines = level == .gemeente ? [] : topology.mesh { region(of: $0, level: level)?.code }
        let lines = borders.map { border in
            border == level ? [] : topology.mesh { region(of: $0, level: border)?.code }
        }
        return MapGeometries.Geometry(shapes: shapes, outlines: outlines, borders: lines ?? [])
    }

    /// The regions of `level` on a municipal map, each with the features (municipalities) it
    /// consists of: for municipalities in the map's order, for districts and provinces by code.
    func regions(of topology: Topology, level: RegionType) -> [(region: Region, features: [Int])] {
        var groups: [(region: Region, features: [Int])] = []
        var position: [String: Int] = [:]
        for (index, feature) in topology.features.enumerated() {
            let region = self.region(of: feature, level: level)
                ?? Region(type: .gemeente, code: feature.code, name: feature.name)
            if let group = position[region.code] {
                groups[group].features.append(index)
            } else {
                position[region.code] = groups.count
                groups.append((region, [index]))
            }
        }
        return level == .gemeente ? groups : groups.sorted { $0.region.code < $1.region.code }
    }

    /// The region of `level` a municipality of the map lies in.
    func region(of feature: Topology.Feature, level: RegionType) -> Region? {
        guard let municipality = gazetteer.municipality(code: feature.code) else { return nil }
        switch level {
        case .arrondissement: return gazetteer.arrondissement(code: municipality.arrondissement)?.region
        case .provincie: return municipality.provinceRegion
        case .gemeente, .land: return municipality.region
        case .regio: return nil
        }
    }

    /// The table's national row (or its sum of rows) with its values in the periods drawn.
    func total(measure: String, periods: [Period]) throws -> MapTotal? {
        guard let row = table.rows.firstIndex(where: { $0.code == Region.netherlands.code })
            ?? table.rows.firstIndex(where: { $0.kind == .sumOfRows }) else { return nil }
        let values = try periods.map { period in
            cells.value(table, row: row, column: try cells.column(table, measure: measure, .period(period)))
        }
        guard let from = periods.first, let to = periods.last, from != to,
              let column = try? cells.column(table, measure: measure, .changePercentage(from: from, to: to)) else {
            return MapTotal(row: row, values: values, change: nil)
        }
        return MapTotal(row: row, values: values, change: cells.value(table, row: row, column: column))
    }
}

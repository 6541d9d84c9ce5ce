/// Computes a choropleth map from a table per region: a panel per period in the municipal
/// boundaries of the table's boundary year (or of the period's own year), a shape per region of
/// that year, every value classed on one scale over all panels.
struct MapComputer {
    let figure: FigureSpec
    let table: ComputedTable
    let spec: TableSpec
    let drawn: Drawn
    let inputs: ReportInputs

    typealias Problem = FigureComputer.Problem

    var gazetteer: Gazetteer { inputs.gazetteer }

    func map() throws -> ChoroplethMap {
        let rows = table.rows.indices.filter { table.rows[$0].kind == .region }
        let levels = Set(rows.compactMap { table.rows[$0].region?.type })
        guard levels.count == 1, let level = levels.first, level != .land else {
            throw Problem(reason: "een kaart tekent een tabel met een rij per gemeente, arrondissement of provincie")
        }
        guard let measure = (figure.measures ?? spec.measures.map(\.id)).first else { throw Problem(reason: "geen maat") }
        let periods = figure.periods ?? spec.periods
        let rowByCode = Dictionary(rows.compactMap { row in table.rows[row].region.map { ($0.code, row) } }, uniquingKeysWith: { a, _ in a })
        let borders = level == .gemeente ? figure.borders ?? .provincie : figure.borders
        var panels: [(period: Period, year: Int, shapes: [(region: Region, rings: [[MapPoint]], value: ChartValue?)],
                      outlines: [[MapPoint]], borders: [[MapPoint]])] = []
        for period in periods {
            guard let year = spec.boundaryYear ?? Int(period.label), let topology = inputs.maps[year] else {
                throw Problem(reason: "geen kaart voor periode \(period)")
            }
            let column = try drawn.column(table, measure: measure, .period(period))
            let groups = regions(of: topology, level: level)
            let shapes = groups.map { region, features in
                (region, features.flatMap { topology.features[$0].polygons.joined().map(topology.points(ofRing:)) },
                 rowByCode[region.code].map { drawn.value(table, row: $0, column: column) })
            }
            let drawnCodes = Set(groups.map(\.region.code))
            let lost = rows.filter { table.rows[$0].cells[column].exact != nil && !drawnCodes.contains(table.rows[$0].code) }
            if !lost.isEmpty {
                throw Problem(reason: "\(lost.map { table.rows[$0].region?.name ?? "" }.joined(separator: ", ")) heeft een cijfer voor "
                              + "\(period) maar staat niet op de kaart van \(year)")
            }
            let outlines = level == .gemeente ? [] : topology.mesh { group(of: $0, level: level) }
            let lines = borders.flatMap { border in border == level ? nil : topology.mesh { group(of: $0, level: border) } } ?? []
            panels.append((period, year, shapes, outlines, lines))
        }
        let format = table.columns[try drawn.column(table, measure: measure, .period(periods[0]))].format
        let values = panels.flatMap { $0.shapes.compactMap { $0.value.flatMap { $0.isDrawable ? $0.amount.exact : nil } } }
        let rule = figure.classes ?? .standard
        if case .breaks(let breaks) = rule, let bound = breaks.first(where: { !MapClassification.fits($0, decimals: format.decimals) }) {
            throw Problem(reason: "klassengrens \(PlainNumber.format(bound)) heeft meer decimalen dan de tabel toont (\(format.decimals))")
        }
        let classes = MapClassification.classes(rule, values: values, decimals: format.decimals)
        return ChoroplethMap(
            level: level, measure: MeasureReference(table: table.measuresFrom, measure: measure),
            panels: panels.map { panel in
                let shapes = panel.shapes.map { shape in
                    MapShape(region: shape.region, rings: shape.rings, value: shape.value, classIndex: shape.value.flatMap {
                        $0.isDrawable ? $0.amount.exact.flatMap { MapClassification.index(of: $0, in: classes) } : nil
                    })
                }
                let (highest, lowest) = Drawn.extremes(shapes.map(\.value))
                return MapPanel(period: panel.period, year: panel.year, shapes: shapes, outlines: panel.outlines,
                                borders: panel.borders, highest: highest, lowest: lowest)
            },
            classes: classes, borders: borders == level ? nil : borders, total: try total(measure: measure, periods: periods))
    }

    /// The regions of `level` on a municipal map, each with the features (municipalities) it consists of.
    func regions(of topology: Topology, level: RegionType) -> [(region: Region, features: [Int])] {
        if level == .gemeente {
            return topology.features.indices.map { index in
                let code = topology.features[index].code
                return (gazetteer.municipality(code: code)?.region ?? Region(type: .gemeente, code: code, name: topology.features[index].name),
                        [index])
            }
        }
        var groups: [String: (region: Region, features: [Int])] = [:]
        for (index, feature) in topology.features.enumerated() {
            guard let municipality = gazetteer.municipality(code: feature.code) else { continue }
            let region = level == .provincie ? municipality.provinceRegion
                : gazetteer.arrondissement(code: municipality.arrondissement)?.region ?? municipality.region
            groups[region.code, default: (region, [])].features.append(index)
        }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// The code of the region of `level` a municipality of the map belongs to.
    func group(of feature: Topology.Feature, level: RegionType) -> String? {
        guard let municipality = gazetteer.municipality(code: feature.code) else { return nil }
        switch level {
        case .arrondissement: return municipality.arrondissement
        case .provincie: return municipality.provinceRegion.code
        case .gemeente, .land: return municipality.code
        }
    }

    /// The table's national row (or its sum of rows) with its values in the periods drawn.
    func total(measure: String, periods: [Period]) throws -> (row: Int, values: [ChartValue], change: ChartValue?)? {
        guard let row = table.rows.firstIndex(where: { $0.code == Region.netherlands.code })
            ?? table.rows.firstIndex(where: { $0.kind == .sumOfRows }) else { return nil }
        let values = try periods.map { drawn.value(table, row: row, column: try drawn.column(table, measure: measure, .period($0))) }
        guard let from = periods.first, let to = periods.last, from != to,
              let column = try? drawn.column(table, measure: measure, .changePercentage(from: from, to: to)) else {
            return (row, values, nil)
        }
        return (row, values, drawn.value(table, row: row, column: column))
    }
}

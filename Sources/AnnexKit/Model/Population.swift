/// Inhabitants per municipality and year, from a CBS population table.
public struct Population: Sendable {
    private let values: [String: Exact]

    /// `values` keyed by municipality code and year.
    public init(_ values: [(code: String, year: Int, inhabitants: Exact)]) {
        self.values = Dictionary(
            values.map { (Self.key($0.code, $0.year), $0.inhabitants) }, uniquingKeysWith: { first, _ in first })
    }

    static func key(_ code: String, _ year: Int) -> String { "\(code)/\(year)" }

    /// Inhabitants of `region` in `year`: a municipality's own figure, or for a municipality that
    /// did not exist yet, the sum of its predecessors then; for a district, province or the country,
    /// the sum over the municipalities that existed that year (incomplete when one is unknown).
    public func inhabitants(of region: Region, in year: Int, gazetteer: Gazetteer) -> Amount {
        switch region.type {
        case .gemeente:
            if let value = values[Self.key(region.code, year)] { return .count(value) }
            guard let municipality = gazetteer.municipality(code: region.code), !municipality.existed(in: year) else {
                return .missing
            }
            let predecessors = gazetteer.predecessors(of: region.code, by: Int.max)
                .compactMap(gazetteer.municipality(code:)).filter { $0.existed(in: year) }
            // No inhabitants can exist for a municipality that did not exist and had no predecessors.
            guard !predecessors.isEmpty else { return .notApplicable }
            return Arithmetic.sum(predecessors.map { inhabitants(of: $0.region, in: year, gazetteer: gazetteer) })
        case .regio:
            return values[Self.key(region.code, year)].map { .count($0) } ?? .missing
        case .arrondissement, .provincie, .land:
            let members = gazetteer.municipalities(existingIn: year).filter { municipality in
                region.type == .land
                    || Aggregation.group(of: municipality, level: region.type, gazetteer: gazetteer) == region
            }
            return Arithmetic.sum(members.map { inhabitants(of: $0.region, in: year, gazetteer: gazetteer) })
        }
    }
}

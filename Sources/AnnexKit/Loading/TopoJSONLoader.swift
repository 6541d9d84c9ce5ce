import Foundation

/// Reads a TopoJSON file (as CBS/PDOK boundaries are published via cartomap/nl): one object of
/// polygons with their `statcode` and `statnaam`, arcs quantized and delta-encoded. Decoded here
/// into absolute coordinates, checked: every arc reference exists and every ring closes.
public enum TopoJSONLoader {
    /// The municipalities of `year` from `<folder>/gemeente_<year>.topojson`, checked against the
    /// reference: exactly the municipalities that existed that year.
    public static func municipalities(year: Int, folder: String, gazetteer: Gazetteer) throws -> Topology {
        let path = folder + "/gemeente_\(year).topojson"
        let topology = try load(path: path)
        let drawn = topology.features.map(\.code)
        let existing = Set(gazetteer.municipalities(existingIn: year).map(\.code))
        let unknown = drawn.filter { !existing.contains($0) }
        let lacking = existing.subtracting(drawn).sorted()
        var duplicated = Set<String>()
        let twice = drawn.filter { !duplicated.insert($0).inserted }
        guard unknown.isEmpty, lacking.isEmpty, twice.isEmpty else {
            let parts: [(Message, [String])] = [(.mapUnknown, unknown), (.mapLacking, lacking), (.mapTwice, twice)]
            let found = parts.filter { !$0.1.isEmpty }.map { message, codes in
                MessageText(message, ["year": "\(year)", "codes": "\(codes.prefix(8).joined(separator: ", "))"])
            }
            let reason = MessageText(.mapNotReference, ["problems": .list(found, separator: "; ")])
            throw LoadErrors([LoadError(file: path, .invalidGeometry(reason: reason))])
        }
        return topology
    }

    /// The municipal maps the spec's map figures need, by year: the boundary year of the figure's
    /// table, or else the year of each period drawn. Geometry is read from `<reference>/geo`.
    public static func maps(for spec: ReportSpec, folder: String, gazetteer: Gazetteer,
                            specPath: String) throws -> [Int: Topology] {
        var maps: [Int: Topology] = [:]
        var errors: [LoadError] = []
        for figure in spec.figures where figure.kind == .map {
            guard let table = spec.tables.first(where: { $0.id == figure.table }) else { continue }
            for period in figure.periods ?? table.periods {
                guard let year = table.boundaryYear ?? Int(period.label) else {
                    let reason = MessageText(.mapPeriodNotYear, ["figure": "\(figure.id)", "period": "\(period)",
                                                                 "table": "\(table.id)"])
                    errors.append(LoadError(file: specPath, .invalidSpec(reason: reason)))
                    continue
                }
                guard maps[year] == nil else { continue }
                do {
                    maps[year] = try municipalities(year: year, folder: folder, gazetteer: gazetteer)
                } catch let failure as LoadErrors {
                    errors += failure.errors
                }
            }
        }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return maps
    }

    public static func load(path: String) throws -> Topology {
        func failure(_ message: Message, _ values: [String: MessageText.Value] = [:]) -> LoadErrors {
            LoadErrors([LoadError(file: path, .invalidGeometry(reason: MessageText(message, values)))])
        }
        let data = try InputFile.bytes(path)
        let file: TopoJSONFile
        do {
            file = try TopoJSONReader.read(data) ?? JSONDecoder().decode(TopoJSONFile.self, from: data)
        } catch let error as DecodingError {
            throw failure(.mapNotTopoJSON, ["problem": .message(error.message)])
        } catch let error as FieldError {
            throw failure(.mapNotTopoJSON, ["problem": .message(error.message)])
        }
        guard file.type == "Topology", file.objects.count == 1, let object = file.objects.values.first else {
            throw failure(.mapOneObject)
        }
        let arcs = try (0..<file.arcs.count).map { index in
            try file.arcs.points(ofArc: index, transform: file.transform, problem: {
                failure(.mapArc, ["arc": "\(index)", "problem": .message(MessageText($0))])
            })
        }
        var features: [Topology.Feature] = []
        for (index, geometry) in object.geometries.enumerated() {
            guard let code = geometry.properties?.statcode, !code.isEmpty else {
                throw failure(.mapNoCode, ["area": .number(index + 1)])
            }
            // An area without a ring, or a ring without an arc, would not be drawn: never silently.
            let emptyPart = geometry.polygons.contains { $0.isEmpty || $0.contains(where: \.isEmpty) }
            if geometry.polygons.isEmpty || emptyPart {
                throw failure(.mapEmptyArea, ["code": "\(code)"])
            }
            for reference in geometry.polygons.joined().joined() where Topology.arc(reference).index >= arcs.count {
                throw failure(.mapMissingArc, ["code": "\(code)", "arc": "\(Topology.arc(reference).index)"])
            }
            let name = geometry.properties?.statnaam ?? code
            features.append(Topology.Feature(code: code, name: name, polygons: geometry.polygons))
        }
        let topology = Topology(arcs: arcs, features: features)
        for (feature, rings) in zip(features, topology.rings) {
            for points in rings where points.count < 4 || points.first != points.last {
                throw failure(.mapOpenRing, ["code": "\(feature.code)"])
            }
        }
        return topology
    }
}

/// The parts of a TopoJSON file annex reads.
struct TopoJSONFile: Decodable, Equatable {
    struct Transform: Decodable, Equatable {
        let scale: [Double]
        let translate: [Double]
    }

    struct Properties: Decodable, Equatable {
        let statcode: String?
        let statnaam: String?
    }

    struct Geometry: Decodable, Equatable {
        let properties: Properties?
        /// Polygons of rings of arc references; a Polygon is one polygon.
        let polygons: [[[Int]]]

        enum CodingKeys: String, CodingKey { case type, arcs, properties }

        init(properties: Properties?, polygons: [[[Int]]]) {
            self.properties = properties
            self.polygons = polygons
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            properties = try container.decodeIfPresent(Properties.self, forKey: .properties)
            switch try container.decode(String.self, forKey: .type) {
            case "Polygon": polygons = [try container.decode([[Int]].self, forKey: .arcs)]
            case "MultiPolygon": polygons = try container.decode([[[Int]]].self, forKey: .arcs)
            case let other:
                throw container.refuse(.type, .mapNotPolygon, ["type": "\(other)"])
            }
        }
    }

    struct Object: Decodable, Equatable {
        let geometries: [Geometry]
    }

    let type: String
    let transform: Transform?
    let arcs: TopoJSONArcs
    let objects: [String: Object]
}

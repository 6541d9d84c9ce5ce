/// A point of a map in RD New (EPSG:28992) metres: `x` east, `y` north.
public struct MapPoint: Sendable, Hashable {
    public let x: Double
    public let y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The regions of a map as a topology (TopoJSON): every border segment is one shared arc, so
/// neighbouring regions meet exactly and borders between groups of regions can be drawn once.
public struct Topology: Sendable {
    /// One region of the map.
    public struct Feature: Sendable {
        /// CBS code (`GM0363`).
        public let code: String
        public let name: String
        /// Polygons, each a list of rings (the outer ring first, then holes), each ring a list of
        /// arc references: `i` is arc i as stored, `~i` (that is `-i - 1`) is arc i reversed.
        public let polygons: [[[Int]]]
    }

    /// Every arc as absolute points.
    public let arcs: [[MapPoint]]
    public let features: [Feature]

    public init(arcs: [[MapPoint]], features: [Feature]) {
        self.arcs = arcs
        self.features = features
    }

    /// The index of the arc a reference points to, and whether it is reversed.
    static func arc(_ reference: Int) -> (index: Int, reversed: Bool) {
        reference < 0 ? (~reference, true) : (reference, false)
    }

    /// The points of a ring, closed (its last point is its first).
    public func points(ofRing ring: [Int]) -> [MapPoint] {
        var points: [MapPoint] = []
        for reference in ring {
            let (index, reversed) = Self.arc(reference)
            let arc = reversed ? arcs[index].reversed() : arcs[index]
            points += points.isEmpty ? arc : Array(arc.dropFirst())
        }
        return points
    }

    /// The arcs on the border between two groups of features, or on the outer border of the map:
    /// arcs used by one feature only, or by features whose `group` differs. Features without a
    /// group count as a group of their own.
    public func mesh(group: (Feature) -> String?) -> [[MapPoint]] {
        var users = [[Int]](repeating: [], count: arcs.count)
        for (index, feature) in features.enumerated() {
            for reference in feature.polygons.joined().joined() {
                users[Self.arc(reference).index].append(index)
            }
        }
        return arcs.indices.filter { arc in
            let groups = Set(users[arc].map { group(features[$0]) ?? features[$0].code })
            return users[arc].count == 1 || groups.count > 1
        }.map { arcs[$0] }
    }
}

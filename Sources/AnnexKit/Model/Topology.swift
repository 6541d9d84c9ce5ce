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
    /// Per feature, the points of its rings (`points(ofRing:)`, its polygons' rings in order):
    /// worked out once, as every panel of a map draws them.
    public let rings: [[[MapPoint]]]

    /// The arcs' references must exist.
    public init(arcs: [[MapPoint]], features: [Feature]) {
        self.arcs = arcs
        self.features = features
        rings = features.map { feature in feature.polygons.joined().map { Self.points(ofRing: $0, arcs: arcs) } }
    }

    /// The index of the arc a reference points to, and whether it is reversed.
    static func arc(_ reference: Int) -> (index: Int, reversed: Bool) {
        reference < 0 ? (~reference, true) : (reference, false)
    }

    /// The points of a ring, closed (its last point is its first).
    public func points(ofRing ring: [Int]) -> [MapPoint] {
        Self.points(ofRing: ring, arcs: arcs)
    }

    private static func points(ofRing ring: [Int], arcs: [[MapPoint]]) -> [MapPoint] {
        var points: [MapPoint] = []
        for reference in ring {
            let (index, reversed) = Self.arc(reference)
            // Each arc after the first starts where the one before ended.
            let shared = points.isEmpty ? 0 : 1
            if reversed {
                points.append(contentsOf: arcs[index].reversed().dropFirst(shared))
            } else {
                points.append(contentsOf: arcs[index].dropFirst(shared))
            }
        }
        return points
    }

    /// The arcs on the border between two groups of features, or on the outer border of the map:
    /// arcs used by one feature only, or by features whose `group` differs. Features without a
    /// group count as a group of their own.
    public func mesh(group: (Feature) -> String?) -> [[MapPoint]] {
        // Each feature's group as a number, asked once per feature rather than once per arc.
        var numbers: [String: Int] = [:]
        let groups = features.map { feature in
            let name = group(feature) ?? feature.code
            if let number = numbers[name] { return number }
            numbers[name] = numbers.count
            return numbers.count - 1
        }
        // Per arc: how many features use it, and the group of the first (nil once two groups meet).
        var uses = [Int](repeating: 0, count: arcs.count)
        var groupOfArc = [Int?](repeating: nil, count: arcs.count)
        var between = [Bool](repeating: false, count: arcs.count)
        for (index, feature) in features.enumerated() {
            for reference in feature.polygons.joined().joined() {
                let arc = Self.arc(reference).index
                uses[arc] += 1
                if let first = groupOfArc[arc], first != groups[index] { between[arc] = true }
                if groupOfArc[arc] == nil { groupOfArc[arc] = groups[index] }
            }
        }
        return arcs.indices.filter { uses[$0] == 1 || between[$0] }.map { arcs[$0] }
    }
}

/// The shapes and lines of map panels, worked out once for all the maps of one report: a panel's
/// regions, their rings and the lines over them depend only on its map year, its level of regions
/// and its borders (the table gives the values), so maps of the same year and level share them.
final class MapGeometries {
    /// What a panel's geometry depends on besides the report's maps and gazetteer.
    struct Key: Hashable {
        let year: Int
        let level: RegionType
        let borders: RegionType?
        /// Whether the shapes have their rings and the panel its lines (`MapComputer.geometry`).
        let drawn: Bool
    }

    /// The regions of a panel in drawing order with their rings, and the lines drawn over them.
    struct Geometry {
        let shapes: [(region: Region, rings: [[MapPoint]])]
        let outlines: [[MapPoint]]
        let borders: [[MapPoint]]
    }

    private var made: [Key: Geometry] = [:]

    /// The geometry of `key`, made by `make` the first time it is asked for.
    func geometry(_ key: Key, make: () -> Geometry) -> Geometry {
        if let geometry = made[key] { return geometry }
        let geometry = make()
        made[key] = geometry
        return geometry
    }
}

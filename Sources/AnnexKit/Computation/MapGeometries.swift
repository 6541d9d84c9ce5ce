import Foundation

/// The shapes and lines of map panels, worked out once for all the maps of one report: a panel's
/// regions, their rings and the lines over them depend only on its map year, its level of regions
/// and its borders (the table gives the values), so maps of the same year and level share them.
/// The maps of a report are computed side by side: one lock guards what is made.
final class MapGeometries: @unchecked Sendable {
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

    private let lock = NSLock()
    private var made: [Key: Geometry] = [:]

    /// The geometry of `key`, made by `make` the first time it is asked for; a map that asks for it while
    /// another makes it waits for that one.
    func geometry(_ key: Key, make: () -> Geometry) -> Geometry {
        lock.lock()
        defer { lock.unlock() }
        if let geometry = made[key] { return geometry }
        let geometry = make()
        made[key] = geometry
        return geometry
    }
}

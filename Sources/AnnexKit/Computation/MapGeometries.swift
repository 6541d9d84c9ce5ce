import Foundation

/// The shapes and lines of map panels, worked out once for all the maps of one report: a panel's
/// regions, their rings and the lines over them depend only on its map year, its level of regions
/// and its borders (the table gives the values), so maps of the same year and level share them.
/// A map only checked needs the codes of a panel's regions alone, which depend on its map year and level.
/// The maps of a report are computed side by side: one lock guards what is made.
final class MapGeometries: @unchecked Sendable {
    /// What a panel's geometry depends on besides the report's maps and gazetteer.
    struct Key: Hashable {
        let year: Int
        let level: RegionType
        let borders: RegionType?
    }

    /// What the codes of a panel's regions depend on besides the report's maps and gazetteer.
    struct Level: Hashable {
        let year: Int
        let level: RegionType
    }

    /// The regions of a panel in drawing order with their rings, and the lines drawn over them.
    struct Geometry {
        let shapes: [(region: Region, rings: [[MapPoint]])]
        let outlines: [[MapPoint]]
        let borders: [[MapPoint]]
    }

    private let lock = NSLock()
    private var made: [Key: Geometry] = [:]
    private var regionCodes: [Level: Set<String>] = [:]

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

    /// The codes of the regions of `level` on the map of `year`, made by `make` the first time they are asked
    /// for.
    func codes(year: Int, level: RegionType, make: () -> Set<String>) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        let key = Level(year: year, level: level)
        if let codes = regionCodes[key] { return codes }
        let codes = make()
        regionCodes[key] = codes
        return codes
    }
}

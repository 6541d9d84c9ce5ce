import Foundation

/// The path data of map panels, made once for all the figures of a report that draw the same shapes and
/// lines at the same place: the maps of one table, or of tables in the same boundaries, draw the same
/// municipalities and borders, and their outlines are most of a build's drawing.
///
/// A panel's paths are taken again only for rings or lines equal to those they were made from (a map
/// year's are shared, so comparing them mostly compares their storage), closed alike and placed by an
/// equal `Placement`: the same bytes as made anew. The figures are drawn side by side: a panel asked for
/// while another thread makes it is waited for, not made twice.
final class MapPaths: @unchecked Sendable {
    /// Where a panel is drawn: the extent's west and north edges, the scale (pixels per metre) and
    /// the panel's left and top edges in pixels.
    struct Placement: Hashable {
        let minX: Double
        let maxY: Double
        let scale: Double
        let left: Double
        let top: Double

        /// A point in RD New metres as whole tenths of a pixel.
        func project(_ point: MapPoint) -> (Int, Int) {
            (Self.rounded(((point.x - minX) * scale + left) * FigureStyle.mapTenthsPerPixel),
             Self.rounded(((maxY - point.y) * scale + top) * FigureStyle.mapTenthsPerPixel))
        }

        /// `Int(value.rounded())` (halves away from zero) without a call to the C library's `round`: the whole
        /// part by conversion, then the fraction left, which is exact, compared with a half.
        @inline(__always)
        static func rounded(_ value: Double) -> Int {
            let whole = Int(value)
            let fraction = value - Double(whole)
            return fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole
        }
    }

    /// One panel's paths; its lock is held by the thread that makes them until they are there.
    private final class Panel: @unchecked Sendable {
        let lock = NSLock()
        let lines: [[[MapPoint]]]
        let closed: Bool
        var paths: [ByteBuffer] = []

        init(lines: [[[MapPoint]]], closed: Bool) {
            self.lines = lines
            self.closed = closed
        }
    }

    private let lock = NSLock()
    private var panels: [Placement: [Panel]] = [:]

    /// The path data of each of `paths`, each a shape's rings (`closed`) or a set of lines, placed at
    /// `placement`: made by `make` unless made before for equal ones, closed alike, at an equal placement.
    func paths(_ paths: [[[MapPoint]]], closed: Bool, at placement: Placement,
               make: ([[MapPoint]]) -> ByteBuffer) -> [ByteBuffer] {
        lock.lock()
        if let made = panels[placement]?.first(where: { $0.closed == closed && $0.lines == paths }) {
            lock.unlock()
            made.lock.lock()
            defer { made.lock.unlock() }
            return made.paths
        }
        let panel = Panel(lines: paths, closed: closed)
        panel.lock.lock()
        panels[placement, default: []].append(panel)
        lock.unlock()
        defer { panel.lock.unlock() }
        panel.paths = paths.map(make)
        return panel.paths
    }
}

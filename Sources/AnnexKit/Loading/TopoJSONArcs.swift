/// The arcs of a TopoJSON file as read, before they are decoded to points: the first two coordinates of every
/// position in one flat array and where each arc ends, rather than an array per position and per arc.
struct TopoJSONArcs: Decodable, Equatable {
    /// x and y of each position in turn. A position of fewer than two coordinates is stored as two infinities,
    /// which the decoding refuses as it refuses any coordinate that is not finite.
    private var coordinates: [Double] = []
    /// Per arc, the number of positions up to and including its own.
    private var ends: [Int] = []

    init() {}

    /// The arcs as `JSONDecoder` decodes them: positions of numbers.
    init(from decoder: Decoder) throws {
        for arc in try [[[Double]]](from: decoder) {
            for position in arc {
                if position.count >= 2 {
                    append(x: position[0], y: position[1])
                } else {
                    appendShortPosition()
                }
            }
            endArc()
        }
    }

    var count: Int { ends.count }

    /// Adds a position to the arc being read.
    mutating func append(x: Double, y: Double) {
        coordinates.append(x)
        coordinates.append(y)
    }

    /// Adds a position of fewer than two coordinates to the arc being read.
    mutating func appendShortPosition() {
        append(x: .infinity, y: .infinity)
    }

    /// Ends the arc being read.
    mutating func endArc() {
        ends.append(coordinates.count / 2)
    }

    /// The largest coordinate a map may have, far beyond any projection's range (metres of the Dutch
    /// grid, degrees, web Mercator).
    static let coordinateLimit = 1e12

    /// Absolute points of arc `index`: quantized positions are delta-encoded from the previous one and
    /// then scaled and translated; without a transform they are absolute already.
    func points(ofArc index: Int, transform: TopoJSONFile.Transform?,
                problem: (Message) -> LoadErrors) throws -> [MapPoint] {
        let positions = (index == 0 ? 0 : ends[index - 1])..<ends[index]
        let values = coordinates[(2 * positions.lowerBound)..<(2 * positions.upperBound)]
        guard positions.count >= 2, values.allSatisfy(\.isFinite) else {
            throw problem(.mapFewPoints)
        }
        var points: [MapPoint] = []
        points.reserveCapacity(positions.count)
        if let transform {
            guard transform.scale.count == 2, transform.translate.count == 2 else {
                throw problem(.mapTransform)
            }
            var x = 0.0, y = 0.0
            for position in positions {
                x += coordinates[2 * position]
                y += coordinates[2 * position + 1]
                points.append(MapPoint(x: x * transform.scale[0] + transform.translate[0],
                                       y: y * transform.scale[1] + transform.translate[1]))
            }
        } else {
            for position in positions {
                points.append(MapPoint(x: coordinates[2 * position], y: coordinates[2 * position + 1]))
            }
        }
        // Finite numbers may still add up or scale to coordinates no drawing can hold.
        guard points.allSatisfy({ abs($0.x) <= Self.coordinateLimit && abs($0.y) <= Self.coordinateLimit }) else {
            throw problem(.mapCoordinateRange)
        }
        return points
    }
}

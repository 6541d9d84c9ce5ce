import Foundation

/// Reads the parts of a TopoJSON file annex uses straight from its bytes into a `TopoJSONFile`,
/// as `JSONDecoder` would decode it but several times faster (the maps' geometry is most of what
/// `annex check` reads).
///
/// It reads well-formed files only: on anything else (a syntax error, a field of another type, a
/// key given twice, a number with a fraction where an arc's index belongs, a number with an exponent
/// or of more than `numberLength` characters, a string with escapes, arrays and objects nested deeper
/// than `depthLimit`) it gives nil, and the loader decodes the file with `JSONDecoder` instead, which
/// accepts what JSON allows and says what is wrong. Every value it skips is checked to be valid JSON.
struct TopoJSONReader {
    /// The most digits an integer may have here (larger numbers go to `JSONDecoder`).
    private static let integerDigits = 15
    /// The longest number read here: longer ones, and any with an exponent, go to `JSONDecoder`,
    /// whose reading of them (underflow, `0e2`) this reader does not repeat.
    private static let numberLength = 24
    /// How deep arrays and objects may nest here (a topology needs 6): deeper files go to `JSONDecoder`,
    /// which has a limit of its own, instead of exhausting the stack.
    private static let depthLimit = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Arrays and objects open at `index`.
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The file, or nil when the fast path cannot read it (see the type's description).
    static func read(_ data: Data) -> TopoJSONFile? {
        data.withUnsafeBytes { raw in
            var reader = TopoJSONReader(raw.bindMemory(to: UInt8.self))
            guard let file = reader.file() else { return nil }
            reader.skipSpace()
            return reader.index == reader.bytes.count ? file : nil
        }
    }

    // MARK: The parts of a topology

    private mutating func file() -> TopoJSONFile? {
        var type: String?, transform: TopoJSONFile.Transform?, arcs: [[[Double]]]?
        var objects: [String: TopoJSONFile.Object]?
        let read = members { reader, key in
            switch key {
            case "type": type = reader.string(); return type != nil
            case "transform":
                if reader.null() { return true }
                transform = reader.transform()
                return transform != nil
            case "arcs": arcs = reader.array { $0.array { $0.array { $0.double() } } }; return arcs != nil
            case "objects": objects = reader.objects(); return objects != nil
            default: return reader.skip()
            }
        }
        guard read, let type, let arcs, let objects else { return nil }
        return TopoJSONFile(type: type, transform: transform, arcs: arcs, objects: objects)
    }

    private mutating func transform() -> TopoJSONFile.Transform? {
        var scale: [Double]?, translate: [Double]?
        let read = members { reader, key in
            switch key {
            case "scale": scale = reader.array { $0.double() }; return scale != nil
            case "translate": translate = reader.array { $0.double() }; return translate != nil
            default: return reader.skip()
            }
        }
        guard read, let scale, let translate else { return nil }
        return TopoJSONFile.Transform(scale: scale, translate: translate)
    }

    private mutating func objects() -> [String: TopoJSONFile.Object]? {
        var objects: [String: TopoJSONFile.Object] = [:]
        let read = members { reader, key in
            var geometries: [TopoJSONFile.Geometry]?
            let object = reader.members { reader, key in
                guard key == "geometries" else { return reader.skip() }
                geometries = reader.array { $0.geometry() }
                return geometries != nil
            }
            guard object, let geometries else { return false }
            objects[key] = TopoJSONFile.Object(geometries: geometries)
            return true
        }
        return read ? objects : nil
    }

    /// A Polygon or MultiPolygon; its arcs are read once its type is known, which may come after them.
    private mutating func geometry() -> TopoJSONFile.Geometry? {
        var type: String?, arcsAt: Int?, properties: TopoJSONFile.Properties?
        let read = members { reader, key in
            switch key {
            case "type": type = reader.string(); return type != nil
            case "arcs": arcsAt = reader.index; return reader.skip()
            case "properties":
                if reader.null() { return true }
                properties = reader.properties()
                return properties != nil
            default: return reader.skip()
            }
        }
        guard read, let arcsAt else { return nil }
        let end = index
        defer { index = end }
        index = arcsAt
        let polygons: [[[Int]]]?
        switch type {
        case "Polygon": polygons = array { $0.array { $0.integer() } }.map { [$0] }
        case "MultiPolygon": polygons = array { $0.array { $0.array { $0.integer() } } }
        default: return nil
        }
        return polygons.map { TopoJSONFile.Geometry(properties: properties, polygons: $0) }
    }

    private mutating func properties() -> TopoJSONFile.Properties? {
        var code: String?, name: String?
        let read = members { reader, key in
            switch key {
            case "statcode": guard let value = reader.nullOrString() else { return false }; code = value
            case "statnaam": guard let value = reader.nullOrString() else { return false }; name = value
            default: return reader.skip()
            }
            return true
        }
        return read ? TopoJSONFile.Properties(statcode: code, statnaam: name) : nil
    }

    // MARK: JSON

    /// Reads an object, calling `member` with each key with the reader at its value; false when the
    /// object is malformed, a key comes twice or `member` says its value could not be read.
    private mutating func members(_ member: (inout TopoJSONReader, String) -> Bool) -> Bool {
        guard depth < Self.depthLimit, take(UInt8(ascii: "{")) else { return false }
        depth += 1
        defer { depth -= 1 }
        if take(UInt8(ascii: "}")) { return true }
        var keys = Set<String>()
        repeat {
            skipSpace()
            guard let key = string(), keys.insert(key).inserted, take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard member(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads an array whose every element `element` reads.
    private mutating func array<Element>(_ element: (inout TopoJSONReader) -> Element?) -> [Element]? {
        guard depth < Self.depthLimit, take(UInt8(ascii: "[")) else { return nil }
        depth += 1
        defer { depth -= 1 }
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        repeat {
            skipSpace()
            guard let value = element(&self) else { return nil }
            elements.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// A string without escapes, in valid UTF-8.
    private mutating func string() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] >= 0x20, bytes[end] != UInt8(ascii: "\\") else { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        index = end + 1
        return String(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), encoding: .utf8)
    }

    private mutating func null() -> Bool {
        literal("null")
    }

    /// `.some(nil)` for null, the string, or nil when it is neither.
    private mutating func nullOrString() -> String?? {
        null() ? .some(nil) : string().map { $0 }
    }

    /// A finite number; integers of up to `integerDigits` digits are exact.
    private mutating func double() -> Double? {
        guard let token = number() else { return nil }
        // -0 keeps its sign through the general path.
        let negativeZero = token.value == 0 && bytes[token.range.lowerBound] == UInt8(ascii: "-")
        if token.integral, token.digits <= Self.integerDigits, !negativeZero {
            return Double(token.value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// An integer without fraction or exponent.
    private mutating func integer() -> Int? {
        guard let token = number(), token.integral, token.digits <= Self.integerDigits else { return nil }
        return token.value
    }

    /// A number as JSON writes it, without exponent and at most `numberLength` long; its value when
    /// it is an integer.
    private mutating func number() -> (range: Range<Int>, integral: Bool, digits: Int, value: Int)? {
        let start = index
        let negative = take(UInt8(ascii: "-"), skippingSpace: false)
        let digitsStart = index
        var value = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            if index - digitsStart < Self.integerDigits { value = value * 10 + digit }
            index += 1
        }
        let digits = index - digitsStart
        guard digits > 0, digits == 1 || bytes[digitsStart] != UInt8(ascii: "0") else { return nil }
        var integral = true
        if take(UInt8(ascii: "."), skippingSpace: false) {
            guard skipDigits() else { return nil }
            integral = false
        }
        guard index - start <= Self.numberLength, index == bytes.count || bytes[index] | 0x20 != UInt8(ascii: "e")
        else { return nil }
        return (start..<index, integral, digits, negative ? -value : value)
    }

    /// Skips any JSON value, checking its syntax.
    private mutating func skip() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"): return members { reader, _ in reader.skip() }
        case UInt8(ascii: "["): return array { $0.skip() ? true : nil } != nil
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return null()
        default: return number() != nil
        }
    }

    /// Skips a string, escapes included.
    private mutating func skipString() -> Bool {
        guard take(UInt8(ascii: "\""), skippingSpace: false) else { return false }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] >= 0x20 else { return false }
            if bytes[index] == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { return false }
                switch bytes[index + 1] {
                case UInt8(ascii: "u"):
                    let hex = (index + 2)..<(index + 6)
                    guard hex.upperBound <= bytes.count, hex.allSatisfy({ Self.isHex(bytes[$0]) }) else { return false }
                    index = hex.upperBound
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                default: return false
                }
            } else {
                index += 1
            }
        }
        guard index < bytes.count else { return false }
        let valid = String(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]), encoding: .utf8) != nil
        index += 1
        return valid
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let end = index + word.utf8CodeUnitCount
        guard end <= bytes.count, bytes[index..<end].elementsEqual(UnsafeBufferPointer(start: word.utf8Start,
                                                                                        count: word.utf8CodeUnitCount))
        else { return false }
        index = end
        return true
    }

    private mutating func skipDigits() -> Bool {
        let start = index
        while index < bytes.count, Self.digit(bytes[index]) != nil { index += 1 }
        return index > start
    }

    /// Takes `byte` when it comes next (after white space, unless `skippingSpace` is false).
    private mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
        if skippingSpace { skipSpace() }
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        digit(byte) != nil || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}

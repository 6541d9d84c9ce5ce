import Foundation

/// Reads the parts of a TopoJSON file annex uses straight from its bytes into a `TopoJSONFile`,
/// as `JSONDecoder` would decode it but many times faster (the maps' geometry is most of what
/// `annex check` reads): the arcs' positions go into one flat array, keys are compared as bytes, and
/// strings are made only for the values kept.
///
/// It reads well-formed files only: on anything else (a syntax error, a field of another type, a
/// key given twice, a number with a fraction where an arc's index belongs, a number with an exponent
/// or of more than `numberLength` characters, a string with escapes, an empty list of arcs, arrays and
/// objects nested deeper than `depthLimit`, an object of more than `keyLimit` keys) it gives nil, and the
/// loader decodes the file with `JSONDecoder` instead, which accepts what JSON allows and says what is
/// wrong. Every value it skips is checked to be valid JSON.
struct TopoJSONReader {
    /// The most digits an integer may have here (larger numbers go to `JSONDecoder`).
    private static let integerDigits = 15
    /// The longest number read here: longer ones, and any with an exponent, go to `JSONDecoder`,
    /// whose reading of them (underflow, `0e2`) this reader does not repeat.
    private static let numberLength = 24
    /// How deep arrays and objects may nest here (a topology needs 6): deeper files go to `JSONDecoder`,
    /// which has a limit of its own, instead of exhausting the stack.
    private static let depthLimit = 64
    /// The most keys an object may have here (a region's properties have a handful): each key is compared
    /// with the object's others, so objects with more go to `JSONDecoder`.
    private static let keyLimit = 32

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Arrays and objects open at `index`.
    private var depth = 0
    /// The keys read so far of the objects open at `index`, the outermost first.
    private var keys: [Range<Int>] = []

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
        var type: String?, transform: TopoJSONFile.Transform?, arcs: TopoJSONArcs?
        var objects: [String: TopoJSONFile.Object]?
        let read = members { reader, key in
            if reader.key(key, is: "type") {
                type = reader.string()
                return type != nil
            } else if reader.key(key, is: "transform") {
                if reader.null() { return true }
                transform = reader.transform()
                return transform != nil
            } else if reader.key(key, is: "arcs") {
                arcs = reader.arcs()
                return arcs != nil
            } else if reader.key(key, is: "objects") {
                objects = reader.objects()
                return objects != nil
            }
            return reader.skip()
        }
        guard read, let type, let arcs, let objects else { return nil }
        return TopoJSONFile(type: type, transform: transform, arcs: arcs, objects: objects)
    }

    private mutating func transform() -> TopoJSONFile.Transform? {
        var scale: [Double]?, translate: [Double]?
        let read = members { reader, key in
            if reader.key(key, is: "scale") {
                scale = reader.numbers()
                return scale != nil
            } else if reader.key(key, is: "translate") {
                translate = reader.numbers()
                return translate != nil
            }
            return reader.skip()
        }
        guard read, let scale, let translate else { return nil }
        return TopoJSONFile.Transform(scale: scale, translate: translate)
    }

    /// The arcs: arrays of positions, each an array of at least two numbers (one of fewer is kept as such
    /// for the loader to refuse).
    private mutating func arcs() -> TopoJSONArcs? {
        var arcs = TopoJSONArcs()
        let read = elements { reader in
            let arc = reader.elements { reader in
                var x = 0.0, y = 0.0, count = 0
                let position = reader.elements { reader in
                    guard let value = reader.double() else { return false }
                    if count == 0 { x = value } else if count == 1 { y = value }
                    count += 1
                    return true
                }
                guard position else { return false }
                if count >= 2 { arcs.append(x: x, y: y) } else { arcs.appendShortPosition() }
                return true
            }
            guard arc else { return false }
            arcs.endArc()
            return true
        }
        return read ? arcs : nil
    }

    private mutating func objects() -> [String: TopoJSONFile.Object]? {
        var objects: [String: TopoJSONFile.Object] = [:]
        let read = members { reader, key in
            var geometries: [TopoJSONFile.Geometry] = []
            var found = false
            let object = reader.members { reader, key in
                guard reader.key(key, is: "geometries") else { return reader.skip() }
                found = true
                return reader.elements { reader in
                    guard let geometry = reader.geometry() else { return false }
                    geometries.append(geometry)
                    return true
                }
            }
            guard object, found else { return false }
            objects[reader.text(key)] = TopoJSONFile.Object(geometries: geometries)
            return true
        }
        return read ? objects : nil
    }

    /// A Polygon or MultiPolygon whose arcs' nesting fits its type.
    private mutating func geometry() -> TopoJSONFile.Geometry? {
        var type: Range<Int>?, arcs: (polygons: [[[Int]]], multiple: Bool)?
        var properties: TopoJSONFile.Properties?
        let read = members { reader, key in
            if reader.key(key, is: "type") {
                type = reader.stringRange()
                return type != nil
            } else if reader.key(key, is: "arcs") {
                arcs = reader.references()
                return arcs != nil
            } else if reader.key(key, is: "properties") {
                if reader.null() { return true }
                properties = reader.properties()
                return properties != nil
            }
            return reader.skip()
        }
        guard read, let type, let arcs,
              arcs.multiple ? key(type, is: "MultiPolygon") : key(type, is: "Polygon")
        else { return nil }
        return TopoJSONFile.Geometry(properties: properties, polygons: arcs.polygons)
    }

    /// A geometry's arcs: rings of arc references (`multiple` false, a Polygon's) or polygons of such rings
    /// (`multiple`, a MultiPolygon's). Nil when a list is empty (an area the loader refuses) or the nesting
    /// differs between elements.
    private mutating func references() -> (polygons: [[[Int]]], multiple: Bool)? {
        var polygons: [[[Int]]] = [], rings: [[Int]] = []
        var multiple: Bool?
        let read = elements { reader in
            let polygon = reader.opensNestedArray()
            guard multiple == nil || multiple == polygon else { return false }
            multiple = polygon
            if polygon {
                var rings: [[Int]] = []
                guard reader.elements({ reader in
                    guard let ring = reader.ring() else { return false }
                    rings.append(ring)
                    return true
                }), !rings.isEmpty else { return false }
                polygons.append(rings)
            } else {
                guard let ring = reader.ring() else { return false }
                rings.append(ring)
            }
            return true
        }
        guard read, let multiple else { return nil }
        return multiple ? (polygons, true) : ([rings], false)
    }

    /// A ring: a non-empty array of arc references.
    private mutating func ring() -> [Int]? {
        var ring: [Int] = []
        let read = elements { reader in
            guard let reference = reader.integer() else { return false }
            ring.append(reference)
            return true
        }
        return read && !ring.isEmpty ? ring : nil
    }

    private mutating func properties() -> TopoJSONFile.Properties? {
        var code: String?, name: String?
        let read = members { reader, key in
            if reader.key(key, is: "statcode") {
                guard let value = reader.nullOrString() else { return false }
                code = value
            } else if reader.key(key, is: "statnaam") {
                guard let value = reader.nullOrString() else { return false }
                name = value
            } else {
                return reader.skip()
            }
            return true
        }
        return read ? TopoJSONFile.Properties(statcode: code, statnaam: name) : nil
    }

    // MARK: JSON

    /// Reads an object, calling `member` with each key's bytes with the reader at its value; false when the
    /// object is malformed, a key comes twice or `member` says its value could not be read.
    private mutating func members(_ member: (inout TopoJSONReader, Range<Int>) -> Bool) -> Bool {
        guard depth < Self.depthLimit, take(UInt8(ascii: "{")) else { return false }
        depth += 1
        defer { depth -= 1 }
        if take(UInt8(ascii: "}")) { return true }
        let first = keys.count
        defer { keys.removeSubrange(first...) }
        repeat {
            skipSpace()
            guard keys.count - first < Self.keyLimit, let key = stringRange(),
                  !keys[first...].contains(where: { same($0, key) }), take(UInt8(ascii: ":"))
            else { return false }
            keys.append(key)
            skipSpace()
            guard member(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` with the reader at each element; false when the array is
    /// malformed or `element` says an element could not be read.
    private mutating func elements(_ element: (inout TopoJSONReader) -> Bool) -> Bool {
        guard depth < Self.depthLimit, take(UInt8(ascii: "[")) else { return false }
        depth += 1
        defer { depth -= 1 }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            skipSpace()
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// An array of numbers.
    private mutating func numbers() -> [Double]? {
        var numbers: [Double] = []
        let read = elements { reader in
            guard let number = reader.double() else { return false }
            numbers.append(number)
            return true
        }
        return read ? numbers : nil
    }

    /// Whether an array starts here whose first element is an array.
    private mutating func opensNestedArray() -> Bool {
        let start = index
        defer { index = start }
        return take(UInt8(ascii: "[")) && take(UInt8(ascii: "["))
    }

    /// Whether the bytes of `key` are `word`.
    private func key(_ key: Range<Int>, is word: StaticString) -> Bool {
        key.count == word.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + key.lowerBound, word.utf8Start, key.count) == 0
    }

    /// Whether two ranges hold the same bytes.
    private func same(_ one: Range<Int>, _ other: Range<Int>) -> Bool {
        one.count == other.count
            && memcmp(bytes.baseAddress! + one.lowerBound, bytes.baseAddress! + other.lowerBound, one.count) == 0
    }

    /// The text of a range `stringRange` read.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A string without escapes, in valid UTF-8.
    private mutating func string() -> String? {
        stringRange().map(text)
    }

    /// The bytes between the quotes of a string without escapes, in valid UTF-8.
    private mutating func stringRange() -> Range<Int>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        var bits: UInt8 = 0
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] >= 0x20, bytes[end] != UInt8(ascii: "\\") else { return nil }
            bits |= bytes[end]
            end += 1
        }
        guard end < bytes.count, bits < 0x80 || isUTF8(start..<end) else { return nil }
        index = end + 1
        return start..<end
    }

    private func isUTF8(_ range: Range<Int>) -> Bool {
        String(validating: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) != nil
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
        case UInt8(ascii: "["): return elements { $0.skip() }
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
        var bits: UInt8 = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] >= 0x20 else { return false }
            bits |= bytes[index]
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
        guard index < bytes.count, bits < 0x80 || isUTF8(start..<index) else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let end = index + word.utf8CodeUnitCount
        guard end <= bytes.count, memcmp(bytes.baseAddress! + index, word.utf8Start, word.utf8CodeUnitCount) == 0
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
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        digit(byte) != nil || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}

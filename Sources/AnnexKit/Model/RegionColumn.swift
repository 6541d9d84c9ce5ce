import Foundation

/// The regions of a dataset's rows, stored compactly: per row its type in a byte and the UTF-8 bytes of its
/// code and name in one shared buffer, 11 bytes a row beside the text. A list of `Region`s holds
/// 40 bytes a row and, for a name longer than 15 bytes, an object of its own of some 64 more: at a million
/// rows about 60 MB more.
///
/// A region is made when it is read (`self[row]`); what is stored is given back unchanged.
public struct RegionColumn: RandomAccessCollection, Sendable, Equatable {
    /// Per row, the index of its type in `RegionType.allCases`.
    private var types: [UInt8] = []
    /// The code and then the name of every row, one after the other.
    private var bytes: [UInt8] = []
    /// Per row, where its name ends in `bytes` (its code starts where the row before ends).
    private var ends: [Int] = []
    /// Per row, the length of its code in bytes: codes are fields of a received file, at most
    /// `Limits.fieldSize` (32.767) bytes.
    private var codeLengths: [UInt16] = []

    private static let types = RegionType.allCases

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { types.count }

    public subscript(row: Int) -> Region {
        Region(type: type(at: row), code: text(codeRange(row)), name: text(codeRange(row).upperBound..<ends[row]))
    }

    /// The type of the region of `row`, without making its code and name.
    public func type(at row: Int) -> RegionType { Self.types[Int(types[row])] }

    /// Appends `region` as the last row.
    mutating func append(_ region: Region) {
        let code = region.code.utf8
        precondition(code.count <= UInt16.max, "RegionColumn: a region's code longer than 65.535 bytes")
        types.append(UInt8(Self.types.firstIndex(of: region.type)!))
        bytes.append(contentsOf: code)
        bytes.append(contentsOf: region.name.utf8)
        ends.append(bytes.count)
        codeLengths.append(UInt16(code.count))
    }

    /// Reserves room for `rows` rows of `textBytes` bytes of codes and names in all: what is never
    /// filled is never touched, so a generous estimate costs no memory.
    mutating func reserveCapacity(rows: Int, textBytes: Int) {
        types.reserveCapacity(rows)
        ends.reserveCapacity(rows)
        codeLengths.reserveCapacity(rows)
        bytes.reserveCapacity(textBytes)
    }

    /// Whether the region of `row` is of `type` and has `code` (as `String` compares: canonically
    /// equivalent texts are equal), without making its code.
    func has(type: RegionType, code: String, at row: Int) -> Bool {
        guard self.type(at: row) == type else { return false }
        let stored = bytes[codeRange(row)]
        if stored.elementsEqual(code.utf8) { return true }
        return !(Self.isASCII(stored) && Self.isASCII(code.utf8)) && text(codeRange(row)) == code
    }

    /// Whether the region of `row` has `name` (as `String` compares), without making its name.
    func has(name: String, at row: Int) -> Bool {
        let range = codeRange(row).upperBound..<ends[row]
        if bytes[range].elementsEqual(name.utf8) { return true }
        return !(Self.isASCII(bytes[range]) && Self.isASCII(name.utf8)) && text(range) == name
    }

    /// Feeds the type and code of the region of `row` to `hasher` as `Self.hash(type:code:into:)` does.
    func hash(row: Int, into hasher: inout Hasher) {
        let stored = bytes[codeRange(row)]
        if Self.isASCII(stored) {
            hasher.combine(types[row])
            stored.withUnsafeBytes { hasher.combine(bytes: $0) }
        } else {
            Self.hash(type: type(at: row), code: text(codeRange(row)), into: &hasher)
        }
    }

    /// Feeds `type` and `code` to `hasher`: the bytes of a code in ASCII, else those of its canonical
    /// composition, so that codes that `has(type:code:at:)` finds equal hash alike.
    static func hash(type: RegionType, code: String, into hasher: inout Hasher) {
        hasher.combine(UInt8(types.firstIndex(of: type)!))
        var composed = isASCII(code.utf8) ? code : code.precomposedStringWithCanonicalMapping
        composed.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func isASCII(_ bytes: some Sequence<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    private func codeRange(_ row: Int) -> Range<Int> {
        let start = row == 0 ? 0 : ends[row - 1]
        return start..<start + Int(codeLengths[row])
    }

    private func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

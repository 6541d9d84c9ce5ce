import PropertyBased

/// A YAML text damaged at random, as the tests of reading YAML damage it: one to three times a run of
/// bytes removed, or a piece of YAML's syntax inserted or put in place of a byte.
enum DamagedYAML {
    /// Pieces of YAML's syntax and of a spec's keys and values.
    static let pieces = ["&a ", "*a", "!!str ", "- ", ": ", "\"", "'", "\n", "\n  ", "{", "}", "[", "]", "#", "~", "1",
                         "0x1", "yes", "null", "<<: ", ",", "?", "id: ", "file: ", "x"]

    /// `good` damaged with `pieces`, drawn from `generator`.
    static func text(_ good: [UInt8], pieces: [String] = pieces, using generator: inout Xoshiro) -> String {
        var bytes = good
        for _ in 0...Int.random(in: 0...2, using: &generator) {
            let index = Int.random(in: bytes.indices, using: &generator)
            let piece = Array(pieces.randomElement(using: &generator)!.utf8)
            switch Int.random(in: 0...2, using: &generator) {
            case 0:
                let end = min(bytes.count, index + Int.random(in: 1...4, using: &generator))
                bytes.removeSubrange(index..<end)
            case 1: bytes.insert(contentsOf: piece, at: index)
            default: bytes.replaceSubrange(index...index, with: piece)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

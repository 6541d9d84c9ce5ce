/// A region named in a sentence.
struct RegionMention: Sendable {
    let code: String
    /// The official name, for messages.
    let name: String
    let type: RegionType
    /// Offsets of the written name in the sentence (Unicode scalars).
    let start: Int
    let end: Int
}

/// The names regions are mentioned by in prose, gathered once per verification: current
/// municipalities, aliases and the vocabulary's other names ('Den Haag'), and (in sentences about
/// districts) the districts. Looked up by their first word, so finding them is linear in the sentence.
struct RegionNames: Sendable {
    struct Name: Sendable {
        let text: [Unicode.Scalar]
        let code: String
        let official: String
        let type: RegionType
    }

    private let municipal: [String: [Name]]
    private let districts: [String: [Name]]

    init(gazetteer: Gazetteer?, synonyms: [String: String]) {
        guard let gazetteer else {
            (municipal, districts) = ([:], [:])
            return
        }
        func official(_ code: String, _ fallback: String) -> String {
            gazetteer.municipality(code: code)?.name ?? fallback
        }
        var names = gazetteer.municipalities.filter { $0.validTo == nil }
            .map { Name(text: Array($0.name.unicodeScalars), code: $0.code, official: $0.name, type: .gemeente) }
        names += gazetteer.aliases.filter { gazetteer.municipality(code: $0.code) != nil }
            .map {
                Name(
                    text: Array($0.alias.unicodeScalars), code: $0.code, official: official($0.code, $0.alias),
                    type: .gemeente)
            }
        names += synonyms.map {
            Name(
                text: Array($0.key.unicodeScalars), code: $0.value, official: official($0.value, $0.key),
                type: .gemeente)
        }
        municipal = Self.index(names)
        districts = Self.index(
            gazetteer.arrondissementen.map {
                Name(text: Array($0.name.unicodeScalars), code: $0.code, official: $0.name, type: .arrondissement)
            })
    }

    /// Names by their first word, longest first ('Utrechtse Heuvelrug' before 'Utrecht'), ties by name.
    private static func index(_ names: [Name]) -> [String: [Name]] {
        var result: [String: [Name]] = [:]
        for name in names {
            result[firstWord(name.text), default: []].append(name)
        }
        return result.mapValues { list in
            list.sorted {
                ($1.text.count, String(scalars: $0.text)) < (
                    $0.text.count, String(scalars: $1.text)
                )
            }
        }
    }

    private static func firstWord(_ text: some Collection<Unicode.Scalar>) -> String {
        String(scalars: text.prefix(while: isNamePart)).lowercased()
    }

    private static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabetic || scalar == "'" || scalar == "’" || scalar == "-"
    }

    /// The regions a sentence names, in order; a sentence about 'arrondissementen' names districts.
    func mentions(in scalars: [Unicode.Scalar], tokens: [Token]) -> [RegionMention] {
        let aboutDistricts = tokens.contains { $0.kind == .word && $0.text.hasPrefix("arrondissement") }
        let names = aboutDistricts ? districts : municipal
        guard !names.isEmpty else { return [] }
        var result: [RegionMention] = []
        var covered = 0
        for token in tokens where token.kind == .word && token.start >= covered {
            // A word token is lowercased already; it is its own first word unless it holds other marks.
            let first =
                token.text.unicodeScalars.allSatisfy(Self.isNamePart)
                ? token.text
                : Self.firstWord(scalars[token.start..<token.end])
            guard let candidates = names[first] else { continue }
            for name in candidates where Self.matches(name.text, in: scalars, at: token.start) {
                let end = token.start + name.text.count
                result.append(
                    RegionMention(code: name.code, name: name.official, type: name.type, start: token.start, end: end))
                covered = end
                break
            }
        }
        return result
    }

    /// Whether `name` is written at `offset`, as whole words.
    private static func matches(_ name: [Unicode.Scalar], in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        let end = offset + name.count
        guard end <= scalars.count, Array(scalars[offset..<end]) == name else { return false }
        return end == scalars.count || !(scalars[end].isAlphabetic || scalars[end] == "-")
    }
}

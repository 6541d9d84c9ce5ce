/// The one of several listed items a sentence's words tell apart: a word that names exactly one item names it, and a
/// word that names several ('provincie' of '1.440 uit provincie Utrecht' and '1.260 uit provincie Gelderland') tells
/// none apart, so it neither picks an item nor spoils the pick of another word ('Provincie Gelderland' names the
/// second). Used for the part of a share that names it by its words (`closingShare`, `namedWholeShare`,
/// `labelledRowShare`).
enum TellingWords {
    /// The index of the one item of `count` items that `words` tell apart, by `names(index, word)`: the item each
    /// word that names exactly one item names, when there is such a word and all such words name the same item.
    static func item(amongst count: Int, by words: [String], names: (Int, String) -> Bool) -> Int? {
        let told = Set(
            words.compactMap { word -> Int? in
                let named = (0..<count).filter { names($0, word) }
                return named.count == 1 ? named[0] : nil
            })
        return told.count == 1 ? told.first : nil
    }
}

extension ClaimParser {
    /// The one row of `labels` (each row's label, in words) that `words` tell apart (`TellingWords`): a word names a
    /// row when it shares a stem with a word of the row's label that is no word of grammar nor a rest category
    /// ('overig'). Used for prose that names a row of the table above it (`labelledRowShare`, `timedRowChange`).
    /// A rest row ('Overig buitenland') is told only when the words name a rest as well: without such a word, 'het
    /// buitenland' names the whole group that row is the remainder of, which no one row holds.
    /// When no word tells a row apart so, an adjective inflected in '-e' may name it (`isInflectedAdjective`: 'De
    /// totale kosten' names 'Totaal'); 'De totale kosten van zout' names the row 'Zout', as it did without it.
    static func toldRow(amongst labels: [[String]], by words: Set<String>) -> Int? {
        // 'De pgb-inkomsten' names the row 'pgb' by the part before its hyphen; not beside a part whose head is left
        // out ('De Wlz- en pgb-inkomsten' names two rows).
        let hyphened = words.contains { $0.hasSuffix("-") } ? [] : words.compactMap(hyphenedPart)
        let words = words.union(completedCompounds(of: words, amongst: labels)).union(hyphened)
        let told = { (names: (String, String) -> Bool) in
            TellingWords.item(amongst: labels.count, by: words.sorted()) { row, word in
                labels[row].contains { names($0, word) }
            }
        }
        let row = told(labelNames) ?? told { labelNames($0, $1) || namesByInflection($0, $1) }
        guard let row, labels[row].contains(where: Lexicon.restCategories.contains) else { return row }
        return words.contains(where: Lexicon.restCategories.contains) ? row : nil
    }

    /// The label words that a compound's first part written with a hyphen before 'en' or 'of' names ('nood- of
    /// crisisnoodopvang' names 'noodopvang' as well as 'crisisnoodopvang'): those that begin with the part and end as
    /// another of `words` does, in at least `elidedHeadLength` letters.
    static func completedCompounds(of words: Set<String>, amongst labels: [[String]]) -> Set<String> {
        let parts = words.filter { $0.count > 1 && $0.hasSuffix("-") }.map { String($0.dropLast()) }
        guard !parts.isEmpty else { return [] }
        return Set(
            labels.joined().filter { label in
                parts.contains { part in
                    let head = label.dropFirst(part.count)
                    return label.hasPrefix(part) && head.count >= elidedHeadLength
                        && words.contains { $0 != label && $0.hasSuffix(head) }
                }
            })
    }

    /// The first part of a compound written with a hyphen between its parts ('pgb' of 'pgb-inkomsten', 'wlz' of
    /// 'wlz-plek'): Dutch writes the hyphen after an abbreviation or a name that the compound's head is of, so the
    /// part names what its row is, however short; nil for a word with no hyphen inside.
    static func hyphenedPart(of word: String) -> String? {
        guard let hyphen = word.firstIndex(of: "-"), hyphen != word.startIndex,
            word.index(after: hyphen) != word.endIndex
        else { return nil }
        return String(word[..<hyphen])
    }

    /// The fewest letters the head a hyphen leaves out may have ('opvang' of 'nood- of crisisnoodopvang').
    static let elidedHeadLength = 3

    /// Whether `word` names the label word `label`: one of content, not a rest category, of one stem with it, and not
    /// only the first part of a compound the label word is ('pensioen' of 'pensioengerechtigden': the head of a
    /// compound comes last, so the word names what the compound's head is of, not what it counts); a form of the word
    /// ('appartementen' of 'appartement') is no such compound.
    static func labelNames(_ label: String, _ word: String) -> Bool {
        !Lexicon.grammarWords.contains(label) && !Lexicon.restCategories.contains(label) && sharesStem(label, word)
            && !(label.count > word.count && label.hasPrefix(word) && !areForms(label, word))
    }

    /// Whether `word` names the label word `label` as its adjective inflected in '-e' (`isInflectedAdjective`), the
    /// label no word of grammar nor a rest category.
    private static func namesByInflection(_ label: String, _ word: String) -> Bool {
        !Lexicon.grammarWords.contains(label) && !Lexicon.restCategories.contains(label)
            && isInflectedAdjective(word, of: label)
    }

    /// Whether `word` is the inflected form in '-e' of the adjective `label`: the label and '-e' ('oud' 'oude': 'Oude
    /// kaas' names the row 'Oud', whose short word shares no stem of `shortestStem` letters with the form), or, for an
    /// adjective whose long vowel is written double in its closed last syllable, once in the open syllable of the form
    /// ('totaal' 'totale', 'groot' 'grote'): 'De totale kosten' names the row 'Totaal'.
    static func isInflectedAdjective(_ word: String, of label: String) -> Bool {
        if word == label + "e" { return true }
        guard let open = openSyllablePlural(of: label) else { return false }
        return word == open.dropLast()
    }
}

/// The verb that closes the clause of a count or share: a participle after an auxiliary ('zijn er 912 toegekend',
/// 'werd dus afgewezen') or the particle of a separable verb ('viel dus af'). A share with no count of its own that
/// takes the part the sentence before states is surely that part's share only when it says nothing else of it: a verb
/// of its own that the sentence before does not use says what the share counts. When that verb is the opposite of the
/// part's (`opposites`: 'toegekend' and 'afgewezen') the share is of the rest of the whole; when it is another verb it
/// may say the same in other words ('een plek gevonden' … 'tijdig geplaatst') or speak of another part, so the part
/// may confirm the share, never contradict it (`OperandBinding.Evidence.otherVerb`). Restatements ('Dat is …', 'Dit
/// komt neer op …') close with no such verb and keep the part; so does a share after a part whose clause closes with
/// no verb ('waren er 7.810 man'), whose verb is not known.
enum PartVerb {
    /// How the verb of a share stands to what the sentence before says of its part.
    enum Relation: Equatable {
        /// The share has no verb of its own, or one the sentence before uses: it restates that part.
        case same
        /// The share's verb is the opposite of the part's: it speaks of the rest of the whole.
        case opposite
        /// The share's verb is another: it may restate the part in other words or speak of another part.
        case other
    }

    /// Participles of outcomes and their opposites, each pair once: what is granted and what is refused, passed and
    /// failed, won and lost.
    static let opposites: [(String, String)] = [
        ("toegekend", "afgewezen"), ("gehonoreerd", "afgewezen"), ("toegewezen", "afgewezen"),
        ("ingewilligd", "afgewezen"), ("goedgekeurd", "afgewezen"), ("goedgekeurd", "afgekeurd"),
        ("aangenomen", "afgewezen"), ("aangenomen", "verworpen"), ("toegelaten", "afgewezen"),
        ("toegelaten", "geweigerd"), ("verleend", "geweigerd"), ("verleend", "afgewezen"),
        ("geaccepteerd", "geweigerd"), ("geaccepteerd", "afgewezen"), ("geslaagd", "gezakt"),
        ("gewonnen", "verloren"), ("gehaald", "gemist"),
    ]

    /// How the verb `own` of a share stands to `stated`, the verb of the part the sentence before states, in a
    /// sentence whose words of content with numbers are `words`.
    static func relation(of own: String?, to stated: String?, amid words: Set<String>) -> Relation {
        guard let own, let stated, own != stated, !words.contains(own) else { return .same }
        return opposites.contains { $0 == (own, stated) || $0 == (stated, own) } ? .opposite : .other
    }

    /// Whether one of `words` is `stated` with 'on-' before it ('ongegrond' of 'gegrond', 'onbeantwoord' of
    /// 'beantwoord'): the prefix makes a participle or adjective its opposite, so a share whose clause says so speaks
    /// of the rest ('Ruim vier op de tien zaken werden dus ongegrond verklaard' after '… waren er 1.040 gegrond').
    static func negates(_ words: [String], _ stated: String?) -> Bool {
        stated.map { words.contains(negatingPrefix + $0) } ?? false
    }

    /// The prefix that makes a participle or adjective its opposite ('on-' of 'ongegrond').
    private static let negatingPrefix = "on"

    /// Whether `word` has the form of a past participle: 'ge' opening it or its separable prefix ('gekend',
    /// 'toegekend', 'afgewezen'), ending in 'd', 't' or 'en'; or an inseparable prefix opening it, ending in 'd' or 't'
    /// ('verleend', 'betaald', 'onderzocht'; not 'verzoeken', a noun).
    static func isParticiple(_ word: String) -> Bool {
        guard word.count >= shortestParticiple, word.allSatisfy(\.isLetter) else { return false }
        for prefix in [""] + separablePrefixes where word.hasPrefix(prefix + "ge") {
            let stem = word.dropFirst(prefix.count + 2)
            if stem.count >= shortestStem, ["d", "t", "en"].contains(where: stem.hasSuffix) { return true }
        }
        return inseparablePrefixes.contains { word.hasPrefix($0) } && ["d", "t"].contains(where: word.hasSuffix)
    }

    /// Prefixes that split from their verb and stand before 'ge' in its participle ('toe-ge-kend', 'af-ge-wezen').
    static let separablePrefixes = [
        "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "vast",
        "voor", "weg",
    ]
    /// Prefixes that never split from their verb and take no 'ge' ('verleend', 'betaald', 'onderzocht').
    private static let inseparablePrefixes = ["be", "ver", "ont", "her", "er", "onder", "mis", "achter"]
    /// The shortest participle read ('gezet'), and the shortest stem after its 'ge'.
    private static let shortestParticiple = 5
    private static let shortestStem = 3
    /// Words before a noun that closes a clause ('in dit gebied', 'voor het beleid'): a word after them is no verb.
    static let nounOpeners: Set<String> = [
        "de", "het", "een", "dit", "dat", "deze", "die", "zijn", "haar", "hun", "onze", "alle", "elk", "elke", "in",
        "op", "van", "voor", "naar", "met", "bij", "uit", "aan", "tot", "door", "over", "onder", "om", "per",
    ]
}

extension ClaimParser {
    /// The verb that closes the clause of the token at `index` (`PartVerb`): its last word, when that is a participle
    /// after an auxiliary of the clause, or a separable prefix standing alone after a verb; never a word after an
    /// article or preposition, which is a noun's.
    func closingVerb(ofClauseAt index: Int) -> String? {
        let clause = analysis.clause(of: index)
        guard let last = clause.last(where: { tokens[$0].kind != .mark }), last > index, tokens[last].kind == .word,
            last > clause.lowerBound, !PartVerb.nounOpeners.contains(tokens[last - 1].text)
        else { return nil }
        let word = tokens[last].text
        let auxiliary = (clause.lowerBound..<last).contains { Lexicon.finiteVerbs.contains(tokens[$0].text) }
        if auxiliary && PartVerb.isParticiple(word) { return word }
        return PartVerb.separablePrefixes.contains(word) && tokens[last - 1].kind == .word ? word : nil
    }

    /// The part and whole a share at `start` with no count of its own found (`found`), checked against its verb: when
    /// the part is the one the sentence before states and the share's clause closes with a verb of its own, the share
    /// is of the rest of the whole (an opposite verb), or the part may confirm it, never contradict it (another verb).
    /// A share of that whole with no part found ('Een kwart van de kandidaten is dus gezakt') is of the rest when its
    /// verb is the opposite. A share of the stated part whose own clause turns polarity against the sentence before
    /// (`turnsPolarity(inClauseOf:)`: 'Dat betekent dat 75 procent geen taxatie bevat' after '… bevatten er 160 een
    /// taxatie') is of the rest of the stated whole, or has no part when its whole is another.
    func checkedAgainstVerb(_ found: (Operand?, Operand?), shareAt start: Int) -> (Operand?, Operand?) {
        guard let before = discourse.earlier.last, let stated = before.partAndWhole ?? before.countedPartAndWhole
        else { return found }
        let ofStatedPart = found.0.map { Self.isSame($0, stated.part) } ?? false
        let ofStatedWhole = found.1.map { Self.isSame($0, stated.whole) } ?? ofStatedPart
        if ofStatedPart && turnsPolarity(inClauseOf: start) {
            return ofStatedWhole ? (Operand(rest: stated.whole, less: [stated.part]), stated.whole) : (nil, found.1)
        }
        guard ofStatedPart || found.0 == nil && ofStatedWhole else { return found }
        let clauseWords = analysis.clause(of: start).map { tokens[$0].text }
        let relation: PartVerb.Relation =
            PartVerb.negates(clauseWords, before.partVerb)
            ? .opposite
            : PartVerb.relation(of: closingVerb(ofClauseAt: start), to: before.partVerb, amid: before.valueWords)
        switch relation {
        case .same: return found
        case .opposite: return ofStatedWhole ? (Operand(rest: stated.whole, less: [stated.part]), stated.whole) : found
        case .other: return (found.0?.adding(.otherVerb), found.1)
        }
    }
}

/// What the next sentence gives for a change claimed before its values ('Het aantal meldingen steeg met ruim een
/// kwart. In 2024 waren het er 1.310, tegen 1.020 een jaar eerder.').
enum ValuesAhead {
    /// The start and end value of the claim, tied to it by a word of reference, its noun or 'Van … naar …'.
    case bound(from: Operand, to: Operand)
    /// Values the next sentence ties to the claim, but another claim or another subject may own them: no reading.
    case contested
    /// Nothing the next sentence ties to the claim.
    case none
}

extension ClaimParser {
    /// The start and end value this sentence, the one after a claim's (`claimSentence`), gives for the change
    /// claimed at `site` there, in `unit`: its one pair of the unit ('van 1.020 naar 1.310', '1.310, tegen 1.020 een
    /// jaar eerder'), else its two values that the text orders ('In 2023 waren het er 1.020, in 2024 1.310'), when
    /// it refers to the quantity ('waren het er', 'dit aantal'), names what the claim counts ('1.310 meldingen') or
    /// spells the change out ('Van 140 in 2019 naar 290 vorig jaar.'). Contested, and so not read, when this sentence
    /// gives more than one pair of the unit, when the claim's sentence holds another number that may be the claim
    /// these values are of ('Het aantal meldingen steeg met 20 procent, het aantal zaken met 30 procent.'), or when
    /// this sentence opens with a place or group the claim's does not name ('In Utrecht steeg … In Amersfoort waren
    /// het er …').
    func valuesAhead(of unit: NumberUnit, claimedAt site: Int, in claimSentence: ClaimParser) -> ValuesAhead {
        let own = pairs.filter { tokens[$0.from].number?.unit == unit }
        let values: (from: Operand, to: Operand)?
        if own.count == 1 {
            values = (
                operand(own[0].from, year: analysis.ownYear(of: own[0].from)?.year),
                operand(own[0].to, year: analysis.ownYear(of: own[0].to)?.year)
            )
        } else if own.isEmpty, let sole = soleChange(of: unit), sole.ordered {
            values = (sole.from, sole.to)
        } else {
            values = nil
        }
        let tokensOfValues = [values?.from.token, values?.to.token].compactMap { $0 }
        // The counted noun ties the values only in the claim's own stretch: named only in a clause of its own ('…,
        // vooral omdat minder klachten binnenkwamen'), it is another thing than what changed, and the values are
        // contested.
        let namesNoun = { (stretch: Int?) in
            !tokensOfValues.isEmpty
                && claimSentence.namesCountedNoun(of: tokensOfValues, in: self.analysis, within: stretch)
        }
        let tied =
            Self.refersToQuantity(analysis) || tokens.first?.isWord("van") == true
            || namesNoun(claimSentence.analysis.stretches[site])
        guard tied else { return namesNoun(nil) ? .contested : .none }
        guard own.count <= 1, let values else { return own.count > 1 ? .contested : .none }
        let labelNumber = claimSentence.analysis.memoLabelNumber
        let othersThere = claimSentence.analysis.numberIndices.contains { $0 != site && $0 != labelNumber }
        // The place or group: the first word after the preposition that is no article ('In de gemeente Zutphen').
        let scope = opensWithScopeOfItsOwn ? tokens.dropFirst().first { !Lexicon.articles.contains($0.text) } : nil
        let claimWords = claimSentence.analysis.words(claimSentence.tokens.indices)
        if othersThere || scope.map({ $0.kind != .word || !claimWords.contains($0.text) }) == true {
            return .contested
        }
        return .bound(from: values.from.carriedOver, to: values.to.carriedOver)
    }
}

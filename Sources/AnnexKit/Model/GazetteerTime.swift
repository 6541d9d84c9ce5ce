extension Gazetteer {
    /// The municipalities that existed in `year`, in reference order.
    public func municipalities(existingIn year: Int) -> [Municipality] {
        municipalities.filter { $0.existed(in: year) }
    }

    /// The codes municipality `code` had become by 1 January of `year`, following mergers in
    /// order (Brielle → Voorne aan Zee by 2023). A split gives several codes, the main successor
    /// first (Haaren → Vught, Oisterwijk, Tilburg, Boxtel). A code that did not change gives itself.
    public func successors(of code: String, by year: Int) -> [String] {
        let next = mergers.filter { $0.oldCode == code && !$0.isRename && $0.year <= year }
        guard !next.isEmpty else { return [code] }
        var result: [String] = []
        for merger in next {
            for successor in successors(of: merger.newCode, by: year) where !result.contains(successor) {
                result.append(successor)
            }
        }
        return result
    }

    /// The municipalities that became (part of) `code` by `year`, with `code` itself when it existed
    /// before; e.g. Voorne aan Zee in 2023 ← Brielle, Hellevoetsluis, Westvoorne.
    public func predecessors(of code: String, by year: Int) -> [String] {
        municipalities.map(\.code).filter { $0 != code && successors(of: $0, by: year).contains(code) }
    }
}

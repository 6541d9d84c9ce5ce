import Yams

/// A translation file (`templates/i18n/*.yaml`) read as YAML nodes, so that every problem can name
/// the line it is on. Problems are collected, not thrown one by one: a file is reported whole.
struct TranslationFile {
    let path: String
    let root: Node
    private(set) var problems: [LoadError] = []

    init(path: String) throws {
        try self.init(document: YAMLDocument(path: path, kind: LoadError.Problem.invalidTranslation))
    }

    /// Reads the text of a translation file; `path` names it in problems. `textOnly`: see `YAMLDocument`.
    init(text: String, path: String, textOnly: Bool = false) throws {
        try self.init(document: YAMLDocument(text: text, file: path, kind: LoadError.Problem.invalidTranslation,
                                             textOnly: textOnly))
    }

    private init(document: YAMLDocument) throws {
        guard document.root.mapping != nil else {
            throw LoadErrors([document.error(at: [], MessageText(.translationExpectedMapping))])
        }
        path = document.file
        root = document.root
    }

    mutating func problem(_ node: Node?, _ reason: MessageText) {
        problems.append(LoadError(file: path, line: node?.mark?.line ?? root.mark?.line, column: node?.mark?.column,
                                  .invalidTranslation(reason: reason)))
    }

    /// A problem of the field at `place` ('tables.injus.measures'; empty at the top of the file).
    mutating func problem(
        _ node: Node?, at place: String, _ message: Message, _ values: [String: MessageText.Value] = [:]
    ) {
        let reason = MessageText(message, values)
        problem(
            node,
            place.isEmpty ? reason : MessageText(.translationAt, ["place": "\(place)", "problem": .message(reason)]))
    }

    /// The entries of a mapping with text keys at `place`, in file order; a non-mapping is a problem.
    mutating func entries(_ node: Node, at place: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            problem(node, at: place, .translationExpectedMapping)
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string else {
                problem(key, at: place, .translationKeyNotText)
                return nil
            }
            return (name, key, value)
        }
    }

    /// A text value; anything else (a list, a mapping, nothing, only spaces) is a problem.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.allSatisfy(\.isWhitespace) else {
            problem(node, at: key, .translationExpectedText)
            return nil
        }
        return scalar.string
    }

    /// The text of every key of `Key` at the top of the file, each passed to `check` (with its
    /// node) in file order; an unknown key is a problem, and so is a missing one (YAML refuses a
    /// key twice).
    mutating func keyed<Key: RawRepresentable & CaseIterable & Hashable>(
        _: Key.Type, check: (inout TranslationFile, Key, String, Node) -> Void = { _, _, _, _ in }
    ) -> [Key: String] where Key.RawValue == String {
        var texts: [Key: String] = [:]
        for (name, keyNode, value) in entries(root, at: "") {
            guard let key = Key(rawValue: name) else {
                problem(keyNode, at: "", .translationUnknownKey, ["key": "\(name)"])
                continue
            }
            guard let text = text(value, key: name) else { continue }
            check(&self, key, text, value)
            texts[key] = text
        }
        for key in Key.allCases where texts[key] == nil {
            problem(nil, at: "", .translationMissingKey, ["key": "\(key.rawValue)"])
        }
        return texts
    }

    /// Throws every problem found, if any.
    func finish() throws {
        if !problems.isEmpty { throw LoadErrors(problems) }
    }
}

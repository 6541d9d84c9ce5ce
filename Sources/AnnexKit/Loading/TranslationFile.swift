import Yams

/// A translation file (`templates/i18n/*.yaml`) read as YAML nodes, so that every problem can name
/// the line it is on. Problems are collected, not thrown one by one: a file is reported whole.
struct TranslationFile {
    let path: String
    let root: Node
    private(set) var problems: [LoadError] = []

    init(path: String) throws {
        let document = try YAMLDocument(path: path, kind: LoadError.Problem.invalidTranslation)
        guard document.root.mapping != nil else {
            throw LoadErrors([document.error(at: [], "verwacht een lijst van sleutels met teksten")])
        }
        self.path = path
        root = document.root
    }

    mutating func problem(_ node: Node?, _ reason: String) {
        problems.append(LoadError(file: path, line: node?.mark?.line ?? root.mark?.line, column: node?.mark?.column,
                                  .invalidTranslation(reason: reason)))
    }

    /// The entries of a mapping with text keys, in file order; a non-mapping is a problem.
    mutating func entries(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            problem(node, "\(what): verwacht sleutels met teksten")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string else {
                problem(key, "\(what): sleutel is geen tekst")
                return nil
            }
            return (name, key, value)
        }
    }

    /// A text value; anything else (a list, a mapping, nothing) is a problem.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            problem(node, "'\(key)': verwacht een tekst")
            return nil
        }
        return scalar.string
    }

    /// Throws every problem found, if any.
    func finish() throws {
        if !problems.isEmpty { throw LoadErrors(problems) }
    }
}

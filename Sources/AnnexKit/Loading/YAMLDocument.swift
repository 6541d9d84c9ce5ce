import Foundation
import Yams

/// A YAML file (a report spec, a translation) read safely: through `InputFile`, its shape checked
/// by `YAMLShape` before any node is built, every key a text, and every problem a `LoadError`
/// naming the file, line and column.
struct YAMLDocument {
    /// The name used in errors.
    let file: String
    let root: Node
    /// Whether `YAMLComposer` composed the document, so that `NodeDecoding` takes it as it is.
    private let composedPlain: Bool
    /// The kind of problem this document's errors are (`LoadError.Problem.invalidSpec`, …).
    let kind: @Sendable (MessageText) -> LoadError.Problem

    init(path: String, file: String? = nil, kind: @escaping @Sendable (MessageText) -> LoadError.Problem) throws {
        try self.init(text: InputFile.text(path, file: file), file: file ?? path, kind: kind)
    }

    /// Each plain scalar has the type YAML 1.1 gives it (a number, a truth value, text…), or, with
    /// `textOnly`, every scalar is text. The types are worked out by `PlainScalarType` in a document
    /// without explicit tags (no `!`), by Yams' regular expressions in any other; a document that
    /// Yams refuses with the basic resolver (keys that are the same only as texts, such as `1` and
    /// `'1'`) is read again with Yams' own, so that its problem is the same. A plain document is
    /// composed by `YAMLComposer` in one pass (`composing`, which the tests turn off to compare).
    init(text: String, file: String, kind: @escaping @Sendable (MessageText) -> LoadError.Problem,
         textOnly: Bool = false, composing: Bool = true) throws {
        self.file = file
        self.kind = kind
        if composing, let root = YAMLComposer.compose(text, textOnly: textOnly) {
            self.root = root
            composedPlain = true
            return
        }
        composedPlain = false
        if let problem = YAMLShape.problem(in: text) {
            throw LoadErrors([LoadError(file: file, line: problem.line, column: problem.column, kind(problem.reason))])
        }
        let composed: Node?
        do {
            if !textOnly, !text.utf8.contains(UInt8(ascii: "!")), let node = try? Yams.compose(yaml: text, .basic) {
                composed = PlainScalarType.typed(node)
            } else {
                composed = try Yams.compose(yaml: text, textOnly ? .basic : .default)
            }
        } catch let error as YamlError {
            throw LoadErrors([Self.describe(error, file: file, kind: kind)])
        }
        guard let composed else { throw LoadErrors([LoadError(file: file, .emptyFile)]) }
        root = composed
        var problems: [LoadError] = []
        checkKeys(root, into: &problems)
        if !problems.isEmpty { throw LoadErrors(problems) }
    }

    /// Decodes the document; a decoding error names the line and column of the value it concerns.
    /// A plain document is decoded by `NodeDecoding`, any other (and any error) by Yams.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = NodeDecoding.decode(type, from: root, taken: composedPlain) { return value }
        return try decodedByYams(type)
    }

    /// Decodes the document with Yams' `YAMLDecoder`.
    func decodedByYams<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw LoadErrors([describe(error)])
        } catch let error as FieldError {
            throw LoadErrors([self.error(at: error.codingPath.map(SpecLines.Step.init), error.located)])
        } catch let error as YamlError {
            throw LoadErrors([Self.describe(error, file: file, kind: kind)])
        }
    }

    /// An error about the field at `path` ('tables', 2, 'sheet'), located at its line and column;
    /// where the path ends early, at the deepest field it reaches.
    func error(at path: [SpecLines.Step], _ reason: MessageText) -> LoadError {
        let location = SpecLines(root: root).location(path)
        return LoadError(file: file, line: location?.line, column: location?.column, kind(reason))
    }

    /// Every key must be a text: a number, `true` or `null` as key is refused (quote it to make it text).
    private func checkKeys(_ node: Node, into problems: inout [LoadError]) {
        if let items = node.sequence {
            for item in items { checkKeys(item, into: &problems) }
        }
        guard let mapping = node.mapping else { return }
        for (key, value) in mapping {
            if key.tag.description != Tag.Name.str.rawValue {
                problems.append(LoadError(file: file, line: key.mark?.line, column: key.mark?.column, kind(
                    MessageText(.yamlKeyNotText, ["key": "\(LoadError.quote(key.string ?? ""))"]))))
            }
            checkKeys(value, into: &problems)
        }
    }

    private func describe(_ error: DecodingError) -> LoadError {
        self.error(at: error.context.codingPath.map(SpecLines.Step.init), error.message)
    }

    private static func describe(_ error: YamlError, file: String, kind: (MessageText) -> LoadError.Problem)
        -> LoadError
    {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return LoadError(file: file, line: mark.line, column: mark.column,
                             kind(MessageText(.yamlInvalidDetail, ["detail": "\(problem)"])))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\(LoadError.quote($0))'" }.joined(separator: ", ")
            return LoadError(file: file, line: context.mark.line, column: context.mark.column,
                             kind(MessageText(.yamlDuplicateKey, ["keys": "\(keys)"])))
        default:
            return LoadError(file: file, kind(MessageText(.yamlInvalid)))
        }
    }
}

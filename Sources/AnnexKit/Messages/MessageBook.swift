import Yams

/// The command line's own messages in one language: what it prints, its help texts and the
/// problems it reports. They are in `Sources/AnnexKit/Messages/<language>.yaml`, built into the
/// program (so that a message can be said before any folder is found), keyed by `Message`; the
/// Dutch file is the reference, and every other language has the same keys, each with the same
/// placeholders (checked by the tests).
public struct MessageBook: Sendable {
    public let language: Language
    private let texts: [Message: String]

    /// The messages of `language`.
    public static func of(_ language: Language) -> MessageBook {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    private static let dutch = embedded(.nl, PackageResources.nl_yaml)
    private static let english = embedded(.en, PackageResources.en_yaml)

    /// A built-in book; the tests check that each reads without a problem, and the same through
    /// `FlatTexts` (read at every start) as in full. It is read under the default limits, not those of
    /// the task that first asks for a message (a test's small limits would refuse the book, and a
    /// refusal cannot be told in a book not yet made: its message would wait for the book forever).
    static func embedded(_ language: Language, _ bytes: [UInt8]) -> MessageBook {
        Limits.$current.withValue(Limits()) {
            let text = String(decoding: bytes, as: UTF8.self)
            if let texts = FlatTexts.read(text, as: Message.self) {
                return MessageBook(language: language, texts: texts)
            }
            do {
                return try read(text, language: language)
            } catch {
                preconditionFailure("Messages/\(language.rawValue).yaml does not read (\(type(of: error)))")
            }
        }
    }

    /// Reads a messages file: every `Message` (once: YAML refuses a key twice), each a text, nothing else.
    static func read(_ text: String, language: Language) throws -> MessageBook {
        // The program's own messages are texts only: no scalar's type needs working out.
        var file = try TranslationFile(text: text, path: "Messages/\(language.rawValue).yaml", textOnly: true)
        let texts = file.keyed(Message.self)
        try file.finish()
        return MessageBook(language: language, texts: texts)
    }

    /// The raw text of a message, with its placeholders.
    func template(_ message: Message) -> String { texts[message]! }

    /// The text of a message with its placeholders filled from `values`.
    public func text(_ message: Message, _ values: [String: String] = [:]) -> String {
        PhraseBook.pieces(of: template(message)).map { piece in
            piece.literal + (piece.placeholder.map { name in
                    guard let value = values[name] else {
                        preconditionFailure("\(message.rawValue): no value for {\(name)}")
                    }
                return value
            } ?? "")
        }.joined()
    }

    /// The text of a message with its values, nested messages and numbers in this language too.
    public func text(_ text: MessageText) -> String {
        self.text(text.message, text.values.mapValues(value))
    }

    private func value(_ value: MessageText.Value) -> String {
        switch value {
        case .plain(let plain): plain
        case .message(let nested): text(nested)
        case .list(let items, let separator): items.map(text).joined(separator: separator)
        case .number(let number): LoadError.grouped(number, language)
        case .bytes(let count): bytes(count)
        }
    }

    /// '70,0 MB', '512 kB' or '32.767 bytes' (powers of 1024), with this language's decimal mark.
    private func bytes(_ count: Int) -> String {
        func decimal(_ value: Double) -> String {
            let text = String(format: "%.1f", value)
            let shown = language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
            return shown.hasSuffix("0") && shown.dropLast().hasSuffix(language == .nl ? "," : ".")
                ? String(shown.dropLast(2)) : shown
        }
        if count >= 1 << 20 { return decimal(Double(count) / Double(1 << 20)) + " MB" }
        if count >= 1 << 15 { return decimal(Double(count) / Double(1 << 10)) + " kB" }
        return LoadError.grouped(count, language) + " bytes"
    }
}

/// A message with its values, to be said in the language of the run: a problem found deep in the
/// program keeps its message until it is printed.
public struct MessageText: Sendable, Hashable, CustomStringConvertible {
    /// A value of a placeholder: text as it stands, or another message in the same language.
    public indirect enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
        case plain(String)
        case message(MessageText)
        /// Messages joined by `separator`.
        case list([MessageText], separator: String)
        /// A whole number, grouped by thousands as the language writes it (17.386, 17,386).
        case number(Int)
        /// A size of a file or text in bytes: '70 MB', '512 kB', '32.767 bytes'.
        case bytes(Int)

        public init(stringLiteral value: String) { self = .plain(value) }
    }

    public let message: Message
    public let values: [String: Value]

    public init(_ message: Message, _ values: [String: Value] = [:]) {
        self.message = message
        self.values = values
    }

    /// The message in `language`.
    public func text(in language: Language) -> String { MessageBook.of(language).text(self) }

    /// The message in Dutch.
    public var description: String { text(in: .source) }

    /// A problem of a table of the spec: "tabel 'x': …".
    public static func inTable(_ id: String, _ problem: MessageText) -> MessageText {
        MessageText(.specInTable, ["table": "\(id)", "problem": .message(problem)])
    }
}

/// A file of an annex could not be written: which file, why, and a headline that names its kind
/// (a workbook, a figure).
public protocol FileNotWritten: Error, CustomStringConvertible {
    /// The message that heads the error, with `path` and `reason` as its values.
    static var headline: Message { get }
    /// The file that could not be written.
    var path: String { get }
    /// Why not.
    var reason: MessageText { get }

    init(path: String, reason: MessageText)
}

extension FileNotWritten {
    init(path: String, _ message: Message, _ values: [String: MessageText.Value] = [:]) {
        self.init(path: path, reason: MessageText(message, values))
    }

    /// The error in `language`.
    public func description(in language: Language) -> String {
        MessageText(Self.headline, ["path": "\(path)", "reason": .message(reason)]).text(in: language)
    }

    public var description: String { description(in: .source) }
}

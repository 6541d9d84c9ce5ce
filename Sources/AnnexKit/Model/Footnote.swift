/// A note a table refers to, with its number in the report.
public struct Footnote: Sendable, Hashable {
    public let number: Int
    public let id: String
    public let text: String

    /// The report's footnotes numbered in order of first reference by its tables.
    public static func numbered(_ spec: ReportSpec) -> [String: Footnote] {
        var result: [String: Footnote] = [:]
        for id in spec.tables.flatMap(\.footnotes) where result[id] == nil {
            guard let text = spec.footnotes[id] else { continue }
            result[id] = Footnote(number: result.count + 1, id: id, text: text)
        }
        return result
    }
}

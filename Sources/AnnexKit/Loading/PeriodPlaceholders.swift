/// The placeholders that give a text its years from the periods, so that no year is typed twice:
/// a title `"Instroom per sector, {periode}"` reads 'Instroom per sector, 2019–2023' once 2023 is
/// added to the periods. Each has a Dutch and an English name; both work in every language.
///
/// | placeholder | | example (periods 2019–2023) |
/// |---|---|---|
/// | `{periode}`, `{period}` | the first and the last period | 2019–2023 (one period: 2019) |
/// | `{eerste_jaar}`, `{first_year}` | the first period | 2019 |
/// | `{laatste_jaar}`, `{last_year}` | the last period | 2023 |
/// | `{vorig_jaar}`, `{previous_year}` | the period before the last | 2022 |
///
/// A table's texts take the table's periods; a note the periods of the tables that refer to it;
/// a figure's title the periods it draws; the report's own texts (title, about, notes) the periods
/// of all its tables.
public struct PeriodPlaceholders: Sendable {
    /// What a placeholder stands for.
    enum Value: CaseIterable {
        case range, first, last, previous

        /// The names of the placeholder, Dutch first.
        var names: [String] {
            switch self {
            case .range: ["periode", "period"]
            case .first: ["eerste_jaar", "first_year"]
            case .last: ["laatste_jaar", "last_year"]
            case .previous: ["vorig_jaar", "previous_year"]
            }
        }
    }

    /// A placeholder that cannot be filled.
    public enum Problem: Error, Sendable, Hashable {
        case unknown(name: String)
        /// `{vorig_jaar}` with a single period.
        case needsTwoPeriods(name: String)

        /// The problem, to be said in the language of the run.
        public var message: MessageText {
            switch self {
            case .unknown(let name):
                let known = Value.allCases.flatMap(\.names).map { "{\($0)}" }.joined(separator: ", ")
                return MessageText(.placeholderUnknown, ["name": "{\(name)}", "known": "\(known)"])
            case .needsTwoPeriods(let name):
                return MessageText(.placeholderTwoPeriods, ["name": "{\(name)}"])
            }
        }
    }

    /// Every placeholder name, Dutch and English.
    public static let names = Value.allCases.flatMap(\.names)

    let periods: [Period]

    public init(periods: [Period]) { self.periods = periods }

    /// `text` with its placeholders filled; the first problem when one cannot be.
    public func fill(_ text: String) throws(Problem) -> String {
        // A text without an opening brace is one literal piece: it is its own result.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        for piece in PhraseBook.pieces(of: text) {
            result += piece.literal
            guard let name = piece.placeholder else { continue }
            guard let value = Value.allCases.first(where: { $0.names.contains(name) }) else {
                throw .unknown(name: name)
            }
            result += try self.value(value, name: name)
        }
        return result
    }

    /// The first and the last period: `2019–2023`, or the one period.
    public var range: String {
        guard let first = periods.first?.label, let last = periods.last?.label else { return "" }
        return first == last ? first : first + "–" + last
    }

    private func value(_ value: Value, name: String) throws(Problem) -> String {
        guard let first = periods.first?.label, let last = periods.last?.label else { return "" }
        switch value {
        case .range: return range
        case .first: return first
        case .last: return last
        case .previous:
            guard periods.count > 1 else { throw .needsTwoPeriods(name: name) }
            return periods[periods.count - 2].label
        }
    }
}

extension ReportSpec {
    /// The periods of all tables, in order: what the report's own texts speak of.
    public var allPeriods: [Period] {
        Set(tables.flatMap(\.periods)).sorted { $0.label < $1.label }
    }

    /// The periods of the tables that refer to a note.
    public func periods(ofFootnote id: String) -> [Period] {
        Set(tables.filter { $0.footnotes.contains(id) }.flatMap(\.periods)).sorted { $0.label < $1.label }
    }

    /// The periods a figure draws: its own, or those of the tables it draws from.
    public func periods(of figure: FigureSpec) -> [Period] {
        figure.periods ?? Set(tables.filter { figure.tables.contains($0.id) }.flatMap(\.periods))
            .sorted { $0.label < $1.label }
    }

    /// Fills the year placeholders of every text of the spec from the periods, returning each
    /// placeholder that cannot be filled with the field it is in.
    mutating func fillPeriodPlaceholders() -> [(path: [SpecLines.Step], problem: PeriodPlaceholders.Problem)] {
        var problems: [(path: [SpecLines.Step], problem: PeriodPlaceholders.Problem)] = []
        func fill(_ text: inout String, _ periods: [Period], _ path: [SpecLines.Step]) {
            do throws(PeriodPlaceholders.Problem) {
                text = try PeriodPlaceholders(periods: periods).fill(text)
            } catch {
                problems.append((path, error))
            }
        }
        func fill(_ text: inout String?, _ periods: [Period], _ path: [SpecLines.Step]) {
            guard var filled = text else { return }
            fill(&filled, periods, path)
            text = filled
        }
        let all = allPeriods
        fill(&title, all, ["title"])
        fill(&about, all, ["about"])
        fill(&nextUpdate, all, ["next_update"])
        for index in notes.indices { fill(&notes[index], all, ["notes", .index(index)]) }
        for id in footnotes.keys.sorted() { fill(&footnotes[id], periods(ofFootnote: id), ["footnotes", .key(id)]) }
        for t in tables.indices {
            let periods = tables[t].periods, path: [SpecLines.Step] = ["tables", .index(t)]
            fill(&tables[t].title, periods, path + ["title"])
            fill(&tables[t].rowHeader, periods, path + ["row_header"])
            fill(&tables[t].shareOf, periods, path + ["share_of"])
            for m in tables[t].measures.indices {
                fill(&tables[t].measures[m].label, periods, path + ["measures", .index(m), "label"])
            }
        }
        for f in figures.indices { fill(&figures[f].title, periods(of: figures[f]), ["figures", .index(f), "title"]) }
        return problems
    }
}

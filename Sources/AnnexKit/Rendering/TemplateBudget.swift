import Mustache

/// Bounds what an annex template can make of the data. A template of a few bytes that repeats every
/// table inside every table inside every table would otherwise write gigabytes or run for hours;
/// here its sections nest at most `Limits.templateNesting` deep, repeat at most
/// `Limits.templateRepeats` times in all, and the annex is at most `Limits.templateOutput` bytes.
///
/// The template's text is scanned for its sections first: their depth and the text of each
/// section's body outside its tags. While rendering, the view charges the budget for what it hands
/// out: a value its text, an element of a list the text of the section that repeats it. That is at
/// least what the output grows by, so once the budget is spent the view hands out nothing more, the
/// work stops too, and the render is an error.
final class TemplateBudget {
    /// The most text outside tags in the body of each section, by the section name's last part
    /// (`labels.notes` → `notes`), in bytes.
    private let bodies: [String: Int]
    private var remaining: Int
    private var repeatsLeft: Int
    private(set) var isExceeded = false

    /// Scans `template` (the text of the file `file`); a set-delimiter tag or sections nested
    /// too deep are errors with their line and column.
    init(template: String, file: String, limits: Limits = .current) throws {
        remaining = limits.templateOutput
        repeatsLeft = limits.templateRepeats
        var bodies: [String: Int] = [:]
        // Open sections: name, where the body starts, bytes of tags in it so far.
        var open: [(name: String, end: Int, tags: Int)] = []
        let bytes = Array(template.utf8)
        var offset = 0
        func failure(_ reason: MessageText, at position: Int) -> LoadErrors {
            let before = bytes[..<position]
            let line = before.count(where: { $0 == 0x0A }) + 1
            let column = position - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            return LoadErrors([LoadError(file: file, line: line, column: column, .invalidTemplate(reason: reason))])
        }
        while let start = Self.find([0x7B, 0x7B], in: bytes, from: offset) {
            let triple = bytes.indices.contains(start + 2) && bytes[start + 2] == 0x7B
            let closing: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
            guard let close = Self.find(closing, in: bytes, from: start + 2) else { break }
            offset = close + (triple ? 3 : 2)
            for index in open.indices { open[index].tags += offset - start }
            let tag = String(decoding: bytes[(start + 2)..<close], as: UTF8.self).trimmingSpaces()
            let name = String(tag.dropFirst()).trimmingSpaces()
            switch tag.first {
            case "#", "^", "$", "<":
                open.append((name, offset, 0))
                if open.count > limits.templateNesting {
                    throw failure(MessageText(.templateTooDeep, ["limit": .number(limits.templateNesting)]), at: start)
                }
            case "/":
                guard let section = open.popLast() else { continue }
                let key = Self.lastPart(section.name)
                let text = start - section.end - (section.tags - (offset - start))
                bodies[key] = max(bodies[key] ?? 0, text)
            case "=":
                throw failure(MessageText(.templateDelimiters, ["delimiters": "{{ }}"]), at: start)
            default:
                continue
            }
        }
        self.bodies = bodies
    }

    /// The view as the template sees it, charging this budget.
    func view(_ values: [String: Any]) -> Any { BudgetedParent(values: values, budget: self) }

    /// Takes `cost` bytes (and, for an element of a list, one repeat) from the budget; false once
    /// it is spent.
    fileprivate func charge(_ cost: Int, repeating: Bool = false) -> Bool {
        guard !isExceeded else { return false }
        remaining -= cost
        if repeating { repeatsLeft -= 1 }
        if remaining < 0 || repeatsLeft < 0 { isExceeded = true }
        return !isExceeded
    }

    /// What the template gets for `value`, found under `name`.
    fileprivate func wrap(_ value: Any, name: String) -> Any? {
        switch value {
        case let text as String:
            return charge(text.utf8.count) ? text : nil
        case let values as [String: Any]:
            return BudgetedParent(values: values, budget: self)
        case let elements as [Any]:
            return BudgetedList(elements: elements, cost: bodies[Self.lastPart(name)] ?? 0, budget: self)
        default:
            return value
        }
    }

    private static func lastPart(_ name: String) -> String {
        String(name.split(separator: ".").last ?? "")
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// A mapping of the view; a list or a mapping printed as a variable renders as nothing.
private struct BudgetedParent: MustacheParent, MustacheCustomRenderable {
    let values: [String: Any]
    let budget: TemplateBudget

    func child(named name: String) -> Any? { values[name].flatMap { budget.wrap($0, name: name) } }

    var renderText: String { "" }
    var isNull: Bool { false }
}

/// A list of the view: every element costs the body of the section that repeats it.
private struct BudgetedList: MustacheSequence, MustacheCustomRenderable {
    let elements: [Any]
    let cost: Int
    let budget: TemplateBudget

    func makeIterator() -> AnyIterator<Any> {
        var index = 0
        return AnyIterator {
            guard index < elements.count else { return nil }
            let element = elements[index]
            index += 1
            let text = element as? String
            guard budget.charge(cost + (text?.utf8.count ?? 0), repeating: true) else { return nil }
            return text ?? budget.wrap(element, name: "")
        }
    }

    var renderText: String { "" }
    var isNull: Bool { false }
}

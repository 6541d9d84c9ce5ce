/// What an annex template reads: a text, a yes or no, a record of named values, or a list.
///
/// Records and lists may make their values only when the template asks for them, so a table of a
/// million rows is never held as a million records: a row is made, written and let go.
enum TemplateValue {
    case text(String)
    /// A text as UTF-8 bytes (a figure's SVG), written as a `text` would be.
    case bytes(ByteBuffer)
    case flag(Bool)
    case record(any TemplateRecord)
    case list(TemplateList)
    /// Lines written straight into the output, as made for its format (not escaped again).
    case lines(TemplateLines)

    /// The value of a view built of dictionaries, lists, texts and flags (`[String: Any]`, `[Any]`,
    /// `String` or `ByteBuffer`, `Bool`), with `TemplateValue`s and `TemplateList`s in it kept as they are.
    init?(_ any: Any) {
        // A record of texts, the view's most frequent value, taken as it is: asked first as a record of any
        // values, each text would be boxed and cast back one by one.
        if type(of: any) == [String: String].self, let texts = any as? [String: String] {
            self = .record(TemplateDictionary(texts: texts))
            return
        }
        switch any {
        case let value as TemplateValue: self = value
        case let text as String: self = .text(text)
        case let bytes as ByteBuffer: self = .bytes(bytes)
        case let flag as Bool: self = .flag(flag)
        case let number as Int: self = .text(String(number))
        case let list as TemplateList: self = .list(list)
        case let values as [String: Any]: self = .record(TemplateDictionary(values))
        case let elements as [Any]: self = .list(TemplateList(elements.compactMap(TemplateValue.init)))
        default: return nil
        }
    }
}

/// A record a template reads named values of.
protocol TemplateRecord {
    func value(named name: String) -> TemplateValue?
}

/// A record of values known in advance.
struct TemplateDictionary: TemplateRecord {
    let values: [String: TemplateValue]

    init(_ values: [String: Any]) {
        self.values = values.compactMapValues(TemplateValue.init)
    }

    init(texts: [String: String]) {
        values = texts.mapValues(TemplateValue.text)
    }

    func value(named name: String) -> TemplateValue? { values[name] }
}

/// Lines a template writes where it names them (`{{{markdownRows}}}`, `{{{htmlRows}}}`), each made into the
/// output when reached: a million rows of a table are written as bytes, without a record per row and cell.
struct TemplateLines {
    let count: Int
    /// Appends line `index` (with what goes before it) to the buffer.
    let line: (Int, inout ByteBuffer) -> Void
}

/// A list whose elements are made when the template reaches them.
struct TemplateList {
    let count: Int
    let element: (Int) -> TemplateValue

    init(count: Int, element: @escaping (Int) -> TemplateValue) {
        self.count = count
        self.element = element
    }

    init(_ elements: [TemplateValue]) {
        self.init(count: elements.count) { elements[$0] }
    }
}

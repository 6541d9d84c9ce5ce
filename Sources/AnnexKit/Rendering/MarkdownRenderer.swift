import Foundation

/// Renders a report from an editable template (`Template`, in Mustache's syntax): the Markdown annex from
/// `templates/annex.md.mustache` (GitHub-flavoured) and the HTML annex from
/// `templates/annex.html.mustache`, with the web page's own stylesheet `templates/annex.css`
/// written into it (no external files, so the page works offline). A template receives `AnnexView`
/// (the computed tables, formatted) and decides wording and order; it never sees raw data.
public enum MarkdownRenderer {
    /// The Markdown template's file name in the templates folder.
    public static let templateName = "annex.md.mustache"
    /// The HTML template's file name in the templates folder.
    public static let htmlTemplateName = "annex.html.mustache"
    /// The web page's stylesheet in the templates folder, given to the templates as `stylesheet`.
    public static let stylesheetName = "annex.css"

    /// What the templates receive (`AnnexView`), with the stylesheet from the templates folder; a
    /// key figure the tables do not have, or a missing stylesheet, is an error. `formats` are the
    /// files the build writes, which the annex links to; `methods` those of `report`.
    static func view(_ report: ComputedReport, _ wording: Wording, methods: Methods, images: FigureImages,
                     formats: Set<OutputFormat> = Set(OutputFormat.allCases),
                     templates: String) throws -> [String: Any] {
        var view = AnnexView.report(report, wording, methods: methods, keyFigures: try KeyFigure.all(report, wording),
                                    images: images, formats: formats)
        view["stylesheet"] = try InputFile.text(templates + "/" + stylesheetName)
        return view
    }

    /// Reads the template at `path`; one that does not parse is an error naming the file, line and
    /// column.
    static func template(at path: String) throws -> Template {
        do {
            return try Template(try InputFile.text(path))
        } catch let problem as Template.Problem {
            throw LoadErrors([LoadError(file: path, line: problem.line, column: problem.column,
                                        .invalidTemplate(reason: problem.reason))])
        }
    }

    /// Renders `view` with `template` (read from `file`) to `output`; `scale` is the number of rows
    /// and cells of the report, to which the template's limits grow (see `Template`). A render beyond
    /// its limits is an error naming the file.
    static func render(_ view: [String: Any], with template: Template, file: String, scale: Int,
                       to output: inout TemplateOutput) throws {
        do {
            try template.render(TemplateValue(view) ?? .flag(false), scale: scale, to: &output)
            try output.finish()
        } catch let exceeded as Template.Exceeded {
            let reason = MessageText(.templateTooLarge, ["limit": .bytes(exceeded.outputLimit),
                                                         "repeats": .number(exceeded.repeats)])
            throw LoadErrors([LoadError(file: file, .invalidTemplate(reason: reason))])
        }
    }

    /// Escapes characters that Markdown would read as formatting, and `|`, which ends a table cell.
    static func escape(_ text: String) -> String {
        escape(text, Self.cellSpecial)
    }

    /// Escapes characters that Markdown would read as formatting.
    static func escapeText(_ text: String) -> String {
        escape(text, Self.special)
    }

    private static let special = ByteSet("*_`<[]\\".utf8), cellSpecial = special.union("|".utf8)

    private static func escape(_ text: String, _ characters: ByteSet) -> String {
        guard text.utf8.contains(where: characters.contains) else { return text }
        var out = ByteBuffer()
        append(text.utf8, escaping: characters, to: &out)
        return out.text
    }

    /// Appends `text` escaped for a Markdown table cell, as `escape` does.
    static func appendEscaped(_ text: ByteBuffer, to out: inout ByteBuffer) {
        text.withUnsafeBufferPointer { append($0, escaping: cellSpecial, to: &out) }
    }

    private static func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes, escaping characters: ByteSet,
                                                        to out: inout ByteBuffer) {
        for byte in bytes {
            if characters.contains(byte) { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
    }
}

/// The link targets Markdown viewers give headings (GitHub's rule): lower case, every character but
/// letters, digits, '-', '_' and spaces dropped, spaces as '-'; a target used before gets '-1', '-2'.
/// Ask for the headings in the order the document has them.
struct MarkdownAnchors {
    private var used: [String: Int] = [:]

    mutating func next(_ heading: String) -> String {
        let slug = String(heading.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
        defer { used[slug, default: -1] += 1 }
        guard let count = used[slug] else { return slug }
        return slug + "-\(count + 1)"
    }
}

import Foundation
import Mustache

/// Renders a report from an editable Mustache template: the Markdown annex from
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
    /// files the build writes, which the annex links to.
    static func view(_ report: ComputedReport, _ wording: Wording, images: FigureImages,
                     formats: Set<OutputFormat> = Set(OutputFormat.allCases),
                     templates: String) throws -> [String: Any] {
        var view = AnnexView.report(report, wording, keyFigures: try KeyFigure.all(report, wording), images: images,
                                    formats: formats)
        view["stylesheet"] = try InputFile.text(templates + "/" + stylesheetName)
        return view
    }

    /// Renders `view` with the template at `templatePath`; a template that does not parse is an
    /// error naming the file, line and column, and so is one that nests or repeats beyond the
    /// limits (see `TemplateBudget`).
    public static func render(_ view: [String: Any], templatePath: String) throws -> String {
        let text = try InputFile.text(templatePath)
        let budget = try TemplateBudget(template: text, file: templatePath)
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw LoadErrors([LoadError(file: templatePath, line: error.context.lineNumber, column: error.context.columnNumber,
                    .invalidTemplate(reason: MessageText(.templateSyntax, ["error": "\(error.error)"])))
            ])
        }
        let annex = template.render(budget.view(view))
        let limit = Limits.current.templateOutput
        guard !budget.isExceeded, annex.utf8.count <= limit else {
            let reason = MessageText(.templateTooLarge, ["limit": .bytes(limit),
                                                         "repeats": .number(Limits.current.templateRepeats)])
            throw LoadErrors([LoadError(file: templatePath, .invalidTemplate(reason: reason))])
        }
        return annex
    }

    static func escape(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Escapes characters that Markdown would read as formatting.
    static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`<[]\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
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

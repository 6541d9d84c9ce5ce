import Foundation
import Mustache

/// Renders a report from an editable Mustache template: the Markdown annex from
/// `templates/annex.md.mustache` (GitHub-flavoured) and the HTML annex from
/// `templates/annex.html.mustache`. A template receives `AnnexView` (the computed tables, formatted)
/// and decides wording and order; it never sees raw data.
public enum MarkdownRenderer {
    /// The Markdown template's file name in the templates folder.
    public static let templateName = "annex.md.mustache"
    /// The HTML template's file name in the templates folder.
    public static let htmlTemplateName = "annex.html.mustache"

    /// Renders with the template at `templatePath`; a template that does not parse is an error
    /// naming the file, line and column, and so is one that nests or repeats beyond the limits
    /// (see `TemplateBudget`).
    public static func render(_ report: ComputedReport, _ wording: Wording, templatePath: String) throws -> String {
        let text = try InputFile.text(templatePath)
        let budget = try TemplateBudget(template: text, file: templatePath)
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw LoadErrors([LoadError(file: templatePath, line: error.context.lineNumber, column: error.context.columnNumber,
                                        .invalidTemplate(reason: "\(error.error)"))])
        }
        let annex = template.render(budget.view(AnnexView.report(report, wording)))
        let limit = Limits.current.templateOutput
        guard !budget.isExceeded, annex.utf8.count <= limit else {
            let repeats = LoadError.grouped(Limits.current.templateRepeats)
            let reason = "de bijlage wordt groter dan \(LoadError.bytes(limit)) of herhaalt meer dan \(repeats) keer "
                + "een sectie; herhaalt een sectie zich binnen zichzelf?"
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

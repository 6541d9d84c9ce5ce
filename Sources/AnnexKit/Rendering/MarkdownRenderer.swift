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
    /// naming the file, line and column.
    public static func render(_ report: ComputedReport, _ wording: Wording, templatePath: String) throws -> String {
        let text = try InputFile.text(templatePath)
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw LoadErrors([LoadError(file: templatePath, line: error.context.lineNumber, column: error.context.columnNumber,
                                        .invalidTemplate(reason: "\(error.error)"))])
        }
        return template.render(AnnexView.report(report, wording))
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

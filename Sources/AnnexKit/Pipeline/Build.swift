import Foundation

/// The files `annex build` wrote for one report, and what it found.
public struct BuildResult: Sendable {
    public let report: ComputedReport
    /// The language the annex is written in, and its words.
    public let wording: Wording
    /// The report's output folder (`<out>/<report-id>`).
    public let folder: String
    /// Written files, relative to `folder`, in the order written.
    public let files: [String]
}

/// Load → compute → render for one report spec.
///
/// All files are first written to a staging folder next to the target, which then replaces the
/// target folder: an error leaves the previous output intact, never half a new one.
public enum Build {
    /// `templates` is the folder with the annex templates and the wording (`i18n/`); by default
    /// `templates/` beside the spec's folder, as `data/` is. The annex in the source language goes
    /// to `<out>/<report-id>`, in another language to `<out>/<report-id>.<language>`.
    public static func run(specPath: String, outputRoot: String, dataRoot: String? = nil,
                           templates: String? = nil, language: Language = .source) throws -> BuildResult {
        let inputs = try ReportLoader.load(specPath: specPath, dataRoot: dataRoot)
        let folder = templates ?? ReportLoader.sibling("templates", ofSpec: specPath)
        let wording = try Wording.load(templates: folder, spec: inputs.spec, language: language)
        let report = try ReportComputer.compute(inputs)
        let untranslated = wording.untranslated(report)
        if !untranslated.isEmpty { throw LoadErrors(untranslated) }
        let sheets = workbookSheets(report, wording)
        try AccessibilityCheck.check(sheets, wording, report: report.spec.id)
        let manager = FileManager.default
        let id = report.spec.id
        let name = id + (language == .source ? "" : "." + language.rawValue)
        let target = outputRoot + "/" + name
        let staging = outputRoot + "/." + name + ".partial"
        try? manager.removeItem(atPath: staging)
        try manager.createDirectory(atPath: staging + "/tables", withIntermediateDirectories: true)
        var files: [String] = []
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: staging + "/" + name))
            files.append(name)
        }
        do {
            files += try FigureFiles.write(report, FigureWording(wording, report: report), into: staging)
            try write("\(id).md", MarkdownRenderer.render(report, wording, templatePath: folder + "/" + MarkdownRenderer.templateName))
            try write("\(id).html", MarkdownRenderer.render(report, wording, templatePath: folder + "/" + MarkdownRenderer.htmlTemplateName))
            try XLSXRenderer.write(report, wording, sheets: sheets, to: staging + "/\(id).xlsx", folder: staging)
            files.append("\(id).xlsx")
            try ODSRenderer.write(report, wording, sheets: sheets, to: staging + "/\(id).ods", folder: staging)
            files.append("\(id).ods")
            for table in report.tables {
                try write("tables/\(table.id).csv", MachineReadable.tableCSV(table, wording))
            }
            try write("figures.csv", MachineReadable.figuresCSV(report.figures))
            try write("figures.json", MachineReadable.figuresJSON(report.figures))
            try? manager.removeItem(atPath: target)
            try manager.moveItem(atPath: staging, toPath: target)
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        return BuildResult(report: report, wording: wording, folder: target, files: files)
    }
}

import Foundation

/// The files `annex build` wrote for one report, and what it found.
public struct BuildResult: Sendable {
    public let report: ComputedReport
    /// The language the annex is written in, and its words.
    public let wording: Wording
    /// The report's output folder (`<out>/<report-id>`).
    public let folder: String
    /// Written files, relative to `folder`: the figures, the pages, the workbooks, the tables, the
    /// machine-readable figures and the findings.
    public let files: [String]
    /// Problems that did not stop the build, such as an old copy that could not be removed.
    public let warnings: [MessageText]
    /// What the build found in the published figures, also in `findings.csv`.
    public let findings: [TableFinding]
    /// What the loaders recognised in the files and did not read as figures, and the choices they
    /// made reading them (as `annex check` reports them).
    public let notices: [InputNotice]
}

/// Load → compute → render for one report spec.
///
/// The files are written into a fresh folder beside the target, which replaces the target in one
/// step only when everything was written (see `Publication`): an error leaves the previous output
/// exactly as it was, never half a new one, and two builds of the same annex never mix.
public enum Build {
    /// How long a build waits for another build of the same annex before it stops with an error.
    public static let lockTimeout = Duration.seconds(120)

    /// `templates` is the folder with the annex templates and the wording (`i18n/`); by default
    /// `templates/` beside the spec's folder, as `data/` is. The annex in the spec's language (the
    /// default) goes to `<out>/<report-id>`, in another language to `<out>/<report-id>.<language>`,
    /// in the `formats` asked for. A build of the same annex that is under way is waited for, at
    /// most `lockTimeout`.
    public static func run(specPath: String, outputRoot: String, dataRoot: String? = nil, templates: String? = nil,
                           language: Language? = nil, formats: Set<OutputFormat> = Set(OutputFormat.allCases),
                           lockTimeout: Duration = lockTimeout) throws -> BuildResult {
        let inputs = try ReportLoader.load(specPath: specPath, dataRoot: dataRoot)
        let language = language ?? inputs.spec.language
        let folder = templates ?? ReportLoader.sibling("templates", ofSpec: specPath)
        let wording = try Wording.load(templates: folder, spec: inputs.spec, language: language)
        let report = try ReportComputer.compute(inputs)
        let untranslated = wording.untranslated(report)
        if !untranslated.isEmpty { throw LoadErrors(untranslated) }
        let id = report.spec.id
        let name = id + (language == inputs.spec.language ? "" : "." + language.rawValue)
        let publication = try Publication(folder: OutputFolder(outputRoot), name: name, lockTimeout: lockTimeout)
        var files: [String] = []
        // Files written on threads of their own: the machine-readable figures, the workbooks, and the
        // tables' CSV a row at a time.
        var sideFiles: [(names: [String], work: SideWork<Void>)] = []
        var machineReadable: (names: [String], work: SideWork<Void>?) = ([], nil)
        var figureFiles: SideWork<[String]>?
        let findings: [TableFinding]
        do {
            // Beside the figures' drawing: the machine-readable files, written from the computed report alone
            // as soon as it is there, and the workbooks' sheets, laid out and checked. Then the figures' files
            // and the workbooks are written on a thread each (a workbook reads the PNGs once they are written),
            // while the pages are rendered.
            machineReadable = try machineReadableFiles(report, citing: CitationWords(wording.phrases),
                                                       formats: formats, into: publication)
            let workbooks = !formats.isDisjoint(with: [.xlsx, .ods])
            // The methods, which the sheets, the findings and the pages all state, made once beside the drawing.
            let laidOut = SideWork { () throws -> (sheets: [SheetLayout], methods: Methods) in
                let methods = Methods(report, wording)
                guard workbooks else { return ([], methods) }
                let sheets = workbookSheets(report, wording, methods: methods)
                try AccessibilityCheck.check(sheets, wording, report: report.spec.id)
                return (sheets, methods)
            }
            let images = OutputFormat.showsImages(formats)
                ? FigureImages(report, FigureWording(wording, report: report)) : nil
            let (sheets, methods) = try laidOut.result()
            let pages = try [(OutputFormat.md, MarkdownRenderer.templateName),
                             (.html, MarkdownRenderer.htmlTemplateName)]
                .filter { formats.contains($0.0) }
                .map { format, name in (format: format, file: folder + "/" + name,
                                        template: try MarkdownRenderer.template(at: folder + "/" + name)) }
            for format in [OutputFormat.xlsx, .ods] where formats.contains(format) {
                try WorksheetRows.check(sheets, workbook: "\(outputRoot)/\(name)/\(id).\(format.rawValue)",
                                        format: format)
            }
            // The figures' files on a thread of their own; the workbooks' threads read their PNGs once written.
            let pngs = FigurePNGs(folder: publication.staging)
            figureFiles = images.map { images in
                SideWork { [cache = FigureFiles.cache(in: publication.folder)] in
                    defer { pngs.placed() }
                    return try FigureFiles.write(report, images, cache: cache, place: publication.path)
                }
            }
            if figureFiles == nil { pngs.placed() }
            if formats.contains(.xlsx) {
                let path = try publication.path("\(id).xlsx")
                sideFiles.append((["\(id).xlsx"], SideWork {
                    // A workbook of tables only is written by annex itself, as it is laid out.
                    if XLSXTablesRenderer.takes(sheets) {
                        try XLSXTablesRenderer.write(report, wording, sheets: sheets, to: path)
                    } else {
                        try XLSXRenderer.write(report, wording, sheets: sheets, to: path, pngs: pngs)
                    }
                }))
            }
            if formats.contains(.ods) {
                let path = try publication.path("\(id).ods")
                sideFiles.append((["\(id).ods"], SideWork {
                    try ODSRenderer.write(report, wording, sheets: sheets, to: path, pngs: pngs)
                }))
            }
            if formats.contains(.csv) {
                let tablesCSV = report.tables.map { "tables/\($0.id).csv" }
                let paths = try tablesCSV.map(publication.path)
                sideFiles.append((tablesCSV, SideWork {
                    for (table, path) in zip(report.tables, paths) {
                        try MachineReadable.tableCSV(table, wording, to: OutputFile(path: path).write)
                    }
                }))
            }
            findings = TableFinding.all(methods)
            let view = try images.flatMap { images in
                pages.isEmpty ? nil : try MarkdownRenderer.view(report, wording, methods: methods, images: images,
                                                                formats: formats, templates: folder)
            }
            for page in pages {
                guard let view else { break }
                let name = "\(id).\(page.format.rawValue)"
                let file = try publication.create(name)
                var output = TemplateOutput(flush: file.write)
                try MarkdownRenderer.render(view, with: page.template, file: page.file, scale: report.cellCount,
                                            to: &output)
                files.append(name)
            }
            files = try (figureFiles?.result() ?? []) + files + sideFiles.flatMap(\.names) + machineReadable.names
            try publication.write("findings.csv", MachineReadable.findingsCSV(findings))
            files.append("findings.csv")
            try machineReadable.work?.result()
            for side in sideFiles { try side.work.result() }
            try publication.commit()
        } catch {
            // The side files' threads write into the new folder: they are done before the folder goes.
            _ = try? figureFiles?.result()
            _ = try? machineReadable.work?.result()
            for side in sideFiles { _ = try? side.work.result() }
            publication.abandon()
            throw error
        }
        return BuildResult(report: report, wording: wording, folder: outputRoot + "/" + publication.name, files: files,
                           warnings: publication.warnings, findings: findings,
                           notices: inputs.spec.tables.compactMap { inputs.datasets[$0.id] }.flatMap(\.notices))
    }

    /// Every figure as CSV and JSON (`figures.csv`, `figures.json`) when `formats` asks for them, written into
    /// `publication` on a thread of its own: the names of the files and the work.
    private static func machineReadableFiles(
        _ report: ComputedReport, citing words: CitationWords, formats: Set<OutputFormat>, into publication: Publication
    ) throws -> (names: [String], work: SideWork<Void>?) {
        guard formats.contains(.figures) else { return ([], nil) }
        let names = ["figures.csv", "figures.json"]
        let paths = try names.map(publication.path)
        return (names, SideWork {
            try MachineReadable.figureFiles(report.tables.map { $0.figures(citing: words) },
                                            csv: OutputFile(path: paths[0]).write,
                                            json: OutputFile(path: paths[1]).write)
        })
    }
}

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
        let inputs = try ReportLoader.load(specPath: specPath, dataRoot: dataRoot) { outline in
            // A workbook with figures is written by libxlsxwriter, opened while the spec is decoded.
            if outline.drawsFigures && formats.contains(.xlsx) { XLSXRenderer.openBeside() }
        }
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
        // The XLSX, written on a thread of its own as soon as its sheets are laid out.
        var xlsx: SideWork<Void>?
        let findings: [TableFinding]
        do {
            // Two lanes, one per processor (docs/performance.md, the twenty-ninth sitting). The longest chain of work
            // starts first, on threads of its own: the workbooks' sheets laid out and checked, with the methods that
            // the sheets, the findings and the pages all state, then the XLSX (libxlsxwriter's packing alone is a
            // fifth of the build). This thread meanwhile draws the figures and writes every other file, one after
            // another, so the XLSX is not slowed by a share of the processors with more threads than there are.
            let workbooks = !formats.isDisjoint(with: [.xlsx, .ods])
            let laidOut = SideWork { () throws -> (sheets: [SheetLayout], methods: Methods) in
                let methods = Methods(report, wording)
                guard workbooks else { return ([], methods) }
                let sheets = workbookSheets(report, wording, methods: methods)
                try AccessibilityCheck.check(sheets, wording, report: report.spec.id)
                for format in [OutputFormat.xlsx, .ods] where formats.contains(format) {
                    try WorksheetRows.check(sheets, workbook: "\(outputRoot)/\(name)/\(id).\(format.rawValue)",
                                            format: format)
                }
                return (sheets, methods)
            }
            // The workbooks read the figures' PNGs once they are written.
            let pngs = FigurePNGs(folder: publication.staging)
            if formats.contains(.xlsx) {
                let path = try publication.path("\(id).xlsx")
                xlsx = SideWork {
                    let sheets = try laidOut.result().sheets
                    // A workbook of tables only is written by annex itself, as it is laid out.
                    if XLSXTablesRenderer.takes(sheets) {
                        try XLSXTablesRenderer.write(report, wording, sheets: sheets, to: path)
                    } else {
                        try XLSXRenderer.write(report, wording, sheets: sheets, to: path, pngs: pngs)
                    }
                }
            }
            // The figures drawn first, their files written as soon as the sheets passed their checks (a build they
            // stop leaves nothing, not even a PNG in the cache), since the XLSX's last sheets wait for them: for no
            // longer than it takes to find the PNGs in the cache, when it holds them all. Only then `figures.csv`
            // and `figures.json`. Whatever happens, the workbooks are told that the PNGs are there or will not be.
            let images = OutputFormat.showsImages(formats)
                ? FigureImages(report, FigureWording(wording, report: report)) : nil
            let figureFiles: [String], sheets: [SheetLayout], methods: Methods
            do {
                defer { pngs.placed() }
                (sheets, methods) = try laidOut.result()
                figureFiles = try images.map { images in
                    try FigureFiles.write(report, images, cache: FigureFiles.cache(in: publication.folder),
                                          place: publication.path, found: pngs.placed(from:))
                } ?? []
            }
            // Each group of finished files is flushed while the rest is written (docs/performance.md, the
            // thirty-first sitting), so that the commit has mostly the XLSX and the folders left to flush.
            publication.flushSoon(figureFiles)
            let machineReadable = try machineReadableFiles(report, citing: CitationWords(wording.phrases),
                                                           formats: formats, into: publication)
            publication.flushSoon(machineReadable)
            let pages = try [(OutputFormat.md, MarkdownRenderer.templateName),
                             (.html, MarkdownRenderer.htmlTemplateName)]
                .filter { formats.contains($0.0) }
                .map { format, name in (format: format, file: folder + "/" + name,
                                        template: try MarkdownRenderer.template(at: folder + "/" + name)) }
            if formats.contains(.ods) {
                try ODSRenderer.write(report, wording, sheets: sheets, to: publication.path("\(id).ods"), pngs: pngs)
                publication.flushSoon(["\(id).ods"])
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
            publication.flushSoon(files)
            var tablesCSV: [String] = []
            if formats.contains(.csv) {
                tablesCSV = report.tables.map { "tables/\($0.id).csv" }
                for (table, path) in zip(report.tables, try tablesCSV.map(publication.path)) {
                    try MachineReadable.tableCSV(table, wording, to: OutputFile(path: path).write)
                }
                publication.flushSoon(tablesCSV)
            }
            let workbookFiles = [OutputFormat.xlsx, .ods].filter(formats.contains).map { "\(id).\($0.rawValue)" }
            files = figureFiles + files + workbookFiles + tablesCSV + machineReadable
            try publication.write("findings.csv", MachineReadable.findingsCSV(findings))
            files.append("findings.csv")
            publication.flushSoon(["findings.csv"])
            try xlsx?.result()
            try publication.commit()
        } catch {
            // The XLSX's thread writes into the new folder: it is done before the folder goes.
            _ = try? xlsx?.result()
            publication.abandon()
            throw error
        }
        return BuildResult(report: report, wording: wording, folder: outputRoot + "/" + publication.name, files: files,
                           warnings: publication.warnings, findings: findings,
                           notices: inputs.spec.tables.compactMap { inputs.datasets[$0.id] }.flatMap(\.notices))
    }

    /// Every figure as CSV and JSON (`figures.csv`, `figures.json`) when `formats` asks for them, written into
    /// `publication`: the names of the files written.
    private static func machineReadableFiles(
        _ report: ComputedReport, citing words: CitationWords, formats: Set<OutputFormat>, into publication: Publication
    ) throws -> [String] {
        guard formats.contains(.figures) else { return [] }
        let names = ["figures.csv", "figures.json"]
        let paths = try names.map(publication.path)
        try MachineReadable.figureFiles(report.tables.map { $0.figures(citing: words) },
                                        csv: OutputFile(path: paths[0]).write,
                                        json: OutputFile(path: paths[1]).write)
        return names
    }
}

import AnnexKit
import ArgumentParser

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: Console.help(.helpBuild))

    @Argument(help: ArgumentHelp(Console.help(.helpBuildSpecs)))
    var specs: [String] = []

    /// The output folder without `--out`.
    static let defaultOut = "out"

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpOut)))
    var out = defaultOut

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpData)))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpTemplates)))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpBuildFormats)))
    var formats: String?

    @OptionGroup var options: ConsoleOptions

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let formats, OutputFormat.list(formats) == nil {
            let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError(options.console.text(.consoleInvalidFormats, ["formats": formats, "known": known]))
        }
    }

    func run() throws {
        Allocator.tune()
        let console = options.console
        let failed = try Limits.$current.withValue(limits.limits()) {
            try console.specPaths(specs, reports: "reports").filter { !build($0, console) }
        }
        if !failed.isEmpty { throw ExitCode.failure }
    }

    /// Builds one spec and says so: the folder, and the findings counted by kind (each one with
    /// `--verbose`, and in `findings.csv`); false when it was not built.
    private func build(_ spec: String, _ console: Console) -> Bool {
        do {
            let result = try Build.run(specPath: spec, outputRoot: out, dataRoot: data, templates: templates,
                                       language: options.lang,
                                       formats: formats.flatMap(OutputFormat.list) ?? Set(OutputFormat.allCases))
            console.say(.consoleBuilt, ["report": result.report.spec.id, "count": String(result.files.count),
                                        "folder": result.folder])
            result.files.forEach { console.detail(.consoleFile, ["file": $0]) }
            let summary = result.wording.summary(result.findings)
            if result.findings.isEmpty {
                console.say(.consoleSummary, ["summary": summary])
            } else {
                console.say(console.verbose ? .consoleFindingsFile : .consoleFindings,
                            ["summary": summary, "file": result.folder + "/findings.csv"])
            }
            for finding in result.findings {
                console.detail(.consoleFinding, ["table": finding.table, "finding": finding.text])
            }
            result.notices.forEach { console.detail(.consoleNotice, ["notice": $0.description(in: console.language)]) }
            result.warnings.forEach { console.error(.consoleWarning, ["warning": $0.text(in: console.language)]) }
            return true
        } catch {
            console.errors(error)
            if let failure = error as? LoadErrors {
                console.error(
                    .consoleNotBuilt, ["spec": spec, "count": LoadError.grouped(failure.count, console.language)])
            } else {
                console.error(.consoleNotBuiltUnchanged, ["spec": spec])
            }
            return false
        }
    }
}

extension BuildCommand {
    /// The command as ArgumentParser would read `arguments` (after its name), when they have the plain shape.
    init?(plain arguments: ArraySlice<String>) {
        let names = ConsoleOptions.plainOptions.union(LimitOptions.plainOptions)
            .union(["out", "data", "templates", "formats"])
        guard let line = PlainCommandLine(arguments, options: names, flags: ConsoleOptions.plainFlags),
              let console = ConsoleOptions(plain: line)
        else { return nil }
        var command = Self()
        command.specs = line.operands
        command.out = line.values["out"] ?? Self.defaultOut
        command.data = line.values["data"]
        command.templates = line.values["templates"]
        command.formats = line.values["formats"]
        command.options = console
        command.limits = LimitOptions(plain: line)
        self = command
    }
}

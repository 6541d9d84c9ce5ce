import AnnexKit
import ArgumentParser
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Console.help(.helpCheck))

    @Argument(help: ArgumentHelp(Console.help(.helpCheckSpecs)))
    var specs: [String] = []

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpData)))
    var data: String?

    /// The folder of report specs without `--reports`.
    static let defaultReports = "reports"

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpReports)))
    var reports = defaultReports

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpTemplates)))
    var templates: String?

    @OptionGroup var options: ConsoleOptions

    @OptionGroup var limits: LimitOptions

    /// A folder among the arguments is the data folder (`annex check data`), as `--data` names it.
    private var folders: [String] {
        specs.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    func validate() throws {
        if folders.count + (data == nil ? 0 : 1) > 1 { throw ValidationError(Console.help(.consoleCheckOneDataFolder)) }
    }

    func run() throws {
        let console = options.console
        let folders = folders
        let dataRoot = data ?? folders.first
        let errors = try Limits.$current.withValue(limits.limits()) {
            try console.specPaths(specs.filter { !folders.contains($0) }, reports: reports)
                .map { check($0, dataRoot: dataRoot, console) }.reduce(0, +)
        }
        if errors > 0 { throw ExitCode.failure }
    }

    /// Checks one spec and says what it found: every error and warning; the findings, notices,
    /// names read through the alias list and coverage counted (each one with `--verbose`).
    private func check(_ spec: String, dataRoot: String?, _ console: Console) -> Int {
        let result = Check.run(specPath: spec, dataRoot: dataRoot, templates: templates, language: options.lang)
        let count = result.errors.count + result.omittedErrors
        if count == 0 {
            console.say(.consoleCheckInOrder, ["spec": spec])
        } else {
            console.error(.consoleCheckErrors, ["spec": spec, "count": LoadError.grouped(count, console.language)])
        }
        result.errors.forEach { console.error(.consoleError, ["error": $0.description(in: console.language)]) }
        if result.omittedErrors > 0 {
            console.error(.consoleError, ["error": LoadErrors.more(result.omittedErrors).text(in: console.language)])
        }
        result.years.forEach { console.say(.consoleWarning, ["warning": $0.message.text(in: console.language)]) }
        guard let wording = result.wording else { return count }
        console.say(.consoleSummary, ["summary": wording.summary(result.findings)])
        result.findings.forEach { console.detail(.consoleFinding, ["table": $0.table, "finding": $0.text]) }
        let counts = [(result.notices.count, Message.consoleNoticesOne, Message.consoleNoticesOther),
                      (Set(result.aliasUses.map(\.printed)).count, .consoleAliasesOne, .consoleAliasesOther),
                      (result.coverage.count, .consoleCoverageOne, .consoleCoverageOther)]
        let said = counts.map { count, one, other in console.text(count == 1 ? one : other, ["count": String(count)]) }
        console.say(console.verbose ? .consoleSummary : .consoleCheckCounts, ["summary": said.joined(separator: ", ")])
        result.notices.forEach { console.detail(.consoleNotice, ["notice": $0.description(in: console.language)]) }
        result.coverage.forEach { console.detail(.consoleCoverage, ["coverage": wording.coverage($0)]) }
        for use in result.aliasUses {
            let note =
                use.alias.note.isEmpty ? "" : " (\(use.alias.note.text(in: console.language) ?? use.alias.note.text))"
            console.detail(.consoleAlias, ["place": "\(use.file):\(use.line)", "printed": use.printed,
                                           "name": use.municipality.name, "reason": use.alias.reason, "note": note])
        }
        return count
    }
}

extension CheckCommand {
    /// The command as ArgumentParser would read `arguments` (after its name), when they have the plain shape.
    init?(plain arguments: ArraySlice<String>) {
        let names = ConsoleOptions.plainOptions.union(LimitOptions.plainOptions)
            .union(["data", "reports", "templates"])
        guard let line = PlainCommandLine(arguments, options: names, flags: ConsoleOptions.plainFlags),
              let console = ConsoleOptions(plain: line)
        else { return nil }
        var command = Self()
        command.specs = line.operands
        command.data = line.values["data"]
        command.reports = line.values["reports"] ?? Self.defaultReports
        command.templates = line.values["templates"]
        command.options = console
        command.limits = LimitOptions(plain: line)
        self = command
    }
}

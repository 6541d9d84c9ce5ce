import AnnexKit
import ArgumentParser
import Foundation

@main
struct Annex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: "Cijferbijlagen over de forensische zorgketen: laden, berekenen, publiceren.",
        subcommands: [BuildCommand.self, CheckCommand.self, VerifyCommand.self]
    )
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// An error as the console shows it: every listed input error and how many more there are; never
/// the raw text of Foundation or the C library.
func errorLines(_ error: Error) -> [String] {
    switch error {
    case let failure as LoadErrors: failure.lines
    case let failure as OutputError: [failure.description]
    case let failure as XLSXError: [failure.description]
    default: ["onverwachte fout: \(FileProblem.describe(error))"]
    }
}

/// The limits a run holds its inputs to (see the README, *Limits*).
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: "Grootste invoerbestand: 64M (standaard), 512K, 1G of een aantal bytes.")
    var maxInputSize: String?

    func limits() throws -> Limits {
        var limits = Limits()
        if let maxInputSize {
            guard let bytes = Limits.byteCount(maxInputSize) else {
                throw ValidationError(
                    "--max-input-size: '\(maxInputSize)' is geen grootte; schrijf bijvoorbeeld 64M, 512K of 1G")
            }
            limits.fileSize = bytes
        }
        return limits
    }
}

/// The spec files named, or every spec in `reports/`.
func specPaths(_ given: [String], reports: String) throws -> [String] {
    if !given.isEmpty { return given }
    do {
        let found = try SpecLoader.specFiles(in: reports)
        if found.isEmpty { throw ValidationError("geen rapportspecificaties (*.yaml) in \(reports)/") }
        return found
    } catch let error as ValidationError {
        throw error
    } catch {
        throw ValidationError("map \(reports)/ niet te lezen: \(FileProblem.describe(error))")
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bouw de bijlage (Markdown, XLSX, CSV, figures.csv/json) voor elke specificatie."
    )

    @Argument(help: "Rapportspecificaties (YAML). Zonder: elke specificatie in reports/.")
    var specs: [String] = []

    @Option(name: .long, help: "Uitvoermap.")
    var out = "out"

    @Option(name: .long, help: "Datamap (standaard: data/ naast de map van de specificatie).")
    var data: String?

    @Option(name: .long, help: "Map met sjablonen en vertalingen (standaard: templates/ naast de map van de specificatie).")
    var templates: String?

    @Option(name: .long, help: "Taal van de bijlage: nl (standaard, in <out>/<id>/) of en (in <out>/<id>.en/).")
    var lang: Language = .source

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let failed = try Limits.$current.withValue(limits.limits()) {
            try specPaths(specs, reports: "reports").filter { !build($0) }
        }
        if !failed.isEmpty { throw ExitCode.failure }
    }

    /// Builds one spec and reports on the console; false when it was not built.
    private func build(_ spec: String) -> Bool {
        do {
            let result = try Build.run(specPath: spec, outputRoot: out, dataRoot: data, templates: templates,
                                       language: lang)
            print("\(result.report.spec.id): \(result.files.count) bestanden in \(result.folder)/")
            for file in result.files { print("  \(file)") }
            for (table, discrepancy) in result.report.discrepancies {
                let label = discrepancy.isProven ? "afwijkend totaal" : "totaal niet te controleren"
                print("  \(label) in \(table.id): \(NoteText(result.wording, table: table).discrepancy(discrepancy))")
            }
            for table in result.report.tables {
                let text = NoteText(result.wording, table: table)
                for suspicion in table.suspicions { print("  verdacht in \(table.id): \(text.evidence(suspicion))") }
            }
            for warning in result.warnings { printError("waarschuwing: \(warning)") }
            return true
        } catch {
            errorLines(error).forEach(printError)
            let count = (error as? LoadErrors).map { " (\(LoadError.grouped($0.count)) fout(en))" } ?? ""
            printError("\(spec): niet gebouwd\(count); de vorige uitvoer is ongewijzigd")
            return false
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Laad en controleer alle data; meld elk probleem. Exit 1 bij fouten."
    )

    @Argument(help: "Datamap.")
    var dataDirectory = "data"

    @Option(name: .long, help: "Map met rapportspecificaties.")
    var reports = "reports"

    @Option(name: .long, help: "Map met sjablonen en vertalingen (standaard: templates/ naast de map met specificaties).")
    var templates: String?

    @Option(name: .long, help: "Taal van de bevindingen: nl (standaard) of en.")
    var lang: Language = .source

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let errors = try Limits.$current.withValue(limits.limits()) {
            try specPaths([], reports: reports).map(check).reduce(0, +)
        }
        if errors > 0 { throw ExitCode.failure }
    }

    /// Checks one spec and reports on the console; the number of errors.
    private func check(_ spec: String) -> Int {
        let result = Check.run(specPath: spec, dataRoot: dataDirectory, templates: templates, language: lang)
        let count = result.errors.count + result.omittedErrors
        print("\(spec): \(count == 0 ? "data in orde" : "\(LoadError.grouped(count)) fout(en)")")
        for error in result.errors { print("  fout: \(error)") }
        if result.omittedErrors > 0 { print("  " + LoadErrors.more(result.omittedErrors)) }
        for notice in result.notices { print("  invoer: \(notice)") }
        for finding in result.findings { print("  bevinding: \(finding)") }
        for coverage in result.coverage { print("  dekking: \(result.wording?.coverage(coverage) ?? "")") }
        for use in result.aliasUses {
            let note = use.alias.note.isEmpty ? "" : " (\(use.alias.note.text))"
            print("  naam via aliaslijst: \(use.file):\(use.line): '\(use.printed)' → \(use.municipality.name) "
                  + "[\(use.alias.reason)]\(note)")
        }
        return count
    }
}

extension VerificationOutput.Format: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Herreken elk getal dat een tekst noemt; exit 1 als een bewering niet klopt."
    )

    @Argument(help: "Tekst- of Markdownbestand met de beweringen.")
    var text: String

    @Option(name: .long, help: "Rapportspecificatie met de data (standaard: de enige in reports/).")
    var report: String?

    @Option(name: .long, help: "Datamap (standaard: data/ naast de map van de specificatie).")
    var data: String?

    @Option(name: .long, help: "Uitvoer: text, markdown, csv of json.")
    var format: VerificationOutput.Format = .text

    func run() throws {
        let spec: String
        if let report {
            spec = report
        } else {
            let found = try specPaths([], reports: "reports")
            guard found.count == 1 else { throw ValidationError("meer dan één specificatie in reports/: kies er een met --report") }
            spec = found[0]
        }
        do {
            let claims = try Verify.run(textPath: text, specPath: spec, dataRoot: data)
            print(VerificationOutput.render(claims, as: format), terminator: "")
            if claims.contains(where: { $0.verdict == .inconsistent }) { throw ExitCode.failure }
        } catch let failure as LoadErrors {
            failure.lines.forEach(printError)
            throw ExitCode.failure
        }
    }
}

import AnnexKit
import ArgumentParser
import Foundation

@main
struct Annex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: "Cijferbijlagen over de forensische zorgketen: laden, berekenen, publiceren.",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, VerifyCommand.self, NewEditionCommand.self]
    )

    /// Runs the command; `annex verify` ends a usage error with its documented status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if CommandLine.arguments.dropFirst().first == VerifyCommand.configuration.commandName,
               exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(VerifyCommand.usageError)
            }
            exit(withError: error)
        }
    }
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
    var lang: Language?

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
    var lang: Language?

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
        for year in result.years { print("  waarschuwing: \(year)") }
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
        abstract: "Reken elk getal na dat een tekst noemt: uit de tekst zelf en, met een rapport, uit de data.",
        discussion: """
        Exit: 0 beweringen nagerekend en alle kloppen; 1 een bewering klopt niet; 2 fout in gebruik of \
        invoer; 3 niets nagerekend (geen beweringen, of geen enkele te controleren), tenzij --allow-empty.
        """
    )

    static let usageError: Int32 = 2

    @Argument(help: "Tekst- of Markdownbestand met de beweringen.")
    var text: String

    @Option(name: .long,
            help: "Rapportspecificatie met de data (standaard: de enige in reports/; zonder: alleen de tekst).")
    var report: String?

    @Option(name: .long, help: "Datamap (standaard: data/ naast de map van de specificatie).")
    var data: String?

    @Option(name: .long, help: "Uitvoer: text, markdown, csv of json.")
    var format: VerificationOutput.Format = .text

    @Option(name: .long, help: "Taal van de uitvoer: nl (standaard) of en.")
    var lang: Language = .source

    @Option(name: .long, help: """
        Map met vertalingen (standaard: naast de map van de specificatie, anders templates/, anders die van \
        annex zelf).
        """)
    var templates: String?

    @Flag(name: .long, help: "Exit 0 in plaats van 3 als er niets na te rekenen was.")
    var allowEmpty = false

    @OptionGroup var limits: LimitOptions

    func run() throws {
        try Limits.$current.withValue(limits.limits()) { try verify() }
    }

    private func verify() throws {
        do {
            let spec = try specPath()
            let folder = templates ?? Verify.defaultTemplates(specPath: spec, executable: Bundle.main.executableURL)
            let words = try Verify.words(templates: folder, language: lang)
            let verifier = try Verify.verifier(specPath: spec, dataRoot: data)
            let document = try TextDocument(path: text)
            var counts: [Verdict: Int] = [:]
            var output = VerificationOutput(format: format, words: words) {
                FileHandle.standardOutput.write(Data($0.utf8))
            }
            verifier.verify(document) { claim in
                counts[claim.verdict, default: 0] += 1
                output.add(claim)
            }
            output.finish()
            let status = Verify.exitStatus(consistent: counts[.consistent] ?? 0,
                                           inconsistent: counts[.inconsistent] ?? 0, allowEmpty: allowEmpty)
            if status == 3 { printError(words(.verifyNothingChecked)) }
            if status != 0 { throw ExitCode(status) }
        } catch let failure as LoadErrors {
            failure.lines.forEach(printError)
            throw ExitCode(Self.usageError)
        }
    }

    /// `--report`, else the only spec in `reports/`, else none (the text is checked on its own).
    private func specPath() throws -> String? {
        if let report { return report }
        guard let found = try? SpecLoader.specFiles(in: "reports"), !found.isEmpty else { return nil }
        switch TextReport.match(textPath: text, specs: found) {
        case .found(let spec):
            printError("rapport: \(spec)")
            return spec
        case .several(let specs):
            printError("de tekst past bij \(specs.joined(separator: ", ")); kies er een met --report")
        case .none(let specs):
            printError("geen rapport in reports/ noemt deze tekst of heet als het bestand; kies er een met "
                       + "--report: \(specs.joined(separator: ", "))")
        }
        throw ExitCode(Self.usageError)
    }
}

struct NewEditionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-edition",
        abstract: "Schrijf de volgende editie van een rapport met een jaar erbij, klaar voor de nieuwe leveringen."
    )

    @Argument(help: "De specificatie van de huidige editie.")
    var spec: String

    @Option(name: .long, help: "Het jaar waarvan de cijfers erbij komen.")
    var year: Int

    @Option(name: .long, help: "Id van de nieuwe editie (standaard: de huidige met het jaartal een hoger).")
    var id: String?

    @Option(name: .long, parsing: .singleValue, help: "Een ontvangen bestand voor een tabel: TABEL=BESTAND (herhaalbaar).")
    var add: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "Een tabel die het jaar krijgt; het bestand volgt later (herhaalbaar).")
    var table: [String] = []

    @Option(name: .long, help: "Publicatiedatum van de nieuwe editie, JJJJ-MM-DD (standaard: een jaar na de huidige).")
    var published: String?

    @Option(name: .long, help: "Leverancier van de nieuwe bestanden (bijvoorbeeld DJI).")
    var supplier: String?

    @Option(name: .long, help: "Datum van levering, JJJJ-MM-DD.")
    var date: String?

    @Option(name: .long, help: "Datamap (standaard: data/ naast de map van de specificatie).")
    var data: String?

    @Option(name: .long, help: "Map met sjablonen en vertalingen (standaard: templates/ naast de map van de specificatie).")
    var templates: String?

    func run() throws {
        var options = NewEdition.Options(year: year)
        options.id = id
        options.added = try add.map { item in
            guard let split = item.firstIndex(of: "="), split != item.startIndex, split != item.index(before: item.endIndex) else {
                throw ValidationError("--add '\(item)': schrijf TABEL=BESTAND")
            }
            return (String(item[..<split]), String(item[item.index(after: split)...]))
        }
        options.tables = table
        options.published = published
        options.supplier = supplier
        options.date = date
        options.dataRoot = data
        options.templates = templates
        do {
            let result = try NewEdition.run(specPath: spec, options: options)
            print("\(result.id): \(result.spec)")
            result.translations.forEach { print("  \($0)") }
            for (table, periods) in result.extended {
                print("  \(table): \(periods.map(\.label).joined(separator: ", "))")
            }
            result.copied.forEach { print("  gekopieerd: \($0)") }
            result.expected.forEach { print("  verwacht: \($0.file) voor \($0.table)") }
            result.years.forEach { print("  waarschuwing: \($0)") }
        } catch let problem as NewEdition.Problem {
            printError(problem.description)
            throw ExitCode.failure
        } catch let failure as LoadErrors {
            failure.errors.forEach { printError($0.description) }
            throw ExitCode.failure
        }
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Schrijf een eerste eigen rapport: een specificatie en een databestand die meteen bouwen."
    )

    @Argument(help: "Id van het rapport (kleine letters, cijfers en koppeltekens).")
    var id = "mijn-bijlage"

    @Option(name: .long, help: "Taal van de teksten: nl (standaard) of en.")
    var lang: Language = .source

    func run() throws {
        let today = Date().formatted(.iso8601.year().month().day())
        do {
            let files = try NewReport.write(id: id, language: lang, root: ".", published: today)
            files.forEach { print($0) }
            print("Bouw de bijlage met: swift run annex build\(lang == .source ? "" : " --lang \(lang.rawValue)") \(files[0])")
        } catch let problem as NewReport.Problem {
            printError(problem.description)
            throw ExitCode.failure
        }
    }
}

import AnnexKit
import ArgumentParser

struct NewEditionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-edition", abstract: Console.help(.helpNewEdition))

    @Argument(help: ArgumentHelp(Console.help(.helpNewEditionSpec)))
    var spec: String

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpNewEditionYear)))
    var year: Int

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpNewEditionID)))
    var id: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(Console.help(.helpNewEditionAdd)))
    var add: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(Console.help(.helpNewEditionTable)))
    var table: [String] = []

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpNewEditionPublished)))
    var published: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpNewEditionSupplier)))
    var supplier: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpNewEditionDate)))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpData)))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpTemplates)))
    var templates: String?

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        let console = options.console
        var edition = NewEdition.Options(year: year)
        edition.id = id
        edition.added = try add.map { item in
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError(console.text(.consoleAddFormat, ["item": item]))
            }
            return (String(parts[0]), String(parts[1]))
        }
        (edition.tables, edition.published, edition.supplier, edition.date) = (table, published, supplier, date)
        (edition.dataRoot, edition.templates) = (data, templates)
        do {
            let result = try NewEdition.run(specPath: spec, options: edition)
            console.say(.consoleEdition, ["id": result.id, "spec": result.spec])
            result.translations.forEach { console.say(.consoleFile, ["file": $0]) }
            for (table, periods) in result.extended {
                console.say(
                    .consoleEditionPeriods, ["table": table, "periods": periods.map(\.label).joined(separator: ", ")])
            }
            result.copied.forEach { console.say(.consoleEditionCopied, ["file": $0]) }
            result.expected.forEach { console.say(.consoleEditionExpected, ["file": $0.file, "table": $0.table]) }
            result.years.forEach { console.say(.consoleWarning, ["warning": $0.message.text(in: console.language)]) }
        } catch let problem as NewEdition.Problem {
            console.error(problem.message.text(in: console.language))
            throw ExitCode.failure
        } catch let failure as LoadErrors {
            console.errors(failure)
            throw ExitCode.failure
        }
    }
}

import AnnexKit
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Console.help(.helpInit))

    @Argument(help: ArgumentHelp(Console.help(.helpInitID)))
    var id = "mijn-bijlage"

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        let console = options.console
        let language = options.lang ?? .source
        let today = Date().formatted(.iso8601.year().month().day())
        do {
            let files = try NewReport.write(id: id, language: language, root: ".", published: today)
            files.forEach { console.say(.consoleFile, ["file": $0]) }
            let build = "swift run annex build" + (language == .source ? "" : " --lang \(language.rawValue)")
            console.say(.consoleInitNext, ["command": build + " " + files[0]])
        } catch let problem as NewReport.Problem {
            console.error(problem.message.text(in: console.language))
            throw ExitCode.failure
        }
    }
}

import AnnexKit
import ArgumentParser
import Foundation

/// What a run prints and in which language: every message, help text and the annex's own words
/// follow `--lang` (Dutch by default); `--quiet` prints errors only, `--verbose` every detail.
struct Console {
    let language: Language
    let quiet: Bool
    let verbose: Bool

    var messages: MessageBook { MessageBook.of(language) }

    /// The language of the help texts: `--lang` as given on the command line, before it is parsed
    /// (the help is written before the arguments are read).
    static let helpLanguage: Language = {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            let value = argument.hasPrefix("--lang=") ? String(argument.dropFirst("--lang=".count))
                : argument == "--lang" && index + 1 < arguments.count ? arguments[index + 1] : nil
            if let value, let language = Language(rawValue: value) { return language }
        }
        return .source
    }()

    /// A help text (or a message about the arguments, said before they are parsed) in the language
    /// of the help.
    static func help(_ message: Message, _ values: [String: String] = [:]) -> String {
        MessageBook.of(helpLanguage).text(message, values)
    }

    func text(_ message: Message, _ values: [String: String] = [:]) -> String { messages.text(message, values) }

    /// A line of the run's result; not with `--quiet`.
    func say(_ message: Message, _ values: [String: String] = [:]) {
        if !quiet { print(text(message, values)) }
    }

    /// A detail, with `--verbose` only.
    func detail(_ message: Message, _ values: [String: String] = [:]) {
        if verbose { print(text(message, values)) }
    }

    /// A line on standard error, also with `--quiet`.
    func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func error(_ message: Message, _ values: [String: String] = [:]) { error(text(message, values)) }

    /// Every problem of a failed run, each input error with its file, line and column, and how
    /// many more there are; never the raw text of Foundation or the C library.
    func errors(_ failure: Error) {
        switch failure {
        case let failure as LoadErrors: failure.lines(in: language).forEach(error)
        case let failure as OutputError: error(failure.description(in: language))
        case let failure as any FileNotWritten: error(failure.description(in: language))
        default: error(.consoleUnexpected, ["error": FileProblem.describe(failure).text(in: language)])
        }
    }

    /// The spec files named, or every spec in `reports`.
    func specPaths(_ given: [String], reports: String) throws -> [String] {
        if !given.isEmpty { return given }
        let found: [String]
        do {
            found = try SpecLoader.specFiles(in: reports)
        } catch {
            throw ValidationError(text(.consoleUnreadableFolder, ["folder": reports,
                        "reason": FileProblem.describe(error).text(in: language),
                    ]))
        }
        if found.isEmpty { throw ValidationError(text(.consoleNoSpecs, ["folder": reports])) }
        return found
    }
}

/// The options every command has: the language of the run, and how much it prints.
struct ConsoleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Console.help(.helpLang)))
    var lang: Language?

    @Flag(name: .long, help: ArgumentHelp(Console.help(.helpQuiet)))
    var quiet = false

    @Flag(name: .long, help: ArgumentHelp(Console.help(.helpVerbose)))
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError(Console.help(.consoleQuietAndVerbose)) }
    }

    var console: Console { Console(language: lang ?? .source, quiet: quiet, verbose: verbose) }
}

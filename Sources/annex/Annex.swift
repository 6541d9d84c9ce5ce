import AnnexKit
import ArgumentParser
import Foundation

/// The version `annex --version` prints.
let annexVersion = "0.9.0"

@main
struct Annex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex",
        abstract: Console.help(.helpAnnex),
        version: "annex \(annexVersion)",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, VerifyCommand.self,
                      NewEditionCommand.self]
    )

    /// Runs the command; `annex verify` ends a usage error with its documented status 2.
    static func main() {
        do {
            var command = try PlainCommandLine.command(CommandLine.arguments.dropFirst()) ?? parseAsRoot()
            try command.run()
        } catch {
            if CommandLine.arguments.dropFirst().first == VerifyCommand.configuration.commandName,
               exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(VerifyCommand.usageError)
            }
            exit(withError: error)
        }
    }
}

extension Language: ExpressibleByArgument {}

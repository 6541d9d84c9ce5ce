import AnnexKit
import ArgumentParser
import Foundation

extension VerificationOutput.Format: ExpressibleByArgument {}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: Console.help(.helpVerify), discussion: Console.help(.helpVerifyExit))

    /// The exit status of a usage or input error, as `--help` documents it.
    static let usageError: Int32 = 2

    @Argument(help: ArgumentHelp(Console.help(.helpVerifyText)))
    var text: String

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpVerifyReport)))
    var report: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpData)))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpVerifyFormat)))
    var format: VerificationOutput.Format = .text

    @Option(name: .long, help: ArgumentHelp(Console.help(.helpVerifyTemplates)))
    var templates: String?

    @Flag(name: .long, help: ArgumentHelp(Console.help(.helpVerifyAllowEmpty)))
    var allowEmpty = false

    @OptionGroup var options: ConsoleOptions

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let console = options.console
        try Limits.$current.withValue(limits.limits()) { try verify(console) }
    }

    private func verify(_ console: Console) throws {
        do {
            let document = try TextDocument(path: text)
            let (spec, loaded) = try specPath(console)
            let folder = templates ?? Verify.defaultTemplates(specPath: spec, executable: Bundle.main.executableURL)
            let words = try Verify.words(templates: folder, language: console.language)
            let verifier = try Verify.verifier(specPath: spec, loaded: loaded, dataRoot: data,
                                               citing: CitationWords(words.phrases))
            var counts: [Verdict: Int] = [:]
            var output = VerificationOutput(format: format, words: words) {
                if !console.quiet { FileHandle.standardOutput.write(Data($0.utf8)) }
            }
            verifier.verify(document) { claim in
                counts[claim.verdict, default: 0] += 1
                output.add(claim)
            }
            output.finish()
            let status = Verify.exitStatus(consistent: counts[.consistent] ?? 0,
                                           inconsistent: counts[.inconsistent] ?? 0, allowEmpty: allowEmpty)
            if status == 3 { console.error(words(.verifyNothingChecked)) }
            if status != 0 { throw ExitCode(status) }
        } catch let failure as LoadErrors {
            console.errors(failure)
            throw ExitCode(Self.usageError)
        }
    }

    /// `--report`; else the spec of the text's report in `reports/` (said on standard error), with the
    /// spec as loaded to choose it; with no spec in `reports/` none: the text is checked on its own.
    private func specPath(_ console: Console) throws -> (path: String?, loaded: ReportSpec?) {
        if let report { return (report, nil) }
        guard let found = try? SpecLoader.specFiles(in: "reports"), !found.isEmpty else { return (nil, nil) }
        let choice = TextReport.choose(textPath: text, specs: found)
        switch choice.match {
        case .found(let spec):
            if !console.quiet { console.error(.consoleVerifyReport, ["spec": spec]) }
            return (spec, choice.spec)
        case .several(let specs):
            console.error(.consoleVerifySeveral, ["specs": specs.joined(separator: ", ")])
        case .none(let specs):
            console.error(.consoleVerifyNone, ["specs": specs.joined(separator: ", ")])
        }
        throw ExitCode(Self.usageError)
    }
}

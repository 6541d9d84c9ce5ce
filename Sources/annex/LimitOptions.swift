import AnnexKit
import ArgumentParser

/// The limits a run holds its inputs to (see docs/safety.md).
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Console.help(.helpMaxInputSize)))
    var maxInputSize: String?

    func limits() throws -> Limits {
        var limits = Limits()
        if let maxInputSize {
            guard let bytes = Limits.byteCount(maxInputSize) else {
                throw ValidationError(Console.help(.consoleInvalidSize, ["size": maxInputSize]))
            }
            limits.fileSize = bytes
        }
        return limits
    }
}

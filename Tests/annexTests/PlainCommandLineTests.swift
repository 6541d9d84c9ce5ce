import ArgumentParser
import PropertyBased
import Testing

@testable import annex

/// A command line read without ArgumentParser must be the very command ArgumentParser makes of it.
@Suite("The plain command line")
struct PlainCommandLineTests {
    /// Words of the plain shape: the options and flags of `build` and `check`, values and operands.
    static let plainWords = [
        "--out", "--data", "--templates", "--formats", "--reports", "--lang", "--max-input-size", "--quiet",
        "--verbose", "nl", "en", "csv,md", "xlsx", "200M", "out", "reports/a.yaml", "map met spatie", "ß/ü.yaml",
    ]
    /// Words that are not: help, other spellings, unknown names, values a command refuses, empty arguments.
    static let otherWords = [
        "--help", "-h", "--version", "-q", "--", "--lang=en", "--out=x", "--bogus", "de", "pdf", "csv,pdf", "",
        "-", "-x", "=", "build", "check", "verify", "--formats=", "--LANG",
    ]
    /// How many generated lines are compared; how many of them must have the plain shape, so that the
    /// comparison is not carried by lines ArgumentParser reads anyway.
    static let lines = 600, plainAtLeast = 120

    @Test("Every line read without ArgumentParser is the command ArgumentParser makes of the same arguments")
    func sameAsArgumentParser() async {
        let word = Gen.frequency((4, Gen.element(of: Self.plainWords)), (1, Gen.element(of: Self.otherWords)))
            .map { $0 ?? "" }
        var read = 0
        await propertyCheck(count: Self.lines, input: Gen.element(of: ["build", "check"]), word.array(of: 0 ... 7)) {
            name, rest in
            let arguments = [name ?? "build"] + rest
            guard let plain = PlainCommandLine.command(arguments[...]) else { return }
            read += 1
            let parsed = try? Annex.parseAsRoot(arguments)
            #expect(parsed.map(Self.described) == Self.described(plain), "\(arguments)")
        }
        #expect(read >= Self.plainAtLeast)
    }

    @Test("A line of another shape is left to ArgumentParser", arguments: [
        ["build", "--help"], ["build", "--out=x"], ["build", "--quiet", "--quiet"], ["check", "--formats", "csv"],
        ["build", "--formats", "pdf"], ["build", "--lang", "de"], ["build", "--", "a.yaml"], ["verify", "a.txt"],
        ["build", "--out", "-x"], ["build", ""], ["build", "--quiet", "--verbose"],
    ])
    func otherShapes(arguments: [String]) {
        #expect(PlainCommandLine.command(arguments[...]) == nil)
    }

    /// Every stored value of `command`, the option groups' included.
    static func described(_ command: ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}

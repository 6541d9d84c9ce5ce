import AnnexKit
import ArgumentParser

/// A subcommand's arguments of the plain shape most runs have (`annex build bench/wide.yaml --data DIR --out DIR
/// --formats csv,md,xlsx`, `annex check`), read without ArgumentParser: its reflection over the commands and the
/// completion commands it parses at every run cost a sixth of a small build's work (docs/performance.md, 'Start-up').
///
/// The shape: operands, each option as `--name value` and each flag as `--name`, every one at most once; no
/// argument empty and no value starting with `-`. Anything else (help, `--version`, `--name=value`, `--`, short
/// names, a repeated or unknown name, a value a command refuses) is left to ArgumentParser, which reads it as
/// before and says what is wrong; a command read here is the one ArgumentParser would make of the same arguments.
struct PlainCommandLine {
    /// The operands, in order.
    private(set) var operands: [String] = []
    /// Each option's value, by its name without the dashes.
    private(set) var values: [String: String] = [:]
    /// The flags given, by name without the dashes.
    private(set) var flags: Set<String> = []

    /// The arguments after the subcommand's name, when they have the plain shape for its `options` (names that
    /// take a value) and `flags` (names that do not).
    init?(_ arguments: ArraySlice<String>, options: Set<String>, flags known: Set<String>) {
        var rest = arguments.makeIterator()
        while let argument = rest.next() {
            guard !argument.isEmpty else { return nil }
            guard argument.hasPrefix("-") else {
                operands.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else { return nil }
            let name = String(argument.dropFirst(2))
            if options.contains(name) {
                guard values[name] == nil, let value = rest.next(), !value.isEmpty, !value.hasPrefix("-") else {
                    return nil
                }
                values[name] = value
            } else {
                guard known.contains(name), flags.insert(name).inserted else { return nil }
            }
        }
    }

    /// The subcommand `arguments` (the program's, without its own name) ask for, read and validated here; nil
    /// when ArgumentParser has to read them.
    static func command(_ arguments: ArraySlice<String>) -> ParsableCommand? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        let command: ParsableCommand?
        switch name {
        case BuildCommand.configuration.commandName: command = BuildCommand(plain: rest)
        case CheckCommand.configuration.commandName: command = CheckCommand(plain: rest)
        default: return nil
        }
        // A command that does not validate is read again by ArgumentParser, which says why in its own words.
        guard var command, (try? command.validate()) != nil else { return nil }
        return command
    }
}

extension ConsoleOptions {
    /// The names of its options and of its flags on the command line.
    static let plainOptions: Set = ["lang"], plainFlags: Set = ["quiet", "verbose"]

    /// The options as ArgumentParser would read them from `line`; nil when `--lang` names no language or they
    /// do not validate.
    init?(plain line: PlainCommandLine) {
        var options = Self()
        options.lang = nil
        if let given = line.values["lang"] {
            guard let language = Language(rawValue: given) else { return nil }
            options.lang = language
        }
        options.quiet = line.flags.contains("quiet")
        options.verbose = line.flags.contains("verbose")
        guard (try? options.validate()) != nil else { return nil }
        self = options
    }
}

extension LimitOptions {
    /// The names of its options on the command line.
    static let plainOptions: Set = ["max-input-size"]

    /// The options as ArgumentParser would read them from `line`.
    init(plain line: PlainCommandLine) {
        var options = Self()
        options.maxInputSize = line.values["max-input-size"]
        self = options
    }
}

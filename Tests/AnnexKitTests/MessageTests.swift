import Foundation
import Testing
@testable import AnnexKit

/// The command line's own messages: every message in every language, with the same placeholders.
@Suite("Messages in every language")
struct MessageTests {
    @Test("Each language has every message with the Dutch placeholders, and no other key")
    func complete() throws {
        let dutch = MessageBook.of(.nl)
        for language in Language.allCases {
            let book = MessageBook.of(language)
            for message in Message.allCases {
                #expect(
                    PhraseBook.placeholders(in: book.template(message))
                        == PhraseBook.placeholders(in: dutch.template(message)),
                        "\(language.rawValue): \(message.rawValue)")
            }
        }
    }

    @Test("The built-in books read under the default limits, whatever limits the asking task has set")
    func builtInUnderSmallLimits() {
        var small = Limits()
        small.yamlDepth = 3
        small.yamlNodes = 9
        // Under these limits the messages file itself is refused; the book built in is read all the same.
        #expect(YAMLComposer.compose(String(decoding: PackageResources.nl_yaml, as: UTF8.self), textOnly: true,
            limits: small) == nil)
        for (language, bytes) in [(Language.nl, PackageResources.nl_yaml), (.en, PackageResources.en_yaml)] {
            let book = Limits.$current.withValue(small) { MessageBook.embedded(language, bytes) }
            #expect(Message.allCases.allSatisfy { !book.template($0).isEmpty })
        }
    }

    @Test("A missing or unknown key is a problem with its line")
    func problems() throws {
        do {
            _ = try MessageBook.read("help.annex: x\nhelp.onbekend: z\n", language: .en)
            Issue.record("expected problems")
        } catch let failure as LoadErrors {
            let messages = failure.errors.map(\.description)
            #expect(
                messages.contains {
                    $0.hasPrefix("Messages/en.yaml:2:1:") && $0.contains("onbekende sleutel 'help.onbekend'")
                })
            #expect(messages.contains { $0.contains("sleutel 'help.quiet' ontbreekt") })
        }
    }

    @Test("A message's values are filled in, nested messages in the same language")
    func filled() {
        let nested = MessageText(.editionAlreadyHas, ["table": "t", "year": "2024"])
        let outer = MessageText(.consoleError, ["error": .message(nested)])
        #expect(outer.text(in: .nl) == "  fout: tabel 't' heeft 2024 al")
        #expect(outer.text(in: .en) == "  error: table 't' has 2024 already")
    }

    @Test("Every message is said somewhere: no key of the files is dead")
    func used() throws {
        let sources = try FileManager.default.subpathsOfDirectory(atPath: Paths.packageRoot + "/Sources")
            .filter { $0.hasSuffix(".swift") && !$0.hasSuffix("Messages/Message.swift") }
            .map { try readText(Paths.packageRoot + "/Sources/" + $0) }.joined()
        let unused = Message.allCases.filter { !sources.contains(".\($0)") }
        #expect(unused.isEmpty, "\(unused)")
    }

    @Test("An input error in English: the same place, every part of the message in English")
    func englishErrors() {
        let unknown = LoadError(file: "x.csv", line: 3, column: 2,
                                .unknownMunicipality(name: "Amsterdm", suggestions: ["Amsterdam"]))
        #expect(unknown.description(in: .en) == "x.csv:3:2: unknown municipality 'Amsterdm'; did you mean: Amsterdam? "
                + "(add a spelling to data/reference/aliases.csv)")
        let nested = LoadError(file: "s.yaml", line: 4, column: 5, .invalidSpec(reason: .inTable("t", MessageText(
            .specBasePeriod, ["period": "2019"]))))
        #expect(nested.description(in: .en) == "s.yaml:4:5: invalid report spec: table 't': base_period 2019 is not "
                + "among the periods")
        #expect(nested.description == "s.yaml:4:5: ongeldige rapportspecificatie: tabel 't': base_period 2019 staat "
                + "niet in periods")
        let size = LoadError(file: "a", .fileTooLarge(size: 3 << 20, limit: 1 << 20))
        #expect(size.message(in: .en) == "the file is 3 MB, more than the limit of 1 MB (--max-input-size)")
        let fields = LoadError(file: "a", .tooManyFields(expected: 1_000, found: 1_001))
        #expect(fields.message(in: .en) == "1,001 fields on this line, the header has 1,000")
        #expect(fields.message == "1.001 velden in deze regel, de kopregel heeft er 1.000")
    }
}

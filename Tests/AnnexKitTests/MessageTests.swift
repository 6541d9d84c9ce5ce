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
                #expect(PhraseBook.placeholders(in: book.template(message)) == PhraseBook.placeholders(in: dutch.template(message)),
                        "\(language.rawValue): \(message.rawValue)")
            }
        }
    }

    @Test("A missing or unknown key is a problem with its line")
    func problems() throws {
        do {
            _ = try MessageBook.read("help.annex: x\nhelp.onbekend: z\n", language: .en)
            Issue.record("expected problems")
        } catch let failure as LoadErrors {
            let messages = failure.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("Messages/en.yaml:2:1:") && $0.contains("onbekende sleutel 'help.onbekend'") })
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
}

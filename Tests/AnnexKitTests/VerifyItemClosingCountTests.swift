import Foundation
import Testing

@testable import AnnexKit

/// A list item that closes on a count and its noun ('- zomer: 40 aanmeldingen, 35 geplaatst') ends its sentence
/// before a line of prose that opens in upper case: the prose is no part of the item.
@Suite("verify: a list item closing on a count and its noun")
struct VerifyItemClosingCountTests {
    private let items = """
        Inschrijvingen per seizoen:
        - voorjaar: 52 aanmeldingen, 47 geplaatst
        - najaar: 38 aanmeldingen, 30 geplaatst
        """

    @Test("The prose line under the last item is a sentence of its own")
    func proseUnderItem() throws {
        // Read with the item, 'In totaal werden 77 …' summed the item's 38 and 30 (68): a false alarm. 47 + 30 = 77.
        let text = items + "\nIn totaal werden 77 kinderen geplaatst."
        let found = try verified(text).first { $0.kind == .sum }
        #expect(found?.verdict != .inconsistent)
    }

    @Test("An item that closes on prose still runs on into a wrapped line")
    func wrappedItem() throws {
        // 'meer dan' closes on words: the next line goes on with the item ('… 12 procent meer dan Utrecht').
        // 56 / 50 = 1,12: 12 procent meer.
        try expectVerdict(
            .consistent, of: "12 procent",
            in: "Bezoekers:\n- Amersfoort trok 56 bezoekers, Utrecht 50; dat is 12 procent meer dan\nUtrecht.")
    }
}

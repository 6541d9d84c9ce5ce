import Testing
@testable import AnnexKit

@Suite("Municipality names, aliases and districts")
struct GazetteerTests {
    @Test("Official names, codes and aliases resolve", arguments: [
        ("Amsterdam", "GM0363"), ("GM0363", "GM0363"), ("amsterdam", "GM0363"),
        ("Beek L", "GM0888"), ("Capelle ad IJssel", "GM0502"), ("s-Gravenhage", "GM0518"),
        ("'s-Gravenhage", "GM0518"), ("Nuenen Ca", "GM0820"), ("Brielle", "GM0501"), ("Laren", "GM0417"),
    ])
    func resolves(name: String, code: String) {
        #expect(realGazetteer.match(name)?.municipality.code == code)
    }

    @Test("Common names and spellings of municipalities are in the alias list", arguments: [
        ("Den Bosch", "GM0796"), ("'s Hertogenbosch", "GM0796"), ("Den Haag", "GM0518"), ("den haag", "GM0518"),
        ("Súdwest-Fryslân", "GM1900"), ("Sudwest-Fryslan", "GM1900"), ("Súdwest Fryslân", "GM1900"),
        ("Sudwest Fryslan", "GM1900"), ("Noardeast-Fryslan", "GM1970"), ("Tietjerksteradeel", "GM0737"),
        ("Groningen (gemeente)", "GM0014"), ("Alphen a/d Rijn", "GM0484"), ("Rijswijk (ZH)", "GM0603"),
    ])
    func commonNames(name: String, code: String) {
        #expect(realGazetteer.match(name)?.municipality.code == code)
    }

    @Test("An alias match says it was an alias, with its reason")
    func aliasMatch() throws {
        let match = try #require(realGazetteer.match("Capelle ad IJssel"))
        guard case .alias(let municipality, let alias) = match else {
            Issue.record("expected an alias match")
            return
        }
        #expect(municipality.name == "Capelle aan den IJssel")
        #expect(alias.reason == "abbreviation")
    }

    @Test("An unknown name is not guessed; the closest official names are suggested")
    func unknown() {
        #expect(realGazetteer.match("Amsterdm") == nil)
        #expect(realGazetteer.suggestions(for: "Amsterdm").first == "Amsterdam")
        #expect(realGazetteer.suggestions(for: "Roterdam").first == "Rotterdam")
    }

    @Test("Districts and validity years from the reference")
    func districts() throws {
        let brielle = try #require(realGazetteer.municipality(code: "GM0501"))
        #expect(brielle.arrondissement == "rotterdam")
        #expect(brielle.existed(in: 2022))
        #expect(!brielle.existed(in: 2023))
        #expect(realGazetteer.municipality(code: "GM1992")?.existed(in: 2022) == false)
        #expect(realGazetteer.municipality(code: "GM0200")?.arrondissement == "oost-nederland")  // Apeldoorn
        #expect(realGazetteer.arrondissementen.count == 10)
        #expect(realGazetteer.municipalities.count == 360)
    }
}

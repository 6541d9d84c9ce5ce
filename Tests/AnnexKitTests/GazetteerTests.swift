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

    @Test("Each municipality's province as the reference names it; the provinces made once are those of their names")
    func provinces() throws {
        for municipality in realGazetteer.municipalities {
            let alone = Municipality(code: municipality.code, name: municipality.name, province: municipality.province,
                                     arrondissement: municipality.arrondissement, validFrom: municipality.validFrom,
                                     validTo: municipality.validTo)
            #expect(municipality == alone && municipality.provinceRegion == alone.provinceRegion)
        }
        let provinces = Set(realGazetteer.municipalities.map(\.provinceRegion))
        #expect(provinces.count == 12 && Set(provinces.map(\.code)).count == 12)
        let friesland = try #require(realGazetteer.municipality(code: "GM0080")?.provinceRegion)  // Leeuwarden
        #expect(friesland.code == "fryslan" && friesland.name == "Fryslân")
        let brabant = try #require(realGazetteer.municipality(code: "GM0796")?.provinceRegion)  // 's-Hertogenbosch
        #expect(brabant.code == "noord-brabant" && brabant.name == "Noord-Brabant")
    }
}

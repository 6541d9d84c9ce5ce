import Foundation
import Testing
@testable import AnnexKit

/// `annex verify` without `--report`: the spec found by the text's report, or the choice named.
@Suite("Which report a text is about")
struct TextReportTests {
    static let specs = [Paths.realSpec, Paths.miniSpec]

    @Test("The report the text names by its title; the only spec there is")
    func byDocument() throws {
        let text = try temporaryFile("tekst.md", "# SAMENWERKING TUSSEN FORENSISCHE\nZORG EN GEMEENTEN\n\nIn 2022 …\n")
        #expect(TextReport.match(textPath: text, specs: Self.specs) == .found(Paths.realSpec))
        let other = try temporaryFile("brief.md", "Voortgangsbrief forensische zorg.\n")
        #expect(TextReport.match(textPath: other, specs: [Paths.miniSpec]) == .found(Paths.miniSpec))
        #expect(TextReport.match(textPath: other, specs: Self.specs) == .none(Self.specs))
    }

    @Test("Two editions cite the same report: the file name decides, or both are named to choose from")
    func editions() throws {
        let project = try MiniProject()
        let real = project.root + "/reports/samenwerking-2024.yaml"
        try FileManager.default.copyItem(atPath: Paths.realSpec, toPath: real)
        let next = project.root + "/reports/samenwerking-2025.yaml"
        try Data(
            try readText(real).replacingOccurrences(of: "id: samenwerking-2024", with: "id: samenwerking-2025").utf8
        )
            .write(to: URL(fileURLWithPath: next))
        let specs = [real, next, project.spec]
        let seed = "Samenwerking tussen forensische zorg en gemeenten\n"
        #expect(
            TextReport.match(textPath: try temporaryFile("rapport.txt", seed), specs: specs) == .several([real, next]))
        #expect(TextReport.match(textPath: try temporaryFile("concept-samenwerking-2025.txt", seed), specs: specs)
                == .found(next))
        #expect(TextReport.match(textPath: try temporaryFile("mini-verslag.txt", "Iets anders.\n"), specs: specs)
                == .found(project.spec))
    }

    @Test("The chosen spec comes back loaded, so that verify does not read it again")
    func chosenLoaded() throws {
        let text = try temporaryFile("tekst.md", "Samenwerking tussen forensische zorg en gemeenten, 2024.\n")
        let choice = TextReport.choose(textPath: text, specs: Self.specs)
        #expect(choice.match == .found(Paths.realSpec))
        #expect(choice.spec?.id == (try SpecLoader.load(path: Paths.realSpec)).id)
        #expect(TextReport.choose(textPath: text, specs: [Paths.miniSpec]).spec?.id
            == (try SpecLoader.load(path: Paths.miniSpec)).id)
    }

    @Test("One pass over the text finds every document it names, across line breaks and in any case")
    func onePass() {
        let documents: Set<String> = [
            "samenwerking tussen forensische zorg en gemeenten", "voortgangsbrief forensische zorg 2024",
            "samenwerking tussen partners",
        ]
        let text = "Zie SAMENWERKING TUSSEN FORENSISCHE\nZORG EN GEMEENTEN (2024) en de samenwerking tussen."
        let named = TextReport.documentsNamed(in: text, among: documents)
        #expect(named == ["samenwerking tussen forensische zorg en gemeenten"])
        #expect(TextReport.documentsNamed(in: "Twee woorden", among: documents).isEmpty)
    }
}

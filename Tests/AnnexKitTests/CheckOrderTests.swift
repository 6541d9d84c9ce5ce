import Foundation
import Testing
@testable import AnnexKit

/// `annex check` reads the texts beside the data and computes the tables and figures side by side; what it
/// says is what it said when it did one thing after another: the data's errors before the texts', the
/// texts' before the computation's, the figures' problems in the figures' order.
@Suite("Check: errors in the order of the steps")
struct CheckOrderTests {
    /// Two figures that name a row their table does not have; the second (on `meldingen`, the first
    /// table) is shown, and so listed, first.
    static let figures = """
        figures:
          - id: verzoeken-figuur
            kind: change
            title: "Verzoeken"
            series:
              - {table: verzoeken, row: bestaat-niet}
          - id: meldingen-figuur
            kind: bars
            title: "Meldingen"
            series:
              - {table: meldingen, row: ook-niet, measure: begin}

        """

    /// The mini project with the two figures, its data broken or not, its English texts broken or left out.
    static func project(data: Bool, texts: Bool) throws -> MiniProject {
        let project = try MiniProject()
        try project.write("reports/mini.yaml", readText(project.spec) + figures)
        if data {
            try project.edit("data/figures/meldingen.csv", [("Amsterdam,begin,2022,1500", "Amsterdam,begin,2022,abc")])
        }
        if texts {
            try project.write("templates/i18n/mini.en.yaml", readText(project.translation) + "title: [niet gesloten\n")
        } else {
            // The English texts do not name the figures: without them the report is in Dutch only.
            try FileManager.default.removeItem(atPath: project.translation)
        }
        return project
    }

    static func errors(_ project: MiniProject) -> [String] {
        Check.run(specPath: project.spec).errors.map { $0.description(in: .nl) }
    }

    @Test("The data's error alone when the data and the texts are both broken")
    func dataFirst() throws {
        let errors = Self.errors(try Self.project(data: true, texts: true))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("meldingen.csv:2:5: 'abc'") == true, "\(errors)")
    }

    @Test("The texts' error alone when the texts and the figures are both broken")
    func textsBeforeFigures() throws {
        let errors = Self.errors(try Self.project(data: false, texts: true))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("mini.en.yaml") == true, "\(errors)")
    }

    @Test("Both figures' problems, in the order the annex shows the figures, every time")
    func figuresInOrder() throws {
        let project = try Self.project(data: false, texts: false)
        for _ in 0..<10 {
            let errors = Self.errors(project)
            #expect(errors.count == 2)
            #expect(errors.first?.contains("'meldingen-figuur'") == true, "\(errors)")
            #expect(errors.last?.contains("'verzoeken-figuur'") == true, "\(errors)")
        }
    }
}

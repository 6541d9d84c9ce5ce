import Foundation
import Testing
@testable import AnnexKit

/// The reference folder is read beside the spec's decoding and checks; what `annex check` says is what it
/// said when it read the folder after the spec: the spec's errors first, then the reference's.
@Suite("Check: the reference read beside the spec")
struct EarlyReferenceTests {
    static func errors(_ project: MiniProject) -> [String] {
        Check.run(specPath: project.spec).errors.map { $0.description(in: .nl) }
    }

    /// The mini project with Rotterdam's first year not a number.
    static func brokenReference() throws -> MiniProject {
        let project = try MiniProject()
        try project.edit("data/reference/gemeenten.csv", [("GM0599,Rotterdam,Zuid-Holland,Rotterdam,2019,",
                                                           "GM0599,Rotterdam,Zuid-Holland,Rotterdam,20x9,")])
        return project
    }

    @Test("A broken reference: its error, with file, line and column")
    func referenceError() throws {
        let errors = Self.errors(try Self.brokenReference())
        #expect(errors.count == 1)
        #expect(errors.first?.contains("gemeenten.csv:3:5: '20x9'") == true, "\(errors)")
    }

    @Test("A broken reference and a broken spec: the spec's error alone")
    func specFirst() throws {
        let project = try Self.brokenReference()
        try project.edit("reports/mini.yaml", [("periods: [2022, 2023]", "periods: []")])
        let errors = Self.errors(project)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.contains("mini.yaml") && !$0.contains("gemeenten.csv") }, "\(errors)")
    }

    @Test("A reference outside the data folder: the spec's error, not the folder's reading")
    func outside() throws {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [("reference: reference", "reference: ../reference")])
        let errors = Self.errors(project)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("mini.yaml:7:1:") == true, "\(errors)")
    }

    @Test("The folder read early is taken only for the spec that names it")
    func takenWhenNamed() throws {
        let project = try MiniProject()
        let spec = try SpecLoader.load(path: project.spec)
        let folder = DataFolder(project.root + "/data")
        let same = try EarlyReference(name: "reference", folder: folder).gazetteer(for: spec)
        #expect(same?.municipalities.map(\.code) == (try ReferenceLoader.load(folder: folder.resolve("reference")))
            .municipalities.map(\.code))
        #expect(try EarlyReference(name: "elders", folder: folder).gazetteer(for: spec) == nil)
    }

    @Test("The spec loaded with its reference: the folder its text names, quoted or not")
    func quoted() throws {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [("reference: reference", "reference: \"reference\"")])
        let (spec, early) = try ReportLoader.spec(at: project.spec, dataRoot: nil)
        #expect(early?.name == "reference")
        #expect(try early?.gazetteer(for: spec) != nil)
        #expect(Self.errors(project).isEmpty)
    }
}

import Testing
@testable import AnnexKit

/// The methods of the real report: each table's own findings, worked out side by side, listed in the tables'
/// order, each before the corrections and doubtful names stated at it.
@Suite("The methods' findings")
struct MethodsTests {
    @Test("Each table's own findings in the tables' order, as NoteText words them, before its corrections and names")
    func order() throws {
        let build = try realBuild.get()
        let methods = Methods(build.report, build.wording)
        let listed = methods.entries.map(\.table.id)
        #expect(listed.count > 2)
        #expect(listed == build.report.tables.map(\.id).filter(listed.contains))
        for entry in methods.entries {
            let own = NoteText(build.wording, table: entry.table).findings(entry.table)
                .filter { $0.kind != .correction && $0.kind != .name }
            #expect(Array(entry.findings.prefix(own.count)) == own, "\(entry.table.id)")
        }
        #expect(methods.entries.contains { $0.findings.contains { $0.kind == .correction } })
    }
}

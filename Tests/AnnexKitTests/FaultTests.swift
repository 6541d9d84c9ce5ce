import Foundation
import Testing
@testable import AnnexKit

/// The real `annex` binary killed at random moments and run twice at once (issue 9): the annex
/// folder always holds either the old or the new annex, complete, byte for byte.
@Suite("Faults: killed and concurrent builds", .serialized)
struct FaultTests {
    /// A mini project with two versions of its data (`data/` and `data-b/`, one figure apart) and
    /// the annex each gives.
    struct Project {
        let folder: String
        let out: String
        let annexA: [String: Data]
        let annexB: [String: Data]

        init() throws {
            folder = try miniProject()
            out = folder + "/out"
            try FileManager.default.copyItem(atPath: folder + "/data", toPath: folder + "/data-b")
            try edit(folder + "/data-b/figures/meldingen.csv", replacing: "Amsterdam,begin,2022,1500",
                     with: "Amsterdam,begin,2022,1600")
            let spec = folder + "/reports/mini.yaml"
            annexA = try snapshot(Build.run(specPath: spec, outputRoot: try temporaryFolder()).folder)
            annexB = try snapshot(Build.run(specPath: spec, outputRoot: try temporaryFolder(),
                                            dataRoot: folder + "/data-b").folder)
        }

        func arguments(_ variant: Int) -> [String] {
            ["build", "--out", out] + (variant == 0 ? [] : ["--data", "data-b"])
        }

        /// Whether the published annex is one of the two, complete.
        func isComplete() throws -> Bool {
            let published = try snapshot(out + "/mini")
            return published == annexA || published == annexB
        }

        /// The names in the output folder that are not the annex or its lock.
        func leftovers() throws -> [String] {
            try outputEntries(out).filter { $0 != "mini" && $0 != ".mini.lock" }
        }
    }

    @Test("A build killed at a random moment leaves the old or the new annex, complete; the next build cleans up",
          .hangGuard)
    func killed() throws {
        let project = try Project()
        #expect(project.annexA != project.annexB)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try annex(project.arguments(0), in: project.folder).status == 0)
        let duration = (clock.now - start) / .seconds(1)
        var random = TestRandom.generator()
        let rounds = 30
        for round in 0..<rounds {
            let old = try snapshot(project.out + "/mini")
            let process = try startAnnex(project.arguments(old == project.annexA ? 1 : 0), in: project.folder)
            // Spread over the whole build and a little beyond, each at a random moment within its stretch.
            let delay = (Double(round) + Double.random(in: 0...1, using: &random)) / Double(rounds) * 1.3 * duration
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try project.isComplete(), "round \(round) after \(delay) s; seed \(TestRandom.seed)")
        }
        #expect(try annex(project.arguments(1), in: project.folder).status == 0)
        #expect(try snapshot(project.out + "/mini") == project.annexB)
        #expect(try project.leftovers().isEmpty)
    }

    @Test("Two builds of the same annex at once: both succeed, one after the other, and the annex is whole",
          .hangGuard)
    func concurrent() throws {
        let project = try Project()
        for round in 0..<4 {
            let processes = try [0, 1].map { try startAnnex(project.arguments($0), in: project.folder) }
            processes.forEach { $0.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0], "round \(round)")
            #expect(try project.isComplete(), "round \(round)")
            #expect(try project.leftovers().isEmpty, "round \(round)")
        }
    }
}

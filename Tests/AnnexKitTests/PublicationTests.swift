import Foundation
import Testing
@testable import AnnexKit

/// Every file in a folder, by path relative to it, with its bytes.
func snapshot(_ folder: String) throws -> [String: Data] {
    let manager = FileManager.default
    var files: [String: Data] = [:]
    for case let path as String in manager.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
    }
    return files
}

/// Publication of an annex (issue 9): confined to the output folder, atomic, exclusive, and
/// cleaned up after builds that were killed.
@Suite("Publishing an annex")
struct PublicationTests {
    @Test("Every output path is made inside the output folder; names that could lead out are refused")
    func confined() throws {
        let folder = try OutputFolder(try temporaryFolder() + "/nieuw/uit")
        #expect(try folder.resolve("mini/tables/meldingen.csv") == folder.path + "/mini/tables/meldingen.csv")
        for name in ["", "..", "../x", "a/../../b", ".", "a//b", "a\nb", "/etc"] {
            #expect(throws: OutputError.self, "\(name)") { try folder.resolve(name) }
        }
    }

    @Test("A second build of the same annex waits for the first, and stops with a clear error after the bound")
    func locked() throws {
        let out = try temporaryFolder()
        let first = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        let before = try snapshot(first.folder)
        let lock = open(out + "/.mini.lock", O_RDWR)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)
        do {
            _ = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates,
                              lockTimeout: .milliseconds(300))
            Issue.record("expected the lock to stop the build")
        } catch let error as OutputError {
            #expect(error.reason.description.hasPrefix("een andere build schrijft deze bijlage (slot"))
            #expect(error.reason.description.hasSuffix("na 300 ms wachten gestopt"))
        }
        #expect(try snapshot(first.folder) == before)
        close(lock)
        _ = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates,
                          lockTimeout: .milliseconds(300))
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("Temporary folders of killed builds are removed by the next build; links in them are not followed")
    func staleRemoved() throws {
        let out = try temporaryFolder()
        let outside = try temporaryFolder()
        try Data("blijft".utf8).write(to: URL(fileURLWithPath: outside + "/bewaar.txt"))
        let manager = FileManager.default
        try manager.createDirectory(atPath: out + "/.mini.tmp-oud/tables", withIntermediateDirectories: true)
        try Data("half".utf8).write(to: URL(fileURLWithPath: out + "/.mini.tmp-oud/mini.md"))
        try manager.createSymbolicLink(atPath: out + "/.mini.tmp-oud/link", withDestinationPath: outside)
        try manager.createSymbolicLink(atPath: out + "/.mini.tmp-link", withDestinationPath: outside)
        try manager.createDirectory(atPath: out + "/.andere.tmp-x", withIntermediateDirectories: true)
        let result = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        #expect(try outputEntries(out) == [".andere.tmp-x", ".mini.lock", "mini"])
        #expect(try readText(outside + "/bewaar.txt") == "blijft")
        #expect(result.files.count == 10 && result.warnings.isEmpty)
    }

    @Test("An old annex renamed aside by a build killed mid-swap is put back before anything else")
    func asideRestored() throws {
        let out = try temporaryFolder()
        let old = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        let before = try snapshot(old.folder)
        try FileManager.default.moveItem(atPath: old.folder, toPath: out + "/.mini.old-123")
        let publication = try Publication(folder: OutputFolder(out), name: "mini", lockTimeout: .seconds(1))
        var text = ByteBuffer()
        text.append("nooit gepubliceerd")
        try publication.write("half.md", text)
        publication.abandon()
        #expect(try snapshot(old.folder) == before)
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("A build that fails leaves the previous annex exactly as it was")
    func failureKeepsOld() throws {
        let project = try miniProject()
        let out = project + "/out"
        let old = try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: out)
        let before = try snapshot(old.folder)
        try edit(project + "/data/figures/meldingen.csv", replacing: "Rotterdam,begin,2023,1763",
                 with: "Roterdam,begin,2023,1763")
        #expect(throws: LoadErrors.self) { try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: out) }
        #expect(try snapshot(old.folder) == before)
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("An annex folder that is a link to elsewhere is replaced by a folder; its target is left alone")
    func linkedTarget() throws {
        let out = try temporaryFolder()
        let elsewhere = try temporaryFolder()
        try Data("blijft".utf8).write(to: URL(fileURLWithPath: elsewhere + "/mini.md"))
        try FileManager.default.createSymbolicLink(atPath: out + "/mini", withDestinationPath: elsewhere)
        let result = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        #expect(try readText(elsewhere + "/mini.md") == "blijft")
        let kind = try FileManager.default.attributesOfItem(atPath: result.folder)[.type] as? FileAttributeType
        #expect(kind == .typeDirectory)
        #expect(try readText(result.folder + "/mini.md").hasPrefix("# Testbijlage"))
    }
}

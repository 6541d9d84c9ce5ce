import Foundation
import Testing
@testable import AnnexKit

extension FileManager {
    /// Where the link at `path` leads, or nil when `path` is no link.
    func destinationOfSymbolicLinkOrNil(_ path: String) throws -> String? {
        (try? attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
            ? try destinationOfSymbolicLink(atPath: path) : nil
    }
}

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

    private func bytes(_ text: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.append(text)
        return buffer
    }

    /// Publishes an annex `mini` with three files in two folders over an old one whose `mini.md` says
    /// 'oud', flushing through `flush` (the files named in `finished` as soon as all three are written, the
    /// rest when it commits); the staging folder, or the error of `commit`.
    private func publishOverOld(in out: String, finished: [String] = [],
                                flush: @escaping @Sendable (String) -> Bool) throws -> String {
        let folder = try OutputFolder(out)
        do {
            let old = try Publication(folder: folder, name: "mini", lockTimeout: .seconds(1))
            try old.write("mini.md", bytes("oud"))
            try old.commit()
        }
        let publication = try Publication(folder: folder, name: "mini", lockTimeout: .seconds(1), flush: flush)
        for name in ["mini.md", "tables/meldingen.csv", "figures/kaart.svg"] {
            try publication.write(name, bytes("nieuw"))
        }
        publication.flushSoon(finished)
        do {
            try publication.commit()
        } catch {
            publication.abandon()
            throw error
        }
        return publication.staging
    }

    @Test("Every file and folder of a new annex is flushed to disk before it is swapped in, the output folder after")
    func flushedBeforeSwap() throws {
        let out = try temporaryFolder()
        let record = FlushRecord()
        let staging = try publishOverOld(in: out) { path in
            record.add(path, target: (try? readText(out + "/mini/mini.md")) ?? "")
            return Publication.sync(path)
        }
        let flushed = record.flushed
        let real = try OutputFolder(out).path
        let inside = ["", "/.annex-output", "/mini.md", "/tables", "/tables/meldingen.csv", "/figures",
                      "/figures/kaart.svg"]
        #expect(Set(flushed.dropLast().map(\.path)) == Set(inside.map { staging + $0 }))
        #expect(flushed.dropLast().allSatisfy { $0.target == "oud" })
        #expect(flushed.last?.path == real && flushed.last?.target == "nieuw")
        #expect(try readText(out + "/mini/figures/kaart.svg") == "nieuw")
    }

    @Test("Files flushed while the build goes on are flushed once, before the swap as every other file and folder")
    func finishedFlushedOnce() throws {
        let out = try temporaryFolder()
        let record = FlushRecord()
        let staging = try publishOverOld(in: out, finished: ["mini.md", "figures/kaart.svg"]) { path in
            record.add(path, target: (try? readText(out + "/mini/mini.md")) ?? "")
            return Publication.sync(path)
        }
        let flushed = record.flushed
        let inside = ["", "/.annex-output", "/mini.md", "/tables", "/tables/meldingen.csv", "/figures",
                      "/figures/kaart.svg"]
        #expect(flushed.dropLast().map(\.path).sorted() == inside.map { staging + $0 }.sorted())
        #expect(flushed.dropLast().allSatisfy { $0.target == "oud" })
        #expect(flushed.last?.path == (try OutputFolder(out).path) && flushed.last?.target == "nieuw")
    }

    @Test("A finished file that could not be flushed stops the publication at its commit; the old annex stays")
    func finishedFlushFailureKeepsOld() throws {
        let out = try temporaryFolder()
        let error = #expect(throws: OutputError.self) {
            _ = try publishOverOld(in: out, finished: ["tables/meldingen.csv"]) { !$0.hasSuffix("/meldingen.csv") }
        }
        #expect(error?.path.hasSuffix("/tables/meldingen.csv") == true)
        #expect(try readText(out + "/mini/mini.md") == "oud")
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("The old annex is removed while the output folder is flushed, and is gone when the commit returns")
    func oldRemovedDuringFlush() throws {
        let out = try temporaryFolder()
        let real = try OutputFolder(out).path
        let gone = FlushRecord()
        let staging = try publishOverOld(in: out) { path in
            guard path == real else { return Publication.sync(path) }
            // The old annex lies where the new one was written (`.mini.tmp-…`) until it is removed.
            func oldThere() -> Bool {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
                return names.contains { $0.hasPrefix(".mini.tmp-") }
            }
            // Waits for the removal, long enough for a starved thread; when it never comes, 'there' fails the test.
            let clock = ContinuousClock(), deadline = clock.now + .seconds(120)
            while oldThere(), clock.now < deadline { Thread.sleep(forTimeInterval: 0.01) }
            gone.add(path, target: oldThere() ? "there" : "gone")
            return Publication.sync(path)
        }
        #expect(!FileManager.default.fileExists(atPath: staging))
        #expect(gone.flushed.map(\.target) == ["gone"])
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("A file that cannot be flushed stops the publication; the old annex stays as it was")
    func flushFailureKeepsOld() throws {
        let out = try temporaryFolder()
        let error = #expect(throws: OutputError.self) {
            _ = try publishOverOld(in: out) { !$0.hasSuffix("/tables/meldingen.csv") }
        }
        #expect(error?.path.hasSuffix("/tables/meldingen.csv") == true)
        #expect(try readText(out + "/mini/mini.md") == "oud")
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("Only an annex is replaced: a file, a link or a folder of the user's at its place stops the build untouched",
          arguments: ["file", "link", "folder"])
    func notAnnexKept(kind: String) throws {
        let out = try temporaryFolder()
        let elsewhere = try temporaryFolder()
        try Data("blijft".utf8).write(to: URL(fileURLWithPath: elsewhere + "/mini.md"))
        let manager = FileManager.default
        switch kind {
        case "file": try Data("blijft".utf8).write(to: URL(fileURLWithPath: out + "/mini"))
        case "link": try manager.createSymbolicLink(atPath: out + "/mini", withDestinationPath: elsewhere)
        default:
            try manager.createDirectory(atPath: out + "/mini", withIntermediateDirectories: false)
            for name in ["mini.md", "notities.docx"] {
                try Data("blijft".utf8).write(to: URL(fileURLWithPath: out + "/mini/" + name))
            }
        }
        let before = try manager.destinationOfSymbolicLinkOrNil(out + "/mini")
        let error = #expect(throws: OutputError.self) {
            try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        }
        #expect(error?.reason.text(in: .nl).hasPrefix("staat er al en is geen bijlage van annex") == true)
        #expect(try manager.destinationOfSymbolicLinkOrNil(out + "/mini") == before)
        #expect(try readText(kind == "folder" ? out + "/mini/notities.docx" : elsewhere + "/mini.md") == "blijft")
        if kind == "file" { #expect(try readText(out + "/mini") == "blijft") }
        #expect(try outputEntries(out) == [".mini.lock", "mini"])
    }

    @Test("An annex is replaced: one with the marker, and one written before it (only names annex writes)")
    func annexReplaced() throws {
        let out = try temporaryFolder()
        let first = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        #expect(try readText(first.folder + "/.annex-output").hasPrefix("This folder is an annex written by annex"))
        try FileManager.default.removeItem(atPath: first.folder + "/.annex-output")
        try Data("oud".utf8).write(to: URL(fileURLWithPath: first.folder + "/mini.md"))
        let second = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
        #expect(try readText(second.folder + "/mini.md").hasPrefix("# Testbijlage"))
        #expect(FileManager.default.fileExists(atPath: second.folder + "/.annex-output"))
        // An English annex of before the marker, in mini.en/, holds mini.md as well.
        let english = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: try miniTemplates(),
                                    language: .en)
        try FileManager.default.removeItem(atPath: english.folder + "/.annex-output")
        #expect(try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: try miniTemplates(),
                              language: .en).folder == english.folder)
    }

    /// The paths flushed, from any thread, each with the text of the published `mini.md` at that moment.
    private final class FlushRecord: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [(path: String, target: String)] = []

        func add(_ path: String, target: String) { lock.withLock { paths.append((path, target)) } }
        var flushed: [(path: String, target: String)] { lock.withLock { paths } }
    }
}

import Foundation
import PropertyBased
import Testing
import BigInt
@testable import AnnexKit

/// Paths into the package and its test fixtures, found from this source file.
enum Paths {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = packageRoot + "/Tests/AnnexKitTests/Fixtures"
    static let miniSpec = fixtures + "/mini/reports/mini.yaml"
    static let realSpec = packageRoot + "/reports/samenwerking-2024.yaml"
    static let realReference = packageRoot + "/data/reference"
    static let templates = packageRoot + "/templates"
    static let miniTranslation = fixtures + "/mini/i18n/mini.en.yaml"
}

/// Stops a test that hangs, so that a broken limit fails the run instead of holding it until CI gives up. It is
/// no measure of speed: on a loaded CI machine a test of 2 s took over a minute, so the guard is far above any
/// test's usual time (speed is measured in the benchmarks, docs/performance.md).
extension Trait where Self == TimeLimitTrait {
    static var hangGuard: Self { .timeLimit(.minutes(15)) }
}

/// A copy of the package's templates with the mini fixture's English texts added, as a user
/// would keep a report's translation in `templates/i18n/`.
func miniTemplates() throws -> String {
    let folder = try temporaryFolder() + "/templates"
    try FileManager.default.copyItem(atPath: Paths.templates, toPath: folder)
    try FileManager.default.copyItem(atPath: Paths.miniTranslation, toPath: folder + "/i18n/mini.en.yaml")
    return folder
}

/// A copy of the mini fixture as a project of its own: `reports/`, `data/` and `templates/`.
func miniProject() throws -> String {
    let project = try temporaryFolder()
    let manager = FileManager.default
    try manager.copyItem(atPath: Paths.fixtures + "/mini/reports", toPath: project + "/reports")
    try manager.copyItem(atPath: Paths.fixtures + "/mini/data", toPath: project + "/data")
    try manager.copyItem(atPath: Paths.templates, toPath: project + "/templates")
    return project
}

/// Replaces `old` by `new` in the file at `path`; the text must contain `old`.
func edit(_ path: String, replacing old: String, with new: String) throws {
    let text = try readText(path)
    try #require(text.contains(old), "\(path) has no '\(old)'")
    try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: path))
}

/// The one folder of this test process under which every temporary folder is made.
private let temporaryRoot = NSTemporaryDirectory() + "annex-tests-" + UUID().uuidString

/// Removes `temporaryRoot` when the process exits, so a run of the suite leaves nothing behind in
/// the system's temporary folder (a thousand folders, about a gigabyte, per run before).
private let temporaryRootRemoval: Void = {
    atexit { try? FileManager.default.removeItem(atPath: temporaryRoot) }
}()

/// A fresh temporary folder, removed with all the others when the test process exits.
func temporaryFolder() throws -> String {
    _ = temporaryRootRemoval
    let path = temporaryRoot + "/" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// What an output folder holds besides the PNG cache (`PNGCache.folder`), sorted; the cache's
/// half-written entries count as well.
func outputEntries(_ out: String) throws -> [String] {
    let cacheRoot = String(PNGCache.folder.prefix { $0 != "/" })
    let cache = (try? FileManager.default.contentsOfDirectory(atPath: out + "/" + PNGCache.folder)) ?? []
    return try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != cacheRoot }.sorted()
        + cache.filter { $0.contains(".tmp-") }.map { PNGCache.folder + "/" + $0 }
}

/// Writes `text` to a new temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
    let path = try temporaryFolder() + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

func readText(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
}

/// The table spec of the mini fixture with the given id.
func miniTable(_ id: String) throws -> TableSpec {
    let spec = try SpecLoader.load(path: Paths.miniSpec)
    return try #require(spec.tables.first { $0.id == id })
}

/// The real report, built once for every suite that reads its output.
let realBuild = Result { () throws -> BuildResult in
    try Build.run(specPath: Paths.realSpec, outputRoot: try temporaryFolder())
}

/// The real report in English, built once.
let realEnglishBuild = Result { () throws -> BuildResult in
    try Build.run(specPath: Paths.realSpec, outputRoot: try temporaryFolder(), language: .en)
}

let realGazetteer: Gazetteer = {
    do { return try ReferenceLoader.load(folder: Paths.realReference) } catch { fatalError("reference: \(error)") }
}()

/// A run of the `annex` executable.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String
}

/// The `annex` binary built beside the test bundle, as users and CI call it.
let annexExecutable: String = {
    let folder = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
    let beside = folder + "/annex"
    return FileManager.default.isExecutableFile(atPath: beside) ? beside : Paths.packageRoot + "/.build/debug/annex"
}()

/// A started `annex` process with its arguments, working in `directory`; output goes nowhere.
func startAnnex(_ arguments: [String], in directory: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: annexExecutable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// Runs `annex` with `arguments` in `directory` to the end; `environment` replaces the test's own.
func annex(_ arguments: [String], in directory: String = Paths.packageRoot,
           environment: [String: String]? = nil) throws -> CommandRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: annexExecutable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    if let environment { process.environment = environment }
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandRun(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      errors: String(decoding: err, as: UTF8.self))
}

/// The row of the municipality with `code` in `dataset`.
func row(of code: String, in dataset: Dataset, gazetteer: Gazetteer = realGazetteer) throws -> Int {
    let municipality = try #require(gazetteer.municipality(code: code))
    return try #require(dataset.rowIndex(of: municipality.region))
}

/// The Dutch wording of a report spec, from the package's templates.
func dutchWording(_ specPath: String = Paths.miniSpec) throws -> Wording {
    try Wording.load(templates: Paths.templates, spec: try SpecLoader.load(path: specPath), language: .nl)
}

/// The words of the figures' citations in `language`, from the package's templates.
func citationWords(_ language: Language = .nl) throws -> CitationWords {
    CitationWords(try PhraseBook.load(templates: Paths.templates, language: language))
}

/// The Dutch note sentences for a table of the mini fixture (or, without one, with measures by label).
func dutchNotes(_ table: ComputedTable? = nil) throws -> NoteText {
    NoteText(try dutchWording(), measuresFrom: table?.measuresFrom)
}

/// What a cell that is no number in either notation should have held.
let expectedNumber = MessageText(.numberExpectedAny)

/// An exact decimal from its plain text, for readable test values: `decimal("16.8")` is 168/10.
func decimal(_ text: String) -> Exact {
    guard let value = Exact(decimal: text) else { fatalError("not a decimal: \(text)") }
    return value
}

/// The random numbers of the fuzz and fault tests, seeded so that a failing run can be repeated:
/// the seed is `ANNEX_TEST_SEED` when set, else a fixed one; failure messages name it.
enum TestRandom {
    static let seed = ProcessInfo.processInfo.environment["ANNEX_TEST_SEED"].flatMap { UInt64($0) } ?? 20_240_815

    /// A fresh generator from the seed (xoshiro256**, never all zero).
    static func generator() -> Xoshiro {
        Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, ~seed, seed &* 0xBF58_476D_1CE4_E5B9 | 1))
    }
}

/// The exit status and output of a script of `scripts/` on `arguments`, run by Debian's Python or,
/// for the browser test, by the Python of `.venv-tests` that `scripts/setup.sh --tests` makes.
func runScript(_ name: String, _ arguments: [String], python: String = "/usr/bin/python3") throws
    -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [Paths.packageRoot + "/scripts/" + name] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

// Tests compare results with values computed by hand in `Double`; no figure passes through these.
extension Exact {
    /// The nearest `Double`.
    var double: Double {
        switch storage {
        case .small(let n, let d): Double(n) / Double(d)
        case .big(let n, let d): Double(n) / Double(d)
        }
    }
}

extension Amount {
    var double: Double? { exact?.double }
}

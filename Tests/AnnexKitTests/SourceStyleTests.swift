import Foundation
import Testing

/// The project's own Swift sources as the developers' guide asks for them.
@Suite("Source style")
struct SourceStyleTests {
    /// The longest line the guide allows, in characters.
    static let maximumLineLength = 120

    /// Every Swift file under `Sources/` and `Tests/`, relative to the package root.
    static func swiftFiles() -> [String] {
        ["Sources", "Tests"].flatMap { folder -> [String] in
            let enumerator = FileManager.default.enumerator(atPath: Paths.packageRoot + "/" + folder)
            return (enumerator?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".swift") }
                .map { folder + "/" + $0 }
        }.sorted()
    }

    @Test("No line of the project's Swift sources is longer than 120 characters")
    func lineLength() throws {
        let files = Self.swiftFiles()
        #expect(files.count > 100, "the sources were not found: \(files.count) files")
        var long: [String] = []
        for file in files {
            let text = try String(contentsOfFile: Paths.packageRoot + "/" + file, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.count > Self.maximumLineLength {
                long.append("\(file):\(index + 1): \(line.count) characters")
            }
        }
        #expect(long.isEmpty, "\(long.count) lines too long:\n\(long.prefix(20).joined(separator: "\n"))")
    }
}

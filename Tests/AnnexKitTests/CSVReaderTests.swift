import Foundation
import Testing
@testable import AnnexKit

@Suite("CSV reading")
struct CSVReaderTests {
    static let sample = "\u{FEFF}naam;\"waarde; met\"\"quote\"\"\";x\r\n\"twee\r\nregels\";1.500;\r\n\r\nlaatste;2;3"

    func records(_ text: String, chunkSize: Int) throws -> [CSVRecord] {
        let path = try temporaryFile("in.csv", text)
        return Array(try CSVReader(path: path, file: "in.csv", chunkSize: chunkSize))
    }

    @Test(
        "Same records whatever the chunk size: BOM, semicolons, quotes, CRLF, line breaks in fields",
        arguments: [1, 2, 3, 7, 65536])
    func chunks(size: Int) throws {
        let found = try records(Self.sample, chunkSize: size)
        #expect(found == [
            CSVRecord(line: 1, fields: ["naam", "waarde; met\"quote\"", "x"]),
            CSVRecord(line: 2, fields: ["twee\r\nregels", "1.500", ""]),
            CSVRecord(line: 4, fields: [""]),
            CSVRecord(line: 5, fields: ["laatste", "2", "3"]),
        ])
        #expect(found[2].isBlank)
    }

    @Test("Lines ending in CR alone (old Mac Excel) read as lines, whatever the chunk size, as with CRLF",
          arguments: [1, 2, 3, 7, 65536])
    func carriageReturns(size: Int) throws {
        let crlf = try records(Self.sample, chunkSize: size)
        let cr = try records(Self.sample.replacingOccurrences(of: "\r\n", with: "\r"), chunkSize: size)
        #expect(cr == crlf.map { record in
            CSVRecord(line: record.line, fields: record.fields.map { $0.replacingOccurrences(of: "\r\n", with: "\r") })
        })
        let title = "Tabel 3, meldingen per gemeente\rGemeente;2022;2023\rAmsterdam;12,5;3,5\rUtrecht;1,5;2\r"
        #expect(CSVReader(bytes: Array(title.utf8), file: "").separator == UInt8(ascii: ";"))
    }

    @Test("A record is held to its limit to the byte, its line end included, whatever the chunk size",
          arguments: [1, 2, 5, 65536])
    func recordLimit(size: Int) throws {
        var limits = Limits()
        limits.recordSize = 13
        try Limits.$current.withValue(limits) {
            // 'abc;defg;hij' and its line end are 13 bytes; one more letter is one too many.
            var within = try CSVReader(path: try temporaryFile("in.csv", "abc;defg;hij\nx"), file: "in.csv",
                                       chunkSize: size)
            #expect(within.next() == CSVRecord(line: 1, fields: ["abc", "defg", "hij"]))
            #expect(within.next() == CSVRecord(line: 2, fields: ["x"]))
            var beyond = try CSVReader(path: try temporaryFile("in.csv", "abc;defg;hijk\nx"), file: "in.csv",
                                       chunkSize: size)
            #expect(beyond.next() == nil)
            #expect(beyond.error == LoadError(file: "in.csv", line: 1, .recordTooLong(limit: 13)))
        }
    }

    @Test("Separator detection: comma, semicolon, tab; quoted separators do not count")
    func separators() {
        #expect(CSVReader(bytes: Array("a,b;c,d\n".utf8), file: "").separator == UInt8(ascii: ","))
        #expect(CSVReader(bytes: Array("a;b;c,d\n".utf8), file: "").separator == UInt8(ascii: ";"))
        #expect(CSVReader(bytes: Array("a\tb\tc\n".utf8), file: "").separator == UInt8(ascii: "\t"))
        #expect(CSVReader(bytes: Array("\"a;b;c\",d\n".utf8), file: "").separator == UInt8(ascii: ","))
    }

    @Test("Separator detection looks past a title with a comma, and is not misled by decimal commas")
    func separatorBelowTitle() {
        let text = "Tabel 3, meldingen per gemeente\nGemeente;2022;2023\nAmsterdam;12,5;3,5\nUtrecht;1,5;2\n"
        #expect(CSVReader(bytes: Array(text.utf8), file: "").separator == UInt8(ascii: ";"))
        let quotedTitle = #""Wmo; in- en uitstroom""# + "\n" + #""Perioden";"RegioS";"Instroom""# + "\n"
            + #""2022JJ00";"GM0363";"5""# + "\n"
        #expect(CSVReader(bytes: Array(quotedTitle.utf8), file: "").separator == UInt8(ascii: ";"))
    }

    @Test(
        "A control character or U+FFFE/U+FFFF in a field is an error naming line and column; tab, breaks, é are text",
        arguments: [("\u{01}", "U+0001"), ("\u{1B}[31m", "U+001B"), ("\u{00}", "U+0000"), ("\u{9B}", "U+009B"),
                    ("\u{FFFE}", "U+FFFE"), ("\u{FFFF}", "U+FFFF"), ("\u{7F}", "U+007F")])
    func controlCharacters(character: String, named: String) throws {
        var reader = CSVReader(bytes: Array("code;naam\nGM1;Goed\nGM2;Bij\(character)na\n".utf8), file: "in.csv")
        let read = Array(AnyIterator { reader.next() })
        #expect(read.count == 2)
        let error = try #require(reader.error)
        #expect(error.line == 3 && error.column == 2)
        #expect(error.message.contains("stuurteken (\(named))"), "\(error.message)")
        var fine = CSVReader(bytes: Array("naam\n\"Café\tmet\r\nregels\"\n".utf8), file: "in.csv")
        #expect(Array(AnyIterator { fine.next() }).count == 2 && fine.error == nil)
    }

    @Test("A missing file is a load error naming it")
    func missingFile() {
        #expect(throws: LoadErrors.self) { try CSVReader(path: "/nonexistent/annex.csv", file: "annex.csv") }
    }
}

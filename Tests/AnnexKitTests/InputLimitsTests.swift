import Foundation
import Testing
@testable import AnnexKit

/// Limits instead of crashes (issue 9): only regular files of a bounded size are read, fields,
/// records and messages have a length limit, errors are listed up to a count, and data files
/// without data are errors.
@Suite("Input limits")
struct InputLimitsTests {
    let spec: TableSpec

    init() throws {
        spec = try LoaderTests().spec()
    }

    /// The errors of loading the data file at `path`.
    func errors(_ path: String) -> LoadErrors? {
        do {
            _ = try ReportLoader.loadData(
                path: path, file: path, spec: spec, delivery: Delivery(document: "Test"), gazetteer: realGazetteer)
            return nil
        } catch {
            return error as? LoadErrors
        }
    }

    @Test("Not a regular file: a folder, /dev/zero, a pipe; and a file that does not exist; all in Dutch")
    func notRegular() throws {
        let folder = try temporaryFolder()
        let pipe = folder + "/pipe.csv"
        #expect(mkfifo(pipe, 0o600) == 0)
        let special = "geen gewoon bestand maar een apparaat, pipe of socket"
        let cases = [(folder, "is een map, geen bestand"), ("/dev/zero", special), (pipe, special),
                     (folder + "/nergens.csv", "bestaat niet")]
        for (path, reason) in cases {
            let found = try #require(errors(path))
            #expect(found.errors.map(\.message) == ["bestand niet te lezen (\(reason))"], "\(found)")
            #expect(!found.description.contains("NSCocoaErrorDomain") && !found.description.contains("Error Domain"))
        }
    }

    @Test("A file over the size limit is refused before it is read; the limit can be set")
    func sizeLimit() throws {
        let row = "gemeente,Amsterdam,begin-detentie,2022,5,,\n"
        let path = try temporaryFile("groot.csv", LoaderTests.tidyHeader + String(repeating: row, count: 100))
        var limits = Limits()
        limits.fileSize = 1024
        let found = try #require(Limits.$current.withValue(limits) { errors(path) })
        #expect(found.errors.map(\.message)
                == ["bestand is 4.351 bytes, meer dan de grens van 1.024 bytes (--max-input-size)"])
        #expect(["64M", "512k", "1G", "1000"].map(Limits.byteCount) == [64 << 20, 512 << 10, 1 << 30, 1000])
        #expect(["12X", "-1", "0", "", "99999999999999G"].allSatisfy { Limits.byteCount($0) == nil })
    }

    @Test("A 50 MB cell is refused at the record limit and never echoed; a long field names its column")
    func longCells() throws {
        func cell(_ length: Int) -> String {
            LoaderTests.tidyHeader + "gemeente," + String(repeating: "A", count: length) + ",x,2022,5,,\n"
        }
        let huge = try temporaryFile("cel.csv", cell(50 << 20))
        let record = try #require(errors(huge))
        #expect(record.errors.map(\.description) == [huge + ":2: regel langer dan 1 MB; is dit wel een CSV-bestand?"])
        let long = try temporaryFile("veld.csv", cell(40_000))
        let field = try #require(errors(long))
        #expect(field.errors.map(\.description)
                == [long + ":2:2: veld langer dan 32.767 bytes; een cel van een tabel is nooit zo lang"])
    }

    @Test("Input quoted in a message is cut short, and a line break in it cannot start a new line")
    func quoted() throws {
        let name = String(repeating: "Onbekend", count: 1000)
        let row = "gemeente,\"\(name)\nregel\",begin-detentie,2022,5,,\n"
        let path = try temporaryFile("naam.csv", LoaderTests.tidyHeader + row)
        let found = try #require(errors(path))
        let message = try #require(found.errors.first?.description)
        #expect(message.count < 400)
        #expect(message.contains("'" + String(name.prefix(80)) + "…'"))
        #expect(!message.contains("\n"))
        #expect(LoadError.quote("a\nb\tc") == "a␊b␉c")
    }

    @Test("A million unknown names: the first 20 listed with suggestions, the rest counted", .hangGuard)
    func manyErrors() throws {
        var text = LoaderTests.tidyHeader
        let count = 100_000
        for index in 0..<count { text += "gemeente,Onbekend\(index),begin-detentie,2022,\(index),,\n" }
        let found = try #require(errors(try temporaryFile("onbekend.csv", text)))
        #expect(found.errors.count == 20 && found.omitted == count - 20 && found.count == count)
        #expect(found.lines().last == "en nog 99.980 fouten")
        #expect(found.lines(in: .en).last == "and 99,980 more errors")
        guard case .unknownMunicipality(let name, let suggestions) = try #require(found.errors.last).problem else {
            Issue.record("expected an unknown municipality")
            return
        }
        #expect(name == "Onbekend19" && suggestions.count == 3)
        #expect(LoadErrors([], omitted: 999_980).lines() == ["en nog 999.980 fouten"])
    }

    @Test("A data file with only a header is an error, tidy or wide; a corrections file may be empty")
    func headerOnly() throws {
        let tidy = try #require(errors(try temporaryFile("kop.csv", LoaderTests.tidyHeader)))
        #expect(tidy.errors.map(\.message) == ["alleen een kopregel, geen cijfers"])
        let heading = "Gemeente;2022;2022;2023;2023\n;begin detentie;einde detentie;begin detentie;einde detentie\n\n"
        let wide = try #require(errors(try temporaryFile("breed.csv", heading)))
        #expect(wide.errors.map(\.message) == ["alleen een kopregel, geen cijfers"] && wide.errors.first?.line == 2)
        let header = "dataset,region,measure,period,published,corrected,evidence\n"
        let corrections = try temporaryFile("correcties.csv", header)
        #expect(try CorrectionsLoader.load(path: corrections, file: corrections).isEmpty)
        let reference = try temporaryFolder()
        try Data("code,name\n".utf8).write(to: URL(fileURLWithPath: reference + "/arrondissementen.csv"))
        #expect(throws: LoadErrors.self) { try ReferenceLoader.load(folder: reference) }
    }

    @Test("No file error of the system reaches a user raw")
    func plainDutch() {
        #expect(FileProblem.describe(CocoaError(.fileReadNoSuchFile)).description == "bestaat niet")
        #expect(FileProblem.describe(CocoaError(.fileWriteOutOfSpace)).description == "de schijf is vol")
        #expect(FileProblem.describe(POSIXError(.EACCES)).description == "geen toegang (rechten)")
        #expect(FileProblem.describe(POSIXError(.EACCES)).text(in: .en) == "no access (permissions)")
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteNoPermission.rawValue,
                              userInfo: [NSUnderlyingErrorKey: underlying])
        #expect(FileProblem.describe(wrapped).description == "het bestandssysteem is alleen-lezen")
    }
}

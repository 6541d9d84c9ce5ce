import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The parts of an XLSX workbook (a ZIP of XML files), read with limits: a workbook from
/// elsewhere may be damaged or built to exhaust memory (a 'zip bomb' that unpacks to gigabytes).
struct XLSXArchive {
    /// Largest unpacked size of one part; a worksheet of a million filled cells stays well below it.
    static let maximumPartSize = 64 << 20

    let file: String
    private let archive: Archive

    /// Opens the workbook at `path` through the project's one file-reading function.
    init(path: String, file: String) throws {
        self.file = file
        let bytes = try ByteSource.open(path: path, file: file).readToEnd()
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw LoadErrors([LoadError(file: file, .notAWorkbook(reason: MessageText(.workbookNotZip)))])
        }
    }

    /// Whether the workbook has a part at `path` (such as `xl/sharedStrings.xml`).
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The unpacked bytes of the part at `path`, refused beyond `maximumPartSize`.
    func part(_ path: String) throws -> Data {
        guard let entry = archive[path] else {
            throw failure(.notAWorkbook(reason: MessageText(.workbookMissingPart, ["part": "\(path)"])))
        }
        let tooLarge = failure(.tooLarge(part: path, limitMB: Self.maximumPartSize >> 20))
        if entry.uncompressedSize > UInt64(Self.maximumPartSize) { throw tooLarge }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= Self.maximumPartSize else { throw tooLarge }
                data.append(chunk)
            }
        } catch let error as LoadErrors {
            throw error
        } catch {
            throw failure(.notAWorkbook(reason: MessageText(.workbookDamagedPart, ["part": "\(path)"])))
        }
        return data
    }

    /// Parses the part at `path` with `delegate`. A document type declaration is refused: workbooks
    /// have none, and entities declared in one can expand without bound.
    func parse(_ path: String, with delegate: XMLParserDelegate & XLSXPartReader) throws {
        let data = try part(path)
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw failure(.notAWorkbook(reason: MessageText(.workbookDTD, ["part": "\(path)"])))
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if let problem = delegate.problem { throw failure(problem) }
        guard parsed else {
            let detail = parser.parserError.map { "\(($0 as NSError).code)" } ?? "?"
            throw failure(
                .notAWorkbook(
                    reason: MessageText(
                        .workbookInvalidXML,
                        [
                            "part": "\(path)", "line": .number(parser.lineNumber),
                                                                                  "code": "\(detail)"])))
        }
    }

    private func failure(_ problem: LoadError.Problem) -> LoadErrors { LoadErrors([LoadError(file: file, problem)]) }
}

/// A reader of one workbook part that can stop on a problem of its own.
protocol XLSXPartReader: AnyObject {
    var problem: LoadError.Problem? { get }
}

/// The attributes of every element with a given (local) name, such as the `sheet` elements of
/// `xl/workbook.xml` or the `Relationship` elements of its relationships part.
final class XMLElementCollector: NSObject, XMLParserDelegate, XLSXPartReader {
    let name: String
    private(set) var found: [[String: String]] = []
    let problem: LoadError.Problem? = nil

    init(name: String) { self.name = name }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == name { found.append(attributes) }
    }
}

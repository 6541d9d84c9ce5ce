import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text in a workbook escapes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage
/// return); `_x005F_` escapes the underscore itself.
func unescapeWorkbookText(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
        result += rest[..<start.lowerBound]
        let hex = rest[start.upperBound...].prefix(5)
        if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
           let scalar = Unicode.Scalar(code) {
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
        } else {
            result += "_x"
            rest = rest[start.upperBound...]
        }
    }
    return result + rest
}

/// The shared string table: each `si` is the text of its runs, without phonetic guides (`rPh`).
final class XLSXSharedStringsReader: NSObject, XMLParserDelegate, XLSXPartReader {
    private(set) var strings: [String] = []
    let problem: LoadError.Problem? = nil
    private var inText = false, phonetic = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "si": strings.append("")
        case "rPh": phonetic = true
        case "t": inText = !phonetic && !strings.isEmpty
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { strings[strings.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "t": inText = false
        case "rPh": phonetic = false
        case "si": strings[strings.count - 1] = unescapeWorkbookText(strings[strings.count - 1])
        default: break
        }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cells and merged ranges of one worksheet part.
final class XLSXSheetReader: NSObject, XMLParserDelegate, XLSXPartReader {
    private let strings: [String]
    private(set) var problem: LoadError.Problem?
    /// Cells by row number, each with its 0-based column.
    private var cells: [Int: [(column: Int, cell: InputCell)]] = [:]
    private var merges: [(CellReference, CellReference)] = []
    private var count = 0
    private var row = 0, column = -1, type = "", value = "", formula = "", inline = ""
    private var collecting: Collecting?, phonetic = false

    private enum Collecting { case value, formula, inline }

    init(strings: [String]) { self.strings = strings }

    private func stop(_ parser: XMLParser, _ problem: LoadError.Problem) {
        self.problem = problem
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = -1
            guard (1...CellReference.maximumRows).contains(row) else {
                return stop(parser, .notAWorkbook(reason: MessageText(.workbookRowNumber, ["row": "\(row)"])))
            }
        case "c":
            if let reference = attributes["r"] {
                guard let parsed = CellReference(Substring(reference)) else {
                    return stop(
                        parser,
                        .notAWorkbook(reason: MessageText(.workbookCellReference, ["reference": "\(reference)"])))
                }
                column = parsed.column
                row = parsed.row
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            value = ""; formula = ""; inline = ""
        case "v": collecting = .value
        case "f": collecting = .formula
        case "rPh": phonetic = true
        case "t" where !phonetic: collecting = .inline
        case "mergeCell":
            if let range = attributes["ref"].flatMap(CellReference.range) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch collecting {
        case .value: value += string
        case .formula: formula += string
        case .inline: inline += string
        case nil: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "f", "t": collecting = nil
        case "rPh": phonetic = false
        case "c":
            guard let cell = cell(parser) else { return }
            count += 1
            guard count <= XLSXWorksheet.maximumCells else {
                return stop(parser, .tooManyCells(limit: XLSXWorksheet.maximumCells))
            }
            cells[row, default: []].append((column, cell))
        default: break
        }
    }

    /// The finished cell: its value as Excel shows it; nil for an empty (only formatted) cell.
    private func cell(_ parser: XMLParser) -> InputCell? {
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                stop(parser, .notAWorkbook(reason: MessageText(.workbookSharedString, ["index": "\(value)"])))
                return nil
            }
            return .text(strings[index])
        case "inlineStr": return .text(unescapeWorkbookText(inline))
        case "str", "e", "d": return .text(unescapeWorkbookText(value))
        case "b": return .text(value == "1" ? "TRUE" : "FALSE")
        default:
            if !value.isEmpty { return .number(value.trimmingCharacters(in: .whitespaces)) }
            // A formula without a computed value: shown as the formula, which is no figure.
            return formula.isEmpty ? nil : .text("=" + formula)
        }
    }

    /// The rows in order, dense up to their last cell, with merged text ranges filled. Every
    /// cell made or filled counts against `XLSXWorksheet.maximumCells`.
    func rows(file: String) throws -> [InputRow] {
        var budget = XLSXWorksheet.maximumCells
        func spend(_ cells: Int) throws {
            budget -= cells
            if budget < 0 {
                throw LoadErrors([LoadError(file: file, .tooManyCells(limit: XLSXWorksheet.maximumCells))])
            }
        }
        let numbers = cells.keys.sorted()
        var grid: [[InputCell]] = []
        for number in numbers {
            let row = cells[number]!
            let width = row.map(\.column).max()! + 1
            try spend(width)
            var dense = [InputCell](repeating: .empty, count: width)
            for (column, cell) in row { dense[column] = cell }
            grid.append(dense)
        }
        let lastColumn = grid.map(\.count).max() ?? 0
        let position = Dictionary(uniqueKeysWithValues: numbers.enumerated().map { ($1, $0) })
        for (first, last) in merges where first.row <= last.row && first.column <= last.column {
            guard let top = position[first.row], first.column < grid[top].count,
                  case .text(let text) = grid[top][first.column], !text.isEmpty else { continue }
            let end = min(last.column, lastColumn - 1)
            var index = top
            while index < numbers.count, numbers[index] <= last.row {
                try spend(end + 1 - first.column)
                if grid[index].count <= end {
                    grid[index] += [InputCell](repeating: .empty, count: end + 1 - grid[index].count)
                }
                for column in first.column...end where grid[index][column].isEmpty { grid[index][column] = .text(text) }
                index += 1
            }
        }
        return zip(numbers, grid).map { InputRow(line: $0, cells: $1) }
    }
}

/// The cells of a dataset stored by column, so that a table of a million rows holds about 17 bytes a
/// figure instead of a `Cell` of 40: a whole number that fits in 64 bits as itself with its status in
/// a byte (any other value, a fraction or a very large number, in a table beside), and the provenance
/// as the index of its shared record (one per data file: `Provenance.atFileLine`) with the line.
///
/// What is stored is given back unchanged: `self[i] = cell` then `self[i] == cell`.
struct CellColumns: Sendable {
    /// The whole number of a cell whose value is one (else 0).
    private var wholeNumbers: [Int64] = []
    /// The status of each cell (`StoredStatus`).
    private var statuses: [UInt8] = []
    /// The amounts that are no whole number of 64 bits, by cell.
    private var otherAmounts: [Int: Amount] = [:]
    /// Per cell, 1 + the index in `records` of its provenance's shared record; 0 without a provenance.
    private var recordNumbers: [UInt32] = []
    /// Per cell, the line of its data file (0 without one); `Self.lineElsewhere` for a line in `largeLines`.
    private var lines: [Int32] = []
    /// Lines beyond `Int32.max`, by cell.
    private var largeLines: [Int: Int] = [:]
    /// The shared provenance records, in the order they were first stored.
    private var records: [Provenance] = []
    private var recordIndex: [ObjectIdentifier: UInt32] = [:]
    /// The record stored last and its number: the next cell most often shares it.
    private var lastRecord: (key: ObjectIdentifier, number: UInt32)?

    private static let lineElsewhere: Int32 = -1

    /// How a cell's amount is stored: a status, or a whole number with one of the statuses that carry a
    /// value, or in `otherAmounts`.
    private enum StoredStatus: UInt8 {
        case value, estimated, incomplete, missing, suppressed, notApplicable, notComparable, other
    }

    var count: Int { statuses.count }

    /// Appends `count` absent cells (`Cell.absent`: missing, without provenance).
    mutating func appendAbsent(_ count: Int) {
        wholeNumbers.append(contentsOf: repeatElement(0, count: count))
        statuses.append(contentsOf: repeatElement(StoredStatus.missing.rawValue, count: count))
        recordNumbers.append(contentsOf: repeatElement(0, count: count))
        lines.append(contentsOf: repeatElement(0, count: count))
    }

    /// Reserves room for `count` cells in all.
    mutating func reserveCapacity(_ count: Int) {
        wholeNumbers.reserveCapacity(count)
        statuses.reserveCapacity(count)
        recordNumbers.reserveCapacity(count)
        lines.reserveCapacity(count)
    }

    /// The line of the data file cell `index` was read from; nil for a cell without a provenance.
    func fileLine(at index: Int) -> Int? {
        guard recordNumbers[index] != 0 else { return nil }
        return lines[index] == Self.lineElsewhere ? largeLines[index]! : Int(lines[index])
    }

    subscript(index: Int) -> Cell {
        get { Cell(amount: amount(at: index), provenance: provenance(at: index)) }
        set {
            setAmount(newValue.amount, at: index)
            setProvenance(newValue.provenance, at: index)
        }
    }

    /// The amount of cell `index` alone, without its provenance.
    func amount(at index: Int) -> Amount {
        let whole = wholeNumbers[index]
        switch StoredStatus(rawValue: statuses[index])! {
        case .value: return .value(Exact(Int(whole)))
        case .estimated: return .estimated(Exact(Int(whole)))
        case .incomplete: return .incomplete(Exact(Int(whole)))
        case .missing: return .missing
        case .suppressed: return .suppressed
        case .notApplicable: return .notApplicable
        case .notComparable: return .notComparable
        case .other: return otherAmounts[index]!
        }
    }

    private mutating func setAmount(_ amount: Amount, at index: Int) {
        var whole: Int64 = 0
        /// The status `whole` stands for when `exact` is a whole number of 64 bits, else `.other`.
        func stored(_ exact: Exact, as status: StoredStatus) -> StoredStatus {
            guard let value = exact.wholeNumber64 else { return .other }
            whole = value
            return status
        }
        let status: StoredStatus = switch amount {
        case .value(let exact): stored(exact, as: .value)
        case .estimated(let exact): stored(exact, as: .estimated)
        case .incomplete(let exact): stored(exact, as: .incomplete)
        case .missing: .missing
        case .suppressed: .suppressed
        case .notApplicable: .notApplicable
        case .notComparable: .notComparable
        }
        if status == .other {
            otherAmounts[index] = amount
        } else if statuses[index] == StoredStatus.other.rawValue {
            otherAmounts[index] = nil
        }
        wholeNumbers[index] = whole
        statuses[index] = status.rawValue
    }

    private func provenance(at index: Int) -> Provenance? {
        guard let line = fileLine(at: index) else { return nil }
        return records[Int(recordNumbers[index]) - 1].atFileLine(line)
    }

    private mutating func setProvenance(_ provenance: Provenance?, at index: Int) {
        if lines[index] == Self.lineElsewhere { largeLines[index] = nil }
        guard let provenance else {
            (recordNumbers[index], lines[index]) = (0, 0)
            return
        }
        let key = provenance.sharedRecord
        let number = lastRecord?.key == key ? lastRecord!.number : recordIndex[key] ?? {
            records.append(provenance)
            recordIndex[key] = UInt32(records.count)
            return UInt32(records.count)
        }()
        lastRecord = (key, number)
        recordNumbers[index] = number
        if let line = Int32(exactly: provenance.fileLine), line != Self.lineElsewhere {
            lines[index] = line
        } else {
            lines[index] = Self.lineElsewhere
            largeLines[index] = provenance.fileLine
        }
    }

    /// The provenance of the first cell that has one.
    var firstProvenance: Provenance? { recordNumbers.firstIndex { $0 != 0 }.flatMap(provenance(at:)) }

    /// One provenance per shared record the cells refer to, in the order of the first cell that refers
    /// to it: what the cells cite, by delivery and table.
    var citedRecords: [Provenance] {
        var seen = [Bool](repeating: false, count: records.count)
        var result: [Provenance] = []
        for number in recordNumbers where number != 0 && !seen[Int(number) - 1] {
            seen[Int(number) - 1] = true
            result.append(records[Int(number) - 1])
            if result.count == records.count { break }
        }
        return result
    }
}

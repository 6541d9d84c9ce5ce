/// A day in the calendar, written in ISO 8601 (`2025-04-02`), as specs give dates.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date may have: those of Excel's dates (1900 to 9999), never year 0 or five digits.
    public static let years = 1900...9999

    /// Reads `YYYY-MM-DD`; nil for anything else, a year outside `years`, or a day the month does not have.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), Self.years.contains(year), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Why `text` is no date (`Identifier.problem` style); nil for a date.
    static func problem(_ text: String) -> MessageText? {
        CalendarDate(iso: text) == nil
            ? MessageText(.specInvalidDate, ["date": "\(LoadError.quote(text))",
                                             "first": .plain(String(years.lowerBound)),
                                             "last": .plain(String(years.upperBound))])
            : nil
    }

    /// `2025-04-02`.
    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A unit of measure a number is written in ('94,2 dagen', '3 kg', '12 km', '45 cent', '€ 2,50'), by the noun
/// right after it (or its currency sign). Units of one family go into each other by a fixed, exact factor: seconds,
/// minutes, hours, days and weeks; months, quarters and years; grams, kilos and tons; metres and kilometres; cents
/// and euros. A day and a month, or a week and a year, are of different families: no number of the one is exactly
/// the other. 'miljoen', 'mln' and 'duizend' are magnitudes, part of the number itself, never a unit. A unit with a
/// metric prefix ('megaton', 'kilowattuur', 'gigawatt') is its unit times the prefix's factor (`MetricPrefix`).
struct MeasureUnit: Equatable {
    /// Quantities that go into each other exactly.
    enum Family { case clockTime, calendarTime, workingTime, mass, length, volume, power, energy, money }

    let family: Family
    /// How many of the family's least unit one of it is (a week: 604.800 seconds).
    let size: Exact

    /// The unit a noun names ('dagen', 'weken', 'min', 'kg', 'megaton'), if it names one.
    init?(noun: String) {
        if let unit = Self.units[noun] {
            self = unit
        } else if let (base, factor) = MetricPrefix.split(noun), let unit = Self.units[base] {
            self = MeasureUnit(unit.family, unit.size * factor)
        } else {
            return nil
        }
    }

    /// The unit of a number's currency sign ('€ 2,50' is in euros), if it has one.
    init?(currency: String) {
        guard currency.contains(Self.euroSign), let unit = Self.units[Self.euro] else { return nil }
        self = unit
    }

    private init(_ family: Family, _ size: Exact) { (self.family, self.size) = (family, size) }

    /// Whether it measures time: on the clock (seconds to weeks) or the calendar (months to years).
    var isTime: Bool { family == .clockTime || family == .calendarTime }

    /// How many of `other` one of it is, exactly; nil when they are of different families.
    func factor(to other: MeasureUnit) -> Exact? {
        family == other.family ? size / other.size : nil
    }

    private static let euroSign = "€"
    private static let euro = "euro"

    private static let secondsPerMinute = 60
    private static let secondsPerHour = 3_600
    private static let secondsPerDay = 86_400
    private static let secondsPerWeek = 604_800
    private static let monthsPerQuarter = 3
    private static let monthsPerYear = 12
    private static let thousand = 1_000
    private static let million = 1_000_000
    private static let hundred = 100
    private static let joulesPerWattHour = 3_600

    /// The nouns of units, in Dutch singular, plural and abbreviated forms, with their unit.
    private static let units: [String: MeasureUnit] = {
        let named: [([String], Family, Exact)] = [
            (["seconde", "seconden", "sec", "s"], .clockTime, Exact(1)),
            (["minuut", "minuten", "min"], .clockTime, Exact(secondsPerMinute)),
            (["uur", "uren"], .clockTime, Exact(secondsPerHour)),
            (["dag", "dagen", "etmaal", "etmalen", "kalenderdag", "kalenderdagen"], .clockTime, Exact(secondsPerDay)),
            (["week", "weken"], .clockTime, Exact(secondsPerWeek)),
            (["maand", "maanden"], .calendarTime, Exact(1)),
            (["kwartaal", "kwartalen"], .calendarTime, Exact(monthsPerQuarter)),
            (["jaar", "jaren"], .calendarTime, Exact(monthsPerYear)),
            (["werkdag", "werkdagen"], .workingTime, Exact(1)),
            (["milligram", "mg"], .mass, Exact(1, over: thousand)),
            (["gram"], .mass, Exact(1)),
            (["kilo", "kilo's", "kilogram", "kg"], .mass, Exact(thousand)),
            (["ton", "tonnen"], .mass, Exact(million)),
            (["millimeter", "millimeters", "mm"], .length, Exact(1, over: thousand)),
            (["centimeter", "centimeters", "cm"], .length, Exact(1, over: hundred)),
            (["meter", "meters"], .length, Exact(1)),
            (["kilometer", "kilometers", "km"], .length, Exact(thousand)),
            (["milliliter", "milliliters", "ml"], .volume, Exact(1, over: thousand)),
            (["liter", "liters"], .volume, Exact(1)),
            (["hectoliter", "hectoliters", "hl"], .volume, Exact(hundred)),
            (["watt"], .power, Exact(1)),
            (["joule"], .energy, Exact(1)),
            (["wattuur"], .energy, Exact(joulesPerWattHour)),
            (["cent", "eurocent"], .money, Exact(1)),
            ([euro], .money, Exact(hundred)),
        ]
        return Dictionary(
            uniqueKeysWithValues: named.flatMap { nouns, family, size in
                nouns.map { ($0, MeasureUnit(family, size)) }
            })
    }()
}

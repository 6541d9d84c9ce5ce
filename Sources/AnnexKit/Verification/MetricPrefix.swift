/// A unit written with a metric prefix ('153,4 megaton', '2,1 kiloton'): a rate in the unit itself ('8,6 ton per
/// inwoner') takes that part in the unit, scaled by the prefix; in any other unit it cannot be recomputed.
enum MetricPrefix {
    /// The prefixes a Dutch text writes before a unit, with their factor.
    static let prefixes: [(prefix: String, factor: Exact)] = [
        ("kilo", Exact(1_000)), ("mega", Exact(1_000_000)), ("giga", Exact(1_000_000_000)),
        ("tera", Exact(1_000_000_000_000)),
    ]

    /// The shortest unit a prefix may stand before ('ton', 'watt', 'gram').
    static let leastUnitLength = 3

    /// The symbols of prefixes before a unit's symbol ('kWh', 'MWp', 'GW'; words are read in lower case), with the
    /// prefix they stand for. In lower case 'm' could be milli as well as mega; energy and power in statistical
    /// prose are counted in kilo-, mega-, giga- and terawatts, never in milliwatts, so 'mwh' is a megawattuur.
    static let symbols: [(symbol: String, prefix: String)] = [
        ("k", "kilo"), ("m", "mega"), ("g", "giga"), ("t", "tera"),
    ]

    /// The units of energy and power written as symbols after a prefix's symbol: watt-hours, watts and peak watts
    /// (a solar panel's rated power), with the word the symbol stands for.
    static let unitSymbols: [String: String] = ["wh": "wattuur", "w": "watt", "wp": "wattpiek"]

    /// The factor that turns a value in `noun` into one in `unit`: 1.000.000 for 'megaton' against 'ton', 1.000 for
    /// 'megawattuur' against 'kilowattuur', 1 when `noun` has no prefix or is `unit`; nil when it has one and `unit`
    /// is neither the unit it prefixes nor that unit with another prefix.
    static func factor(from noun: String?, to unit: String?) -> Exact? {
        guard let noun, noun != unit, let (base, factor) = split(noun) else { return Exact(1) }
        if base == unit { return factor }
        guard let unit, let (unitBase, unitFactor) = split(unit), unitBase == base else { return nil }
        return factor / unitFactor
    }

    /// The unit a prefixed noun is of, with the prefix's factor ('megaton': 'ton', 1.000.000); nil for a noun
    /// with no prefix.
    /// A unit written as symbols ('gwh') splits into the word of its unit ('wattuur') and its prefix's factor.
    static func split(_ noun: String) -> (base: String, factor: Exact)? {
        if let (symbol, prefix) = symbols.first(where: { noun.hasPrefix($0.symbol) }),
            let base = unitSymbols[String(noun.dropFirst(symbol.count))]
        {
            return split(prefix + base)
        }
        return prefixes.first { noun.hasPrefix($0.prefix) && noun.count - $0.prefix.count >= leastUnitLength }
            .map { (String(noun.dropFirst($0.prefix.count)), $0.factor) }
    }
}

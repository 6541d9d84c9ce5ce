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
    static func split(_ noun: String) -> (base: String, factor: Exact)? {
        prefixes.first { noun.hasPrefix($0.prefix) && noun.count - $0.prefix.count >= leastUnitLength }
            .map { (String(noun.dropFirst($0.prefix.count)), $0.factor) }
    }
}

import BigInt

/// An exact rational number: a fraction of arbitrary-size integers, always in lowest terms with a
/// positive denominator, so that equal values are equal and hash alike (1/2 == 2/4).
///
/// Counts are whole numbers (`Exact(17386)`), decimals as written are `n / 10^k` (`Exact(decimal: "16.8")`
/// is 168/10 = 84/5), and every derived figure is computed exactly: a percentage change from 21.735 to
/// 31.456 is `100 × (31.456 − 21.735) / 21.735`. Nothing is rounded until a renderer asks for
/// `rounded(toDecimals:)`, the one rounding rule of annex (half away from zero).
///
/// Values whose numerator and denominator fit in 64 bits are kept and computed without allocating;
/// larger ones (a 20-digit count, a long chain of means) continue exactly in `BigInt`.
public struct Exact: Sendable, Hashable {
    /// Lowest terms, denominator > 0; `small` whenever both parts fit in `Int64`, so that the stored
    /// form of a value is unique and the synthesised equality and hash are by value.
    enum Storage: Sendable, Hashable {
        case small(Int64, Int64)
        indirect case big(BigInt, BigInt)
    }

    let storage: Storage

    private init(reducedSmall numerator: Int64, _ denominator: Int64) {
        storage = .small(numerator, denominator)
    }

    /// The whole number `value`.
    public init(_ value: Int) {
        storage = .small(Int64(value), 1)
    }

    /// The whole number `value`, of any size.
    public init(_ value: BigInt) {
        self.init(value, over: 1)
    }

    /// `numerator / denominator` in lowest terms; the denominator must not be zero.
    public init(_ numerator: Int, over denominator: Int) {
        self = Exact.fraction(Int64(numerator), Int64(denominator))
    }

    /// `numerator / denominator` in lowest terms; the denominator must not be zero.
    public init(_ numerator: BigInt, over denominator: BigInt) {
        precondition(!denominator.isZero, "Exact: zero denominator")
        var (n, d) = denominator.signum() < 0 ? (-numerator, -denominator) : (numerator, denominator)
        let divisor = n.greatestCommonDivisor(with: d)
        if divisor > 1 {
            n /= divisor
            d /= divisor
        }
        if let small = Int64(exactly: n), let smallDenominator = Int64(exactly: d) {
            storage = .small(small, smallDenominator)
        } else {
            storage = .big(n, d)
        }
    }

    /// The numerator in lowest terms; its sign is the sign of the value.
    public var numerator: BigInt {
        switch storage {
        case .small(let n, _): BigInt(n)
        case .big(let n, _): n
        }
    }

    /// The denominator in lowest terms, always positive.
    public var denominator: BigInt {
        switch storage {
        case .small(_, let d): BigInt(d)
        case .big(_, let d): d
        }
    }

    public var isZero: Bool { storage == .small(0, 1) }

    /// Whether the value is a whole number.
    public var isInteger: Bool {
        switch storage {
        case .small(_, let d): d == 1
        case .big(_, let d): d == 1
        }
    }

    /// The value when it is a whole number that fits in 64 bits (every count), else nil.
    var wholeNumber64: Int64? {
        if case .small(let n, 1) = storage { n } else { nil }
    }

    /// -1, 0 or 1.
    public var signum: Int {
        switch storage {
        case .small(let n, _): Int(n.signum())
        case .big(let n, _): Int(n.signum())
        }
    }

    /// |value|.
    public var magnitude: Exact { signum < 0 ? -self : self }

    /// The numerator and denominator as `BigInt`.
    var parts: (numerator: BigInt, denominator: BigInt) { (numerator, denominator) }

    /// `n / d` from 64-bit parts, reduced; falls back to `BigInt` only where a part is `Int64.min`.
    private static func fraction(_ n: Int64, _ d: Int64) -> Exact {
        precondition(d != 0, "Exact: zero denominator")
        guard n != .min, d != .min else { return Exact(BigInt(n), over: BigInt(d)) }
        // A whole number (most sums and changes of counts) is reduced already.
        if d == 1 { return Exact(reducedSmall: n, 1) }
        var (n, d) = d < 0 ? (-n, -d) : (n, d)
        let divisor = Int64(gcd(n.magnitude, d.magnitude))
        if divisor > 1 {
            n /= divisor
            d /= divisor
        }
        return n == 0 ? Exact(reducedSmall: 0, 1) : Exact(reducedSmall: n, d)
    }

    /// The greatest common divisor (gcd(a, 0) = a), by shifts and subtractions (Stein's binary
    /// algorithm): no division, which took most of the time of a share's reduction.
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        guard a != 0, b != 0 else { return a | b }
        let shift = (a | b).trailingZeroBitCount
        var (a, b) = (a >> a.trailingZeroBitCount, b)
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }
}

// MARK: Arithmetic

extension Exact {
    public static func + (left: Exact, right: Exact) -> Exact {
        if case .small(let a, let b) = left.storage, case .small(let c, let d) = right.storage,
           let sum = smallSum(a, b, c, d) {
            return sum
        }
        let (a, b) = left.parts, (c, d) = right.parts
        return b == d ? Exact(a + c, over: b) : Exact(a * d + c * b, over: b * d)
    }

    /// `a/b + c/d` in 64 bits, or nil on overflow.
    private static func smallSum(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Exact? {
        if b == d {
            let (n, overflow) = a.addingReportingOverflow(c)
            return overflow ? nil : fraction(n, b)
        }
        let divisor = Int64(gcd(b.magnitude, d.magnitude))
        let (left, o1) = a.multipliedReportingOverflow(by: d / divisor)
        let (right, o2) = c.multipliedReportingOverflow(by: b / divisor)
        let (n, o3) = left.addingReportingOverflow(right)
        let (denominator, o4) = (b / divisor).multipliedReportingOverflow(by: d)
        return o1 || o2 || o3 || o4 ? nil : fraction(n, denominator)
    }

    public static prefix func - (value: Exact) -> Exact {
        switch value.storage {
        case .small(let n, let d) where n != .min: Exact(reducedSmall: -n, d)
        default: Exact(-value.numerator, over: value.denominator)
        }
    }

    public static func - (left: Exact, right: Exact) -> Exact { left + -right }

    public static func * (left: Exact, right: Exact) -> Exact {
        if case .small(let a, let b) = left.storage, case .small(let c, let d) = right.storage {
            // Cross-reduce first: the product of two reduced fractions is then reduced too.
            if a == 0 || c == 0 { return Exact(0) }
            let g1 = Int64(gcd(a.magnitude, d.magnitude)), g2 = Int64(gcd(c.magnitude, b.magnitude))
            let (n, o1) = (a / g1).multipliedReportingOverflow(by: c / g2)
            let (denominator, o2) = (b / g2).multipliedReportingOverflow(by: d / g1)
            if !o1 && !o2 { return Exact(reducedSmall: n, denominator) }
        }
        let (a, b) = left.parts, (c, d) = right.parts
        return Exact(a * c, over: b * d)
    }

    /// `left / right`; `right` must not be zero (callers decide what division by zero means).
    public static func / (left: Exact, right: Exact) -> Exact {
        precondition(!right.isZero, "Exact: division by zero")
        return left * right.reciprocal
    }

    /// 1 / value; the value must not be zero.
    public var reciprocal: Exact {
        switch storage {
        case .small(let n, let d) where n != .min: Exact.fraction(d, n)
        default: Exact(denominator, over: numerator)
        }
    }

    public static func += (left: inout Exact, right: Exact) { left = left + right }
}

// MARK: Comparison

extension Exact: Comparable {
    public static func < (left: Exact, right: Exact) -> Bool {
        if case .small(let a, let b) = left.storage, case .small(let c, let d) = right.storage {
            // a/b < c/d ⇔ a·d < c·b (b, d > 0), compared in 128 bits.
            let l = a.multipliedFullWidth(by: d), r = c.multipliedFullWidth(by: b)
            return (l.high, l.low) < (r.high, r.low)
        }
        let (a, b) = left.parts, (c, d) = right.parts
        return a * d < c * b
    }
}

// MARK: Literals and text

extension Exact: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Exact: CustomStringConvertible {
    /// `17386`, `-1/3`: the fraction in lowest terms (for messages and debugging, not for readers).
    public var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }
}

extension Exact {
    /// The largest exponent `init(decimal:)` accepts (`1E400`), so that a hostile cell cannot ask
    /// for a number with billions of digits.
    public static let decimalExponentLimit = 400
    /// The most digits `init(decimal:)` reads: far beyond any figure, short enough to read at once.
    public static let decimalDigitLimit = 400

    /// A plain decimal or scientific number read exactly: `1412`, `-12.5`, `0.25`, `.5`, `1.5E-3`,
    /// `2e+4` (as spreadsheets store numbers as text). No grouping, no decimal comma, no NaN or
    /// infinity, at most `decimalDigitLimit` digits and exponents up to `decimalExponentLimit`; nil
    /// for anything else.
    public init?(decimal text: some StringProtocol) {
        if let small = Self.smallDecimal(text.utf8) {
            self = small
            return
        }
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        var exponent = 0
        if let marker = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var power = rest[rest.index(after: marker)...]
            let negativePower = power.first == "-"
            if power.first == "-" || power.first == "+" { power = power.dropFirst() }
            guard !power.isEmpty, power.count <= 6, power.allSatisfy(\.isASCIIDigit), let value = Int(power),
                  value <= Exact.decimalExponentLimit else { return nil }
            exponent = negativePower ? -value : value
            rest = rest[..<marker]
        }
        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, !rest.isEmpty, rest != ".",
              pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces[0].count + fraction.count <= Exact.decimalDigitLimit,
              let digits = BigInt(pieces[0] + fraction) else { return nil }
        exponent -= fraction.count
        let scale = BigInt(10).power(abs(exponent))
        let value = exponent >= 0 ? Exact(digits * scale) : Exact(digits, over: scale)
        self = negative ? -value : value
    }
}

extension Exact {
    /// The most digits a decimal has that is read in 64 bits.
    static let smallDecimalDigits = 18

    /// `init(decimal:)` for what nearly every cell holds, in 64 bits: an optional sign, at most
    /// `smallDecimalDigits` digits and at most one `.`; nil for anything else (which
    /// `init(decimal:)` then reads in full).
    static func smallDecimal(_ utf8: some Collection<UInt8>) -> Exact? {
        var numerator: Int64 = 0, denominator: Int64 = 1
        var digits = 0, negative = false, point = false
        for (offset, byte) in utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= smallDecimalDigits else { return nil }
                numerator = numerator * 10 + Int64(byte - UInt8(ascii: "0"))
                if point { denominator *= 10 }
            case UInt8(ascii: ".") where !point:
                point = true
            case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0:
                negative = byte == UInt8(ascii: "-")
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return Exact(Int(negative ? -numerator : numerator), over: Int(denominator))
    }
}

extension Exact: Decodable {
    /// A number in a spec (`per: 100`, `jump_factor: 2.5`), read exactly from its text.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Exact(decimal: text) else {
            throw decoder.refuse(.specNotANumber, ["text": "\(text)"])
        }
        self = value
    }
}

// MARK: Rounding

extension Exact {
    /// The value rounded half away from zero to `decimals` places (negative: to tens, hundreds…),
    /// as a whole number scaled by 10^decimals: 13,45 to one decimal gives 135, −0,05 gives −1.
    ///
    /// This is the one rounding rule of annex: every format shows `rounded(toDecimals:)` of a figure.
    public func scaledRounded(decimals: Int) -> BigInt {
        if let scaled = scaledRounded64(decimals: decimals) { return BigInt(scaled) }
        let power = BigInt(10).power(abs(decimals))
        let (n, d) = decimals >= 0 ? (numerator * power, denominator) : (numerator, denominator * power)
        let magnitude = (2 * n.magnitude + d.magnitude) / (2 * d.magnitude)
        return n.signum() < 0 ? -BigInt(magnitude) : BigInt(magnitude)
    }

    /// `scaledRounded` when the value and the result fit in 64 bits (and `decimals` is 0…18), else nil.
    func scaledRounded64(decimals: Int) -> Int64? {
        guard case .small(let n, let d) = storage, decimals >= 0, decimals <= 18 else { return nil }
        return Self.smallScaledRounded(n, d, decimals: decimals)
    }

    /// `scaledRounded` of `n / d` (d > 0), computed in 128 bits (a share to 18 decimals needs more
    /// than 64), or nil when the result does not fit in 64 bits.
    private static func smallScaledRounded(_ n: Int64, _ d: Int64, decimals: Int) -> Int64? {
        // ⌊(2·|n|·10^decimals + d) / 2d⌋: half away from zero.
        let scaled = n.magnitude.multipliedFullWidth(by: powersOfTen[decimals])
        guard scaled.high >> 63 == 0 else { return nil }
        let (low, carry) = (scaled.low << 1).addingReportingOverflow(UInt64(d))
        let high = (scaled.high << 1 | scaled.low >> 63) + (carry ? 1 : 0)
        let divisor = 2 * UInt64(d)
        guard high < divisor else { return nil }
        let magnitude = divisor.dividingFullWidth((high, low)).quotient
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return n < 0 ? -Int64(magnitude) : Int64(magnitude)
    }

    /// The sign of the value rounded half away from zero to `decimals` places: 0 for 0,04 to one
    /// decimal, 1 for 0,05 (whether a change is shown with '+').
    public func roundedSignum(decimals: Int) -> Int {
        if let scaled = scaledRounded64(decimals: decimals) { return Int(scaled.signum()) }
        return Int(scaledRounded(decimals: decimals).signum())
    }

    /// The digits of `value` without its trailing zeros, in 64 bits (0 for zero).
    static func significantDigits(_ value: UInt64) -> Int {
        guard value != 0 else { return 0 }
        var rest = value
        while rest % 10 == 0 { rest /= 10 }
        return digitCount(rest)
    }

    /// The digits of `value` without its trailing zeros (0 for zero), of any size.
    static func significantDigits(_ value: BigUInt) -> Int {
        value.description.utf8.reversed().drop { $0 == UInt8(ascii: "0") }.count
    }

    /// The value rounded half away from zero to `decimals` places: 2,675 to two decimals is 2,68,
    /// −51,25 to one decimal is −51,3.
    public func rounded(toDecimals decimals: Int) -> Exact {
        if let scaled = scaledRounded64(decimals: decimals) {
            return Exact.fraction(scaled, Int64(Self.powersOfTen[decimals]))
        }
        let scaled = scaledRounded(decimals: decimals)
        let power = BigInt(10).power(abs(decimals))
        return decimals >= 0 ? Exact(scaled, over: power) : Exact(scaled * power)
    }

    /// The number of decimals of the value written out in full, or nil when it does not
    /// terminate (1/3): a fraction terminates when its denominator has no prime factor but 2 and 5.
    public var terminatingDecimals: Int? {
        if case .small(_, let d) = storage {
            var rest = d, twos = 0, fives = 0
            while rest & 1 == 0 { rest >>= 1; twos += 1 }
            while rest % 5 == 0 { rest /= 5; fives += 1 }
            return rest == 1 ? max(twos, fives) : nil
        }
        var rest = denominator
        var twos = 0, fives = 0
        while rest.isMultiple(of: 2) { rest /= 2; twos += 1 }
        while rest.isMultiple(of: 5) { rest /= 5; fives += 1 }
        return rest == 1 ? max(twos, fives) : nil
    }

    /// The position of the first significant digit: ⌊log10 |value|⌋ (0 for 1–9,99…, −2 for 0,05);
    /// the value must not be zero.
    public var decimalExponent: Int {
        precondition(!isZero, "Exact: zero has no first significant digit")
        if case .small(let numerator, let denominator) = storage {
            return Self.smallDecimalExponent(numerator.magnitude, denominator.magnitude)
        }
        let n = numerator.magnitude, d = denominator.magnitude
        var exponent = n.description.count - d.description.count
        // 10^exponent ≤ n/d must hold; it is off by at most one.
        let power = BigUInt(10).power(abs(exponent))
        let atLeast = exponent >= 0 ? n >= d * power : n * power >= d
        if !atLeast { exponent -= 1 }
        return exponent
    }
}

extension Exact {
    /// Powers of ten that fit in 64 bits: 10^0 … 10^19.
    static let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(1) { product, _ in product * 10 } }

    /// The number of decimal digits of `value` (more than 0).
    static func digitCount(_ value: UInt64) -> Int {
        (powersOfTen.firstIndex { $0 > value } ?? powersOfTen.count)
    }

    /// ⌊log10 (n / d)⌋ for n, d > 0, in 64 bits.
    static func smallDecimalExponent(_ n: UInt64, _ d: UInt64) -> Int {
        var exponent = digitCount(n) - digitCount(d)
        // 10^exponent ≤ n/d must hold; it is off by at most one.
        if exponent >= 0 {
            let (product, overflow) = d.multipliedReportingOverflow(by: powersOfTen[exponent])
            if overflow || n < product { exponent -= 1 }
        } else {
            let (product, overflow) = n.multipliedReportingOverflow(by: powersOfTen[-exponent])
            if !overflow && product < d { exponent -= 1 }
        }
        return exponent
    }
}

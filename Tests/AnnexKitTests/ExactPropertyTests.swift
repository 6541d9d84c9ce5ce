import BigInt
import PropertyBased
import Testing
@testable import AnnexKit

/// Properties of exact numbers over random values: small ones (computed in 64 bits) and large
/// ones (past 64 bits, computed with BigInt), so both paths are held to the same results.
@Suite("Exact numbers: properties")
struct ExactPropertyTests {
    /// Any 64-bit numerator over a positive 64-bit denominator: sums and products of these leave
    /// the 64-bit range often, so the BigInt path is exercised too.
    static let fraction = zip(Gen.int64(), Gen.int64(in: 1 ... .max)).map { Exact(BigInt($0), over: BigInt($1)) }
    /// Fractions of moderate size, as figures and their derived statistics are.
    static let figure = zip(Gen.int64(in: -10_000_000 ... 10_000_000), Gen.int64(in: 1 ... 100_000))
        .map { Exact(BigInt($0), over: BigInt($1)) }

    @Test("(a + b) − b = a, and (a × b) ÷ b = a")
    func inverses() async {
        await propertyCheck(count: 500, input: Self.fraction, Self.fraction) { a, b in
            #expect((a + b) - b == a)
            if !b.isZero { #expect((a * b) / b == a) }
        }
        await propertyCheck(count: 500, input: Self.figure, Self.figure) { a, b in
            #expect((a + b) - b == a)
            #expect(a + b == b + a)
        }
    }

    @Test("Sums and products agree with BigInt arithmetic on the fractions")
    func againstBigInt() async {
        await propertyCheck(count: 500, input: Self.fraction, Self.fraction) { a, b in
            let (p, q) = (a.numerator, a.denominator), (r, s) = (b.numerator, b.denominator)
            #expect(a + b == Exact(p * s + r * q, over: q * s))
            #expect(a * b == Exact(p * r, over: q * s))
            #expect((a < b) == (p * s < r * q))
        }
    }

    @Test("The greatest common divisor equals BigInt's, zero and 64-bit edges included")
    func greatestCommonDivisor() async {
        let edges: [UInt64] = [0, 1, 2, 3, 100, 1 << 32, 1 << 63, .max, .max - 1]
        for a in edges {
            for b in edges { #expect(Exact.gcd(a, b) == UInt64(BigUInt(a).greatestCommonDivisor(with: BigUInt(b)))) }
        }
        let small = Gen.uint64(in: 0 ... 1_000_000)
        await propertyCheck(count: 500, input: Gen.uint64(), Gen.uint64()) { a, b in
            #expect(Exact.gcd(a, b) == UInt64(BigUInt(a).greatestCommonDivisor(with: BigUInt(b))))
        }
        await propertyCheck(count: 500, input: small, small) { a, b in
            #expect(Exact.gcd(a << 7, b << 3) == UInt64(BigUInt(a << 7).greatestCommonDivisor(with: BigUInt(b << 3))))
        }
    }

    @Test("Lowest terms, positive denominator, equality and hash by value (1/2 == 2/4)")
    func reduced() async {
        #expect(Exact(1, over: 2) == Exact(2, over: 4))
        #expect(Exact(1, over: 2).hashValue == Exact(2, over: 4).hashValue)
        #expect(Exact(3, over: -6) == Exact(-1, over: 2))
        await propertyCheck(count: 500, input: Gen.int64(in: -1_000_000_000 ... 1_000_000_000),
                            Gen.int64(in: 1 ... 1_000_000), Gen.int64(in: 1 ... 1_000_000_000_000)) { n, d, k in
            let value = Exact(BigInt(n), over: BigInt(d))
            let scaled = Exact(BigInt(n) * BigInt(k), over: BigInt(d) * BigInt(k))
            #expect(value == scaled && value.hashValue == scaled.hashValue)
            #expect(value.denominator > 0)
            #expect(value.numerator.greatestCommonDivisor(with: value.denominator) == 1)
            #expect(Exact(BigInt(-n), over: BigInt(-d)) == value)
        }
    }

    @Test("Rounding in 64 bits gives the value rounding with BigInt gives, up to 18 decimals and beyond Int64")
    func roundedInSixtyFourBits() async {
        await propertyCheck(count: 500, input: Gen.int64(in: -999_999_999_999 ... 999_999_999_999),
                            Gen.int64(in: 1 ... 999_999_999), Gen.int(in: 0...18)) { n, d, decimals in
            let value = Exact(Int(n), over: Int(d))
            let power = BigInt(10).power(decimals)
            let scaled = value.scaledRounded(decimals: decimals)
            #expect(value.rounded(toDecimals: decimals) == Exact(scaled, over: power))
            #expect(value.rounded(toDecimals: decimals).parts == Exact(scaled, over: power).parts)
        }
    }

    @Test("Ties at 0–3 decimals round half away from zero, positive and negative")
    func ties() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0 ... 1_000_000_000),
                            Gen.int(in: 0...3)) { whole, decimals in
            // (2m + 1) / (2 × 10^d) lies exactly halfway between m and m + 1 units of the last decimal.
            let power = BigInt(10).power(decimals)
            let tie = Exact(2 * BigInt(whole) + 1, over: 2 * power)
            #expect(tie.scaledRounded(decimals: decimals) == BigInt(whole) + 1)
            #expect((-tie).scaledRounded(decimals: decimals) == -(BigInt(whole) + 1))
            #expect(tie.rounded(toDecimals: decimals) == Exact(BigInt(whole) + 1, over: power))
            // Just below and above a tie rounds to the nearer neighbour.
            let below = tie - Exact(1, over: 1_000_000_000_000), above = tie + Exact(1, over: 1_000_000_000_000)
            #expect(below.scaledRounded(decimals: decimals) == BigInt(whole))
            #expect((-below).scaledRounded(decimals: decimals) == -BigInt(whole))
            #expect(above.scaledRounded(decimals: decimals) == BigInt(whole) + 1)
        }
        #expect(NumberStyle.dutch.number(Exact(-5125, over: 100), decimals: 1) == "-51,3")  // Doetinchem, 400 → 195
        #expect(NumberStyle.dutch.number(Exact(-1, over: 20), decimals: 1) == "-0,1")
        #expect(NumberStyle.dutch.number(Exact(1, over: 2), decimals: 0) == "1")
        #expect(NumberStyle.dutch.number(Exact(-5, over: 2), decimals: 0) == "-3")
    }

    @Test("Dutch numbers written by annex read back to the same value")
    func dutchRoundTrip() async {
        await propertyCheck(count: 500, input: Gen.int64(in: -999_999_999_999 ... 999_999_999_999),
                            Gen.int(in: 0...3)) { units, decimals in
            let value = Exact(BigInt(units), over: BigInt(10).power(decimals))
            let text = NumberStyle.dutch.number(value, decimals: decimals)
            #expect(CellParser.dutch(text) == value, "\(text)")
            #expect(CellParser.dutch(text + "%") == value)
            #expect((try? CellParser.amount(text, notation: .dutch).get()) == .value(value))
        }
    }

    @Test("Plain numbers written by annex read back: exactly when they terminate, else to 15 significant digits")
    func plainRoundTrip() async {
        await propertyCheck(count: 500, input: Self.figure) { value in
            let text = PlainNumber.format(value)
            #expect(!text.contains("e") && !text.contains("E"))
            guard let back = Exact(decimal: text) else { return #expect(Bool(false), "\(text)") }
            if value.terminatingDecimals != nil {
                #expect(back == value, "\(text)")
            } else if !value.isZero {
                // Within half a unit of the 15th significant digit.
                let unit = Exact(BigInt(10).power(max(0, PlainNumber.significantDigits - 1 - value.decimalExponent)))
                #expect((back - value).magnitude * unit * 2 <= 1, "\(text)")
            }
        }
    }

    @Test("Scaled rounding in 128 bits equals BigInt's, and is nil exactly when the result passes Int64")
    func scaledRoundingAgainstBigInt() async {
        await propertyCheck(count: 1000, input: Gen.int64(in: Int64.min + 1 ... Int64.max),
                            Gen.int64(in: 1 ... Int64.max), Gen.int(in: 0...18)) { n, d, decimals in
            let value = Exact(BigInt(n), over: BigInt(d))
            let (numerator, denominator) = (value.numerator.magnitude, value.denominator.magnitude)
            let magnitude = (2 * numerator * BigUInt(10).power(decimals) + denominator) / (2 * denominator)
            let expected = Int64(exactly: value.signum < 0 ? -BigInt(magnitude) : BigInt(magnitude))
            #expect(value.scaledRounded64(decimals: decimals) == expected)
        }
        // A share to 18 decimals: 1.234 of 56.789 is 0,0217295603021711951… (beyond 64 bits times 10^18).
        #expect(Exact(1234, over: 56789).scaledRounded64(decimals: 18) == 21_729_560_302_171_195)
    }

    @Test("The 64-bit paths of decimals, exponent and plain text agree with BigInt arithmetic")
    func smallPathsAgainstBigInt() async {
        // Decimals as written: a count over a power of 2 and 5, as a percentage or a share often is.
        let decimal = zip(Gen.int64(in: -1_000_000_000 ... 1_000_000_000), Gen.int(in: 0...12), Gen.int(in: 0...12))
            .map { Exact(BigInt($0), over: BigInt(2).power($1) * BigInt(5).power($2)) }
        await propertyCheck(count: 500, input: Self.fraction) { Self.checkSmallPaths($0) }
        await propertyCheck(count: 500, input: Self.figure) { Self.checkSmallPaths($0) }
        await propertyCheck(count: 500, input: decimal) { Self.checkSmallPaths($0) }
    }

    @Test("Significant digits and the rounded sign in 64 bits equal BigInt's, at and past Int64's edges")
    func significantDigitsAgainstBigInt() async {
        /// The digits of the decimal text of `value` without its trailing zeros: the BigInt path spelled out.
        func reference(_ value: BigInt) -> Int {
            String(value.magnitude).reversed().drop { $0 == "0" }.count
        }
        let edges: [Int64] = [0, 1, -1, 10, -100, .max, .max - 1, .min, .min + 1, 999_999_999_999_999_999,
                              1_000_000_000_000_000_000, -1_000_000_000_000_000_000, 123_456_789_012_345_678]
        for units in edges {
            for decimals in [0, 1, 3, 18] {
                let value = Exact(BigInt(units), over: BigInt(10).power(decimals))
                let rounded = RoundedNumber(value, decimals: decimals)
                #expect(rounded.significantDigits == reference(BigInt(units)), "\(units)")
                #expect(Exact.significantDigits(units.magnitude) == Exact.significantDigits(BigUInt(units.magnitude)))
            }
        }
        await propertyCheck(count: 1000, input: Gen.int64(), Gen.int64(in: 1 ... 1_000_000), Gen.int(in: 0...18)) {
            units, factor, decimals in
            let value = Exact(BigInt(units), over: BigInt(10).power(decimals))
            #expect(RoundedNumber(value, decimals: decimals).significantDigits == reference(BigInt(units)))
            #expect(Exact.significantDigits(units.magnitude) == Exact.significantDigits(BigUInt(units.magnitude)))
            // Past 64 bits: the BigInt path.
            let large = BigInt(units) * BigInt(factor) * BigInt(Int64.max)
            let rounded = RoundedNumber(Exact(large, over: BigInt(10).power(decimals)), decimals: decimals)
            #expect(rounded.significantDigits == reference(large))
        }
        await propertyCheck(count: 1000, input: Self.fraction, Gen.int(in: 0...18)) { value, decimals in
            #expect(value.roundedSignum(decimals: decimals) == Int(value.scaledRounded(decimals: decimals).signum()))
        }
        // Negative halves round away from zero, so they keep their sign; what rounds to zero has none.
        #expect(Exact(-1, over: 2).roundedSignum(decimals: 0) == -1)
        #expect(Exact(-1, over: 20).roundedSignum(decimals: 1) == -1)
        #expect(Exact(-1, over: 21).roundedSignum(decimals: 1) == 0)
        #expect(Exact(5, over: 100).roundedSignum(decimals: 1) == 1)
        #expect(Exact(Int.min, over: 3).roundedSignum(decimals: 2) == -1)
    }

    static func checkSmallPaths(_ value: Exact) {
        var rest = value.denominator, twos = 0, fives = 0
        while rest.isMultiple(of: 2) { rest /= 2; twos += 1 }
        while rest.isMultiple(of: 5) { rest /= 5; fives += 1 }
        let terminating = rest == 1 ? max(twos, fives) : nil
        #expect(value.terminatingDecimals == terminating)
        guard !value.isZero else { return }
        let (n, d) = (value.numerator.magnitude, value.denominator.magnitude)
        var exponent = n.description.count - d.description.count
        if exponent >= 0 ? n < d * BigUInt(10).power(exponent) : n * BigUInt(10).power(-exponent) < d {
            exponent -= 1
        }
        #expect(value.decimalExponent == exponent)
        let decimals = terminating ?? PlainNumber.significantDigits - 1 - exponent
        let power = BigUInt(10).power(max(decimals, 0))
        let scaled = (2 * n * power + d) / (2 * d)
        var digits = scaled.description
        if decimals > 0 {
            digits = String(repeating: "0", count: max(decimals - digits.count + 1, 0)) + digits
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
            if terminating == nil {
                while digits.hasSuffix("0") { digits.removeLast() }
                if digits.hasSuffix(".") { digits.removeLast() }
            }
        }
        let expected = (value.signum < 0 && scaled > 0 ? "-" : "") + digits
        if decimals >= 0 { #expect(PlainNumber.format(value) == expected) }
    }
}

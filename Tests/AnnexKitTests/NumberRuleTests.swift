import BigInt
import Foundation
import Testing
@testable import AnnexKit

/// The numbers of a data file: exact at any size, one notation per file, counts whole and not
/// negative; every refusal names file, line and column (issue 9's number cases).
@Suite("Numbers in data files")
struct NumberRuleTests {
    static let header = "region_type,region,measure,period,value,table,line\n"

    /// The table of the tidy files, or (`wide`) of a wide file of measure M alone over `periods`.
    func spec(kind: String = "count", wide periods: String? = nil) throws -> TableSpec {
        let measures = periods == nil ? "[{id: m, label: M, kind: \(kind)}, {id: duur, label: Duur, kind: average}]"
            : "[{id: m, label: M, kind: \(kind)}]"
        return try YAMLTestDecoder.table("""
        id: t
        title: T
        data: t.csv
        periods: \(periods ?? "[2022, 2023]")
        measures: \(measures)
        """)
    }

    /// Loads a tidy file, or a `wide` one of measure M over those periods.
    func load(_ text: String, name: String = "t.csv", kind: String = "count", wide: String? = nil) throws -> Dataset {
        try ReportLoader.loadData(path: try temporaryFile(name, text), file: name, spec: spec(kind: kind, wide: wide),
                                  delivery: Delivery(document: "Test"), gazetteer: realGazetteer).dataset
    }

    func errors(_ text: String, name: String = "t.csv", kind: String = "count", wide: String? = nil) throws
        -> [LoadError] {
        do {
            _ = try load(text, name: name, kind: kind, wide: wide)
        } catch let failure as LoadErrors {
            return failure.errors
        }
        Issue.record("expected load errors")
        return []
    }

    func value(_ dataset: Dataset, _ code: String, period: Int = 0) throws -> Amount {
        dataset[try row(of: code, in: dataset), 0, period].amount
    }

    @Test("A 20-digit count is exact, in a tidy and a wide file, and is written out in full")
    func twentyDigits() throws {
        let tidy = try load(Self.header + "gemeente,Amsterdam,m,2022,99999999999999999999,,\n")
        let huge = Exact(BigInt("99999999999999999999"))
        #expect(try value(tidy, "GM0363") == .count(huge))
        let wide = try load("Gemeente;2022\n;M\nAmsterdam;99.999.999.999.999.999.999\n", name: "w.csv",
                            wide: "[2022]")
        #expect(try value(wide, "GM0363") == .count(huge))
        #expect(PlainNumber.format(huge) == "99999999999999999999")
        #expect(NumberStyle.dutch.format(.count(huge + 1), as: .count) == "100.000.000.000.000.000.000")
    }

    @Test("Exponent notation is refused with file, line and column, never read or crashed on")
    func exponent() throws {
        let found = try errors(Self.header + "gemeente,Amsterdam,m,2022,5,,\ngemeente,Rotterdam,m,2022,1e19,,\n")
        #expect(found == [LoadError(file: "t.csv", line: 3, column: 5, .exponentNotation(cell: "1e19"))])
        #expect(found.first?.description.hasPrefix("t.csv:3:5: '1e19' is in exponentnotatie") == true)
    }

    @Test("'1.500' in a tidy file of counts is not silently 1,5: without another number to decide, it is an error")
    func ambiguousInTidy() throws {
        let found = try errors(Self.header + "gemeente,Amsterdam,m,2022,1.500,,\ngemeente,Rotterdam,m,2022,1723,,\n")
        #expect(found == [LoadError(file: "t.csv", line: 2, column: 5, .ambiguousNumber(cell: "1.500"))])
    }

    @Test("Dutch numbers elsewhere in the file decide '1.500': 1500")
    func dutchEstablished() throws {
        let dataset = try load(Self.header + "gemeente,Amsterdam,m,2022,1.500,,\n"
                               + "gemeente,Rotterdam,m,2022,1.234.567,,\n")
        #expect(try value(dataset, "GM0363") == .count(1500))
        #expect(try value(dataset, "GM0599") == .count(1_234_567))
    }

    @Test("Plain decimals elsewhere in the file decide '1.500': 1,5, which a count refuses and an average keeps")
    func plainEstablished() throws {
        let text = Self.header + "gemeente,Amsterdam,m,2022,1.500,,\ngemeente,Rotterdam,duur,2022,12.25,,\n"
        let found = try errors(text)
        #expect(found == [LoadError(file: "t.csv", line: 2, column: 5, .fractionalCount(
            cell: "1.500", measure: "m", readAs: CellParser.Notation.plain.described))])
        #expect(found.first?.message.hasPrefix("'1.500' (gelezen als gewone getallen met een punt als decimaalteken "
                                               + "(1500, 12.5)) is geen geheel getal") == true)
        let averages = try load(text, kind: "average")
        #expect(try value(averages, "GM0363") == .count(Exact(3, over: 2)))
        #expect(averages[try row(of: "GM0599", in: averages), 1, 0].amount == .count(Exact(49, over: 4)))
    }

    @Test("A count decides nothing by a value it cannot hold: '12.25' is a fractional count, '1.500' stays undecided")
    func countsDoNotVote() throws {
        let found = try errors(Self.header + "gemeente,Amsterdam,m,2022,1.500,,\ngemeente,Rotterdam,m,2022,12.25,,\n")
        #expect(found == [LoadError(file: "t.csv", line: 2, column: 5, .ambiguousNumber(cell: "1.500")),
                          LoadError(file: "t.csv", line: 3, column: 5, .fractionalCount(cell: "12.25", measure: "m"))])
    }

    @Test("An ambiguous number in a measure that is no count needs a deciding cell")
    func ambiguousAverage() throws {
        let found = try errors(Self.header + "gemeente,Amsterdam,m,2022,1.500,,\ngemeente,Rotterdam,m,2022,12,,\n",
                               kind: "average")
        #expect(found == [LoadError(file: "t.csv", line: 2, column: 5, .ambiguousNumber(cell: "1.500"))])
    }

    @Test("Two notations in one file: the cells of the minority are errors, naming a cell of the file's notation")
    func mixed() throws {
        let found = try errors(Self.header + """
        gemeente,Amsterdam,m,2022,"1.234,5",,
        gemeente,Rotterdam,m,2022,"2.500,25",,
        gemeente,Utrecht,m,2022,12.5,,
        """, kind: "average")
        #expect(found.map(\.description) == ["t.csv:4:5: '12.5' past niet bij de schrijfwijze van dit bestand: "
                                             + "Nederlandse getallen (1.500, 12,5), zoals regel 2, kolom 5: '1.234,5'; "
                                             + "een bestand schrijft al zijn getallen op één manier (in het Nederlands "
                                             + "staat een punt alleen tussen groepen van drie cijfers)"])
    }

    @Test("Thousands separators in a wrong position: refused, without changing how the file's other numbers read")
    func misplacedSeparators() throws {
        let found = try errors("Gemeente;2022;2023\n;M;M\nAmsterdam;1.500;17.386\nRotterdam;1.50;12.34.5\n",
                               name: "w.csv", wide: "[2022, 2023]")
        #expect(found.map(\.line) == [4, 4] && found.map(\.column) == [2, 3])
        // In a table as received, the whole count '1.500' (1500, never 1,5) establishes Dutch.
        #expect(found.first?.message.hasPrefix("'1.50' past niet bij de schrijfwijze van dit bestand: Nederlandse "
                                               + "getallen (1.500, 12,5), zoals regel 3, kolom 2: '1.500';") == true)
        #expect(found.last?.problem == .notANumber(cell: "12.34.5", expected: expectedNumber))
    }

    @Test("Negative and fractional counts are refused with file, line and column")
    func counts() throws {
        let found = try errors(Self.header + "gemeente,Amsterdam,m,2022,-3,,\ngemeente,Rotterdam,m,2022,2.5,,\n")
        #expect(found == [LoadError(file: "t.csv", line: 2, column: 5, .negativeCount(cell: "-3", measure: "m")),
                          LoadError(file: "t.csv", line: 3, column: 5, .fractionalCount(cell: "2.5", measure: "m"))])
        #expect(found[0].description
                == "t.csv:2:5: '-3' is negatief, maar 'm' is een aantal (kind: count), dat niet negatief kan zijn")
        let negativeAverage = try load(Self.header + "gemeente,Amsterdam,m,2022,-3,,\n", kind: "average")
        #expect(try value(negativeAverage, "GM0363") == .count(-3))
    }

    @Test("A correction to a count must be a count")
    func correctedCount() throws {
        let path = try temporaryFile("c.csv", "dataset,region,measure,period,published,corrected,evidence\n"
                                     + "t,Amsterdam,m,2022,5,5.5,r. 3\n")
        let corrections = try CorrectionsLoader.load(path: path, file: "c.csv")
        let data = try temporaryFile("t.csv", Self.header + "gemeente,Amsterdam,m,2022,5,,\n")
        var loaded = try ReportLoader.loadData(
            path: data, file: "t.csv", spec: spec(), delivery: Delivery(document: "Test"),
                                               gazetteer: realGazetteer)
        let expected = LoadError(file: "c.csv", line: 2, column: 6, .fractionalCount(cell: "5.5", measure: "m"))
        #expect(throws: LoadErrors([expected])) {
            try CorrectionsLoader.apply(corrections, to: &loaded, spec: spec(), gazetteer: realGazetteer) { _ in
                Delivery(document: "Test")
            }
        }
    }

    @Test("A wide Dutch file of counts reads '1.500' as 1500, as before")
    func wideCounts() throws {
        let dataset = try load("Gemeente;2022\n;M\nAmsterdam;1.500\nRotterdam;161\n", name: "w.csv", wide: "[2022]")
        #expect(try value(dataset, "GM0363") == .count(1500))
    }
}

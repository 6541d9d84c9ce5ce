import Foundation
import Testing

@testable import AnnexKit

/// `TextDocument`: prose sentences out of plain text, Markdown and PDF extractions.
@Suite("verify: reading a text")
struct VerifyTextTests {
    func sentences(_ text: String) -> [String] { TextDocument(text: text).sentences.map(\.text) }

    @Test("LF, CRLF and CR line ends read the same, with the same lines")
    func lineEnds() {
        let text = "Eerste zin.\nTweede zin loopt\ndoor.\n\nNieuwe alinea."
        let lf = TextDocument(text: text).sentences
        for variant in [
            text.replacingOccurrences(of: "\n", with: "\r\n"), text.replacingOccurrences(of: "\n", with: "\r"),
        ] {
            let other = TextDocument(text: variant).sentences
            #expect(other.map(\.text) == lf.map(\.text) && other.map(\.lines) == lf.map(\.lines))
            #expect(other.map(\.paragraph) == lf.map(\.paragraph))
        }
        #expect(lf.map(\.text) == ["Eerste zin.", "Tweede zin loopt door.", "Nieuwe alinea."])
        #expect(lf.map(\.lines) == [1...1, 2...3, 5...5] && lf.map(\.paragraph) == [0, 0, 1])
    }

    @Test("PDF repairs: hyphenation, page breaks, footnote references and tags; tables, headings, captions no prose")
    func repairs() {
        #expect(sentences("Een toe-\nname van 5%.") == ["Een toename van 5%."])
        #expect(
            sentences("Op het moment dat iemand in\n\n detentie belandt, volgt een melding.") == [
                "Op het moment dat iemand in detentie belandt, volgt een melding."
            ])
        #expect(sentences("Zie de cijfers<sup>6</sup> en **vet**.") == ["Zie de cijfers en vet."])
        let rows = "# Kop\n\tGevangeniswezen\t31.456\t30.112\n| a | b |\nTabel 1. Instroom 2019\nTekst."
        #expect(sentences(rows) == ["Tekst."])
        // A row of a label and one value is the value line it stands for (`TabValueLine`).
        #expect(sentences("# Kop\n\tGevangeniswezen\t31.456\nTekst.") == ["Gevangeniswezen: 31.456", "Tekst."])
        #expect(sentences("Figuur 3 geeft de cijfers.") == ["Figuur 3 geeft de cijfers."])
        #expect(TextDocument(text: "### 2.1 Cijfers\nTekst.").sentences.first?.heading == "### 2.1 Cijfers")
    }

    @Test("Sentences end at '.', '!' or '?' before a capital, not after abbreviations or initials")
    func sentenceEnds() {
        #expect(
            sentences("Het steeg t.o.v. Amsterdam. Daarna daalde het. O. Nederland schreef het.") == [
                "Het steeg t.o.v. Amsterdam.", "Daarna daalde het.", "O. Nederland schreef het.",
            ])
    }

    @Test("A text saved as one long line keeps its paragraphs, tables and headings apart (runs of spaces)")
    func oneLine() {
        let text =
            "### 2.1 Cijfers  In 2022 waren het er 200.  \t2019\t2020 Gevangeniswezen\t31.456\t21.735  "
            + "Tabel 1. Instroom  "
            + "Het steeg naar 250."
        let read = TextDocument(text: text).sentences
        #expect(read.map(\.text) == ["In 2022 waren het er 200.", "Het steeg naar 250."])
        #expect(read[0].heading == "### 2.1 Cijfers")
    }

    @Test("A very long run without a sentence end is cut at a space, so no sentence grows without limit")
    func longRun() {
        let limit = TextDocument.maximumSentenceLength
        for text in [String(repeating: "woord ", count: limit), String(repeating: "x", count: 5 * limit)] {
            let read = TextDocument(text: text).sentences
            #expect(read.count > 1 && read.allSatisfy { $0.text.unicodeScalars.count <= 2 * limit })
        }
    }

    @Test("A run with more numbers than prose has (a flattened table) is cut at a space after the limit")
    func manyNumbers() {
        let limit = TextDocument.maximumSentenceNumbers
        let read = TextDocument(text: String(repeating: "Rotterdam 1.723, ", count: 3 * limit) + "einde.").sentences
        #expect(read.count == 4 && read.last?.text == "einde.")
        #expect(
            read.first?.text
                == String(repeating: "Rotterdam 1.723, ", count: limit).trimmingCharacters(in: .whitespaces))
        let prose =
            "Rotterdam (1.723), Amsterdam (1.500) en 's-Gravenhage (1.136) ontvingen in 2022 de meeste meldingen."
        #expect(TextDocument(text: prose).sentences.map(\.text) == [prose])
    }

    @Test("Binary input, invalid UTF-8 and missing files are input errors; a file reads as its text does")
    func refused() throws {
        let folder = try temporaryFolder()
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
            return folder + "/" + name
        }
        let binary = try file("b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41])
        let controls = try file("c.txt", Array(String(repeating: "\u{1}abc", count: 10).utf8))
        let latin = try file("l.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A])
        for path in [binary, controls, latin, folder + "/missing.txt", folder] {
            #expect(throws: LoadErrors.self) { _ = try TextDocument(path: path) }
        }
        let text = "\u{FEFF}Tekst\tmet tab.\r\nDe instroom steeg met 5%, naar 1.203 in 2023.\rEinde."
        let plain = try TextDocument(path: try file("t.txt", Array(text.utf8)))
        #expect(plain.sentences.map(\.text) == TextDocument(text: text).sentences.map(\.text))
        // A line with a tab is a table row, not prose.
        #expect(plain.sentences.map(\.text) == ["De instroom steeg met 5%, naar 1.203 in 2023.", "Einde."])
    }

    @Test("An empty text has no sentences")
    func empty() {
        #expect(TextDocument(text: "").sentences.isEmpty && TextDocument(text: "\n\n  \n").sentences.isEmpty)
    }
}

/// `Tokenizer`: Dutch numbers and what is no quantity.
@Suite("verify: numbers in prose")
struct VerifyTokenTests {
    func numbers(_ text: String) -> [WrittenNumber] {
        Tokenizer.tokens(Array(text.unicodeScalars)).compactMap(\.number)
    }

    @Test(
        "Dutch numbers, units, multipliers and hedges",
        arguments: [
            ("17.386", 17386.0, NumberUnit.count, false),
            ("13,4%", 13.4, .percent, true),
            ("25 procent", 25, .percent, true),
            ("1,2 procentpunt", 1.2, .points, true),
            ("3 %-punt", 3, .points, true),
            ("-0,4%-punt", -0.4, .points, true),
            ("2,4 miljoen", 2_400_000, .count, true),
            ("12 duizend", 12_000, .count, true),
            ("1,2 mln", 1_200_000, .count, true),
            ("−3,2%", -3.2, .percent, true),
            ("dertien", 13, .count, false),
        ])
    func read(text: String, value: Double, unit: NumberUnit, rounded: Bool) throws {
        let number = try #require(numbers(text).first)
        #expect(number.value.double == value && number.unit == unit && number.isRounded == rounded)
    }

    @Test("Precision and hedges: '2,4 miljoen' is to 100.000; 'ruim 30.000' hedged above")
    func precision() throws {
        #expect(try #require(numbers("2,4 miljoen").first).step.double == 100_000)
        let hedged = try #require(numbers("ruim 30.000 mensen").first)
        #expect(hedged.hedge == .above && hedged.claimText == "ruim 30.000" && hedged.hedgeStep.double == 10_000)
        #expect(numbers("50 meer dan 200").map { $0.hedge == nil } == [true, true])  // a comparison, no hedge
    }

    @Test(
        "Numbers in words by their grammar: compounds, thousands written apart, fractions of a multiplier",
        arguments: [
            ("tweeëntwintig", 22.0),
            ("eenentwintig", 21),
            ("driehonderdvijftig", 350),
            ("vierhonderdduizend", 400_000),
            ("tweeduizendvijfhonderd", 2_500),
            ("vierduizend vijfhonderd", 4_500),
            ("een kwart miljoen", 250_000),
            ("anderhalf miljoen", 1_500_000),
            ("tien miljoen", 10_000_000),
        ])
    func numberWords(text: String, value: Double) {
        #expect(numbers(text).map(\.value.double) == [value])
    }

    @Test("Words that only look like numbers are none", arguments: ["duizendpoot", "honderdjarig", "een", "tientallen"])
    func noNumberWords(text: String) {
        #expect(numbers(text).isEmpty)
    }

    @Test(
        "A multiplier word after a list or range applies to all of it",
        arguments: [
            ("€ 2,6, € 2,7 en € 2,9 miljoen", [2_600_000.0, 2_700_000, 2_900_000]),
            ("van € 18,0 naar € 23,4 miljoen", [18_000_000, 23_400_000]),
            ("tussen 1,2 en 1,5 mld", [1_200_000_000, 1_500_000_000]),
            ("van 4.500 naar 2,1 miljoen", [4_500, 2_100_000]),  // written in full: its own unit
            ("3 gemeenten, 2,4 miljoen inwoners", [3, 2_400_000]),
        ])
    func sharedMultiplier(text: String, values: [Double]) {
        #expect(numbers(text).map(\.value.double) == values)
    }

    @Test(
        "Numbers that are no quantity",
        arguments: [
            "Zie figuur 3 en tabel 2 op p. 23-28.",
            "Op 15 augustus 2024 verscheen het rapport, zie artikel 12.",
            "Bel 070-1234567 voor meer informatie.",
            "De gemiddelde leeftijd was 36 jaar, tussen de 30 en 45 jaar.",
            "In 2019 en 2023 waren er metingen.",
            "Paragraaf 2.1.2 beschrijft de cijfers.",
            "Hoofdstuk 3 volgt na fase 2, zie Nederland.1 en COVID-19.",
            "Figuren 16 tot en met 19 geven de spreiding.",
            "Het aantal per 1.000 inwoners.",
        ])
    func labels(text: String) {
        #expect(numbers(text).isEmpty, "\(numbers(text).map(\.text))")
    }

    @Test("Years and ranges of years")
    func years() {
        let tokens = Tokenizer.tokens(Array("In de periode 2019-2022 en 2020 – 2023.".unicodeScalars))
        #expect(tokens.compactMap(\.year) == [2019, 2022, 2020, 2023])
    }
}

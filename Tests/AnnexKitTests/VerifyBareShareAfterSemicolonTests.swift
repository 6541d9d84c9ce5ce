import Testing

@testable import AnnexKit

/// The thirty-second round (B): a share after ';' that makes no statement of its own ('…; twee op de drie dus')
/// restates the clause before it, whose part and whole it takes.
@Suite("Verify: a bare share after a semicolon restates the clause before it")
struct VerifyBareShareAfterSemicolonTests {
    @Test(
        "A bare share after ';' takes the part and whole of the clause before",
        arguments: [
            // 60 / 90 = 66,7%: 'twee op de drie' holds, 'een op de drie' (33,3%) does not.
            ("Van de 90 deelnemers rondden er 60 de cursus af; twee op de drie dus.", "twee op de drie",
                Verdict.consistent),
            ("Van de 90 deelnemers rondden er 60 de cursus af; een op de drie dus.", "een op de drie", .inconsistent),
        ])
    func bareShare(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A share after ';' with a verb of its own, or about another group, stays unverifiable",
        arguments: [
            // Its own statement: those who dropped out, not those who finished.
            ("Van de 90 deelnemers rondden er 60 de cursus af; een op de drie haakte af.", "een op de drie"),
            // Another group's share.
            ("Van de 90 deelnemers rondden er 60 de cursus af; bij de vorige cursus twee op de drie.",
                "twee op de drie"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}

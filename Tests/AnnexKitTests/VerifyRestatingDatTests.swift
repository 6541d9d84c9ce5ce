import Testing

@testable import AnnexKit

/// 'Dat is P procent' restating the sentence before (issue 11), when that sentence gives the part as a count of the
/// quantity before it by a word of reference: 'N van hen' after its count ('Bij 132 van hen …'), as 'N daarvan'
/// does, or 'Bij N daarvan' after a sentence that states a part of its own whole ('Van de W … er M. Bij N daarvan
/// …'), where 'daarvan' takes the group named last, that part M, not the whole W. A count larger than that part is
/// no part of it, and the share stays `unverifiable`. A rest 'De overige N' after a sentence that states a part and
/// its whole ('Van de W … er M.') is W less M, as a rest in percent is; a rest that names a noun of its own binds
/// weakly.
@Suite("Verify: 'Dat is P procent' after a count of the group the sentence before named")
struct VerifyRestatingDatTests {
    @Test(
        "The count of a word of reference and the group it refers to are the share's part and whole",
        arguments: [
            // 132 / 480 = 27,5%; 31 is planted.
            ("In 2025 namen 480 scholen deel aan de proef. Bij 132 van hen daalde het verzuim. Dat komt neer op 27,5 "
                + "procent.", "27,5 procent", Verdict.consistent, 27.5),
            ("In 2025 namen 480 scholen deel aan de proef. Bij 132 van hen daalde het verzuim. Dat komt neer op 31 "
                + "procent.", "31 procent", .inconsistent, 27.5),
            // 270 / 900 = 30%; 21,6 is 270 / 1.250, the wrong whole.
            ("Van de 1.250 gemelde schades werden er 900 vergoed. Bij 270 daarvan ging het om stormschade. Dat is 30 "
                + "procent.", "30 procent", .consistent, 30.0),
            ("Van de 1.250 gemelde schades werden er 900 vergoed. Bij 270 daarvan ging het om stormschade. Dat is 21,6 "
                + "procent.", "21,6 procent", .inconsistent, 30.0),
        ])
    func referredPart(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test(
        "In doubt no part and whole: a count larger than the part the sentence before states",
        arguments: [
            // 950 cannot be a part of the 300 rejected: 'daarvan' may mean the 1.250, or something else.
            ("Van de 1.250 gemelde schades werden er 300 afgewezen. Bij 950 daarvan ging het om stormschade. Dat is 76 "
                + "procent.", "76 procent")
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test(
        "'De overige N' after a stated part and whole is the whole less the part",
        arguments: [
            // 64 - 48 = 16; 20 is planted.
            ("Van de 64 geplande controles zijn er 48 uitgevoerd. De overige 16 worden in het voorjaar "
                + "uitgevoerd.", "16",
                Verdict.consistent),
            ("Van de 64 geplande controles zijn er 48 uitgevoerd. De overige 20 worden in het voorjaar "
                + "uitgevoerd.", "20",
                .inconsistent),
        ])
    func restOfStatedPart(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("In doubt no rest: a rest that names a noun of its own may count something else")
    func restOfOtherNoun() throws {
        try expectUnverifiable(
            "20", in: "Van de 64 geplande controles zijn er 48 uitgevoerd. De overige 20 inspecteurs werkten elders.")
    }
}

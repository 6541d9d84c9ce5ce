import Foundation
import Testing

/// The `annex` executable as users and CI call it.
@Suite("Command line", .serialized)
struct CLITests {
    @Test("annex build without specs builds every spec in reports/")
    func build() throws {
        let out = try temporaryFolder()
        let run = try annex(["build", "--out", out])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("samenwerking-2024: 46 bestanden in \(out)/samenwerking-2024/"))
        #expect(FileManager.default.fileExists(atPath: out + "/samenwerking-2024/samenwerking-2024.xlsx"))
    }

    @Test("annex build --lang en writes the English annex beside the Dutch one; an unknown language is refused")
    func language() throws {
        let out = try temporaryFolder()
        let run = try annex(["build", "--lang", "en", "--out", out])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("samenwerking-2024: 46 bestanden in \(out)/samenwerking-2024.en/"))
        let markdown = try readText(out + "/samenwerking-2024.en/samenwerking-2024.md")
        #expect(markdown.hasPrefix("# Statistical annex to 'Samenwerking tussen forensische zorg en gemeenten'"))
        let refused = try annex(["build", "--lang", "fr", "--out", out])
        #expect(refused.status != 0 && refused.errors.contains("fr"))
    }

    @Test("annex check on the project's data exits 0 and lists alias resolutions")
    func check() throws {
        let run = try annex(["check", "data"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("reports/samenwerking-2024.yaml: data in orde"))
        #expect(run.output.contains("'Capelle ad IJssel' → Capelle aan den IJssel [abbreviation]"))
        let english = try annex(["check", "data", "--lang", "en"])
        #expect(english.status == 0 && english.output.contains("Suspect in the published table (Notifications end of detention 2023)"))
    }

    @Test("Bad input: exit 1, file:line:column message, nothing written")
    func badInput() throws {
        let project = try miniProject()
        let manager = FileManager.default
        let figures = project + "/data/figures/meldingen.csv"
        let broken = try readText(figures).replacingOccurrences(of: "gemeente,Rotterdam,begin,2023,1763", with: "gemeente,Roterdam,begin,2023,1.763,5")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: figures))

        let build = try annex(["build", "--out", project + "/out"], in: project)
        #expect(build.status == 1)
        #expect(build.errors.contains("data/figures/meldingen.csv:5: 8 velden in deze regel, de kopregel heeft er 7"))
        #expect(!manager.fileExists(atPath: project + "/out/mini"))

        let fixed = broken.replacingOccurrences(of: "1.763,5", with: "1.763")
        try Data(fixed.utf8).write(to: URL(fileURLWithPath: figures))
        let check = try annex(["check", "data"], in: project)
        #expect(check.status == 1)
        #expect(check.output.contains("data/figures/meldingen.csv:5:2: onbekende gemeente 'Roterdam'; bedoelt u: Rotterdam"))
    }

    @Test("Exit codes and errors in plain Dutch: a missing folder, an output folder that is a file, a size limit")
    func plainErrors() throws {
        let project = try miniProject()
        let noReports = try annex(["build"], in: try temporaryFolder())
        #expect(noReports.status == 64)
        #expect(noReports.errors.contains("map reports/ niet te lezen: bestaat niet"))
        try Data("geen map".utf8).write(to: URL(fileURLWithPath: project + "/out"))
        let outIsFile = try annex(["build", "--out", "out"], in: project)
        #expect(outIsFile.status == 1)
        #expect(outIsFile.errors.hasPrefix("out: uitvoermap niet aan te maken: "))
        #expect(outIsFile.errors.contains("reports/mini.yaml: niet gebouwd; de vorige uitvoer is ongewijzigd"))
        let tooLarge = try annex(["check", "data", "--max-input-size", "1K"], in: project)
        #expect(tooLarge.status == 1)
        #expect(tooLarge.output.contains("fout: reports/mini.yaml: bestand is 1.717 bytes, meer dan de grens van"))
        let badSize = try annex(["build", "--max-input-size", "veel"], in: project)
        #expect(badSize.status == 64 && badSize.errors.contains("--max-input-size: 'veel' is geen grootte"))
        for run in [noReports, outIsFile, tooLarge, badSize] {
            #expect(!(run.output + run.errors).contains("Domain"), "\(run.errors)")
        }
    }

    @Test("annex verify: exit 0 when every claim holds, 1 when one does not; JSON on request")
    func verify() throws {
        let right = try temporaryFile("goed.md", "In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.\n")
        let ok = try annex(["verify", right, "--report", Paths.miniSpec])
        #expect(ok.status == 0, "\(ok.errors)")
        #expect(ok.output.hasPrefix("r. 1 consistent [total] 3240: Nederland 2022: 3.240"))
        let wrong = try temporaryFile("fout.md", "In 2022 werden in totaal 3.250 meldingen 'begin detentie' gedaan.\n")
        let failed = try annex(["verify", wrong, "--report", Paths.miniSpec, "--format", "json"])
        #expect(failed.status == 1)
        #expect(failed.output.contains("\"verdict\":\"inconsistent\""))
    }
}


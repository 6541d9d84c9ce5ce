import Foundation
import Testing
@testable import AnnexKit

/// The `annex` executable as users and CI call it.
@Suite("Command line", .serialized)
struct CLITests {
    static let summary = "3 over de gemeentelijke indeling, 1 totaal, 82 onvolledige sommen, "
        + "6 over gepubliceerde aandelen, 49 verdacht, 23 correcties, 3 namen"

    @Test("annex build without specs builds every spec in reports/ and counts its findings by kind")
    func build() throws {
        let out = try temporaryFolder()
        let run = try annex(["build", "--out", out])
        #expect(run.status == 0, "\(run.errors)")
        let folder = "\(out)/samenwerking-2024"
        #expect(run.output == """
            samenwerking-2024: 47 bestanden in \(folder)/
              bevindingen: \(Self.summary) (details in \(folder)/findings.csv of met --verbose)

            """)
        #expect(FileManager.default.fileExists(atPath: folder + "/samenwerking-2024.xlsx"))
        let findings = try readText(folder + "/findings.csv").components(separatedBy: "\r\n")
        #expect(findings[0] == "table,kind,finding" && findings.count == 1 + 3 + 1 + 82 + 6 + 49 + 23 + 3 + 1)
        #expect(
            findings.contains {
                $0.hasPrefix(
                    "wmo-opvang-verblijf-gemeente,suspicion,\"Verdacht in de gepubliceerde "
                                                 + "tabel (Instroom 2022): Tubbergen heeft 14.080") })
    }

    @Test("--verbose names every file and finding with its measure and period; --quiet prints nothing")
    func verbosity() throws {
        let out = try temporaryFolder()
        let verbose = try annex(["build", "--out", out, "--verbose"])
        #expect(verbose.output.contains("\n  figures.csv\n"))
        #expect(
            verbose.output.contains(
                "\n  wmo-opvang-verblijf-gemeente: Verdacht in de gepubliceerde tabel (Uitstroom "
                                        + "2022): Tubbergen: van 405 in 2021 naar 15.760 in 2022"))
        #expect(verbose.output.contains("(details in \(out)/samenwerking-2024/findings.csv)\n"))
        #expect(!verbose.output.contains("--verbose"))
        let quiet = try annex(["build", "--out", out, "--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.errors.isEmpty)
        let both = try annex(["build", "--quiet", "--verbose"])
        #expect(both.status != 0 && both.errors.contains("--quiet en --verbose sluiten elkaar uit"))
    }

    @Test("annex build --lang en writes the English annex beside the Dutch one and says so in English")
    func language() throws {
        let out = try temporaryFolder()
        let run = try annex(["build", "--lang", "en", "--out", out])
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.output.hasPrefix(
                "samenwerking-2024: 47 files in \(out)/samenwerking-2024.en/\n  findings: 3 on municipal "
                                     + "boundaries, 1 total, 82 incomplete sums, 6 on published shares, 49 suspicions, "
                                     + "23 corrections, 3 names"))
        let markdown = try readText(out + "/samenwerking-2024.en/samenwerking-2024.md")
        #expect(markdown.hasPrefix("# Statistical annex to 'Samenwerking tussen forensische zorg en gemeenten'"))
        let refused = try annex(["build", "--lang", "fr", "--out", out])
        #expect(refused.status != 0 && refused.errors.contains("fr"))
    }

    @Test("--version, and help in the language of --lang")
    func versionAndHelp() throws {
        let version = try annex(["--version"])
        #expect(version.status == 0 && version.output.hasPrefix("annex "))
        let dutch = try annex(["build", "--help"])
        #expect(dutch.output.contains("Bouw de bijlage") && dutch.output.contains("Druk niets af behalve fouten"))
        let english = try annex(["build", "--help", "--lang", "en"])
        #expect(english.output.contains("Build the annex") && english.output.contains("Print nothing but errors"))
        #expect(!english.output.contains("Bouw de bijlage"))
    }

    @Test("annex build --formats writes the formats asked for and refuses an unknown one")
    func formats() throws {
        let project = try miniProject()
        let out = project + "/out"
        let run = try annex(["build", "--out", out, "--formats", "csv, md"], in: project)
        #expect(run.status == 0, "\(run.errors)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out + "/mini")
            .filter { $0.contains(".") && $0 != Publication.marker }
        #expect(Set(files.map { ($0 as NSString).pathExtension }) == ["csv", "md"])
        #expect(!files.contains("figures.csv"))
        let machine = try annex(["build", "--out", out, "--formats", "figures"], in: project)
        #expect(machine.status == 0, "\(machine.errors)")
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out + "/mini"))
        #expect(written == ["figures.csv", "figures.json", "findings.csv", Publication.marker])
        for wrong in ["csv,pdf", "", "csv,"] {
            let refused = try annex(["build", "--out", out, "--formats", wrong], in: project)
            #expect(refused.status == 64)
            #expect(refused.errors.contains("--formats: '\(wrong)' is geen lijst van formaten"))
        }
    }

    @Test("annex check on the project's data exits 0; counts findings and names, each one with --verbose")
    func check() throws {
        let run = try annex(["check", "data"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output == """
            reports/samenwerking-2024.yaml: data in orde
              bevindingen: \(Self.summary)
              0 meldingen over de invoer, 24 namen via de aliaslijst, dekking van 6 tabellen en jaren \
            (details met --verbose)

            """)
        let spec = try annex(["check", "reports/samenwerking-2024.yaml", "--data", "data"])
        #expect(spec.status == 0 && spec.output == run.output)
        let verbose = try annex(["check", "data", "--verbose"])
        #expect(verbose.output.contains("'Capelle ad IJssel' → Capelle aan den IJssel [abbreviation]"))
        #expect(verbose.output.contains("\n  0 meldingen over de invoer, 24 namen via de aliaslijst, "
                                        + "dekking van 6 tabellen en jaren\n"))
        let english = try annex(["check", "data", "--lang", "en", "--verbose"])
        #expect(english.status == 0)
        #expect(english.output.contains("Suspect in the published table (Notifications end of detention 2023)"))
        #expect(english.output.contains(", 24 names through the alias list, coverage of 6 tables and years\n"))
        for run in [verbose, english] { #expect(!run.output.contains("--verbose")) }
    }

    @Test("annex check SPEC… checks the specs named, as annex build does; a folder among them is the data folder")
    func checkSelected() throws {
        let project = try miniProject()
        let broken = try readText(project + "/reports/mini.yaml")
            .replacingOccurrences(of: "id: mini", with: "id: kapot")
            .replacingOccurrences(of: "figures/meldingen.csv", with: "figures/ontbreekt.csv")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: project + "/reports/kapot.yaml"))
        let every = try annex(["check"], in: project)
        #expect(every.status == 1 && every.output.contains("reports/mini.yaml: data in orde\n"))
        #expect(every.errors.contains("reports/kapot.yaml: 1 fout(en)"))
        let selections = [["reports/mini.yaml"], ["data", "reports/mini.yaml"], ["reports/mini.yaml", "--data", "data"]]
        for arguments in selections {
            let one = try annex(["check"] + arguments, in: project)
            #expect(one.status == 0 && one.errors.isEmpty, "\(arguments): \(one.errors)")
            #expect(one.output.hasPrefix("reports/mini.yaml: data in orde\n") && !one.output.contains("kapot"))
        }
        let otherData = try annex(["check", "reports/mini.yaml", "--data", "elders"], in: project)
        #expect(otherData.status == 1 && otherData.errors.contains("elders/"))
        let twoFolders = try annex(["check", "data", "--data", "data"], in: project)
        #expect(twoFolders.status == 64 && twoFolders.errors.contains("noem één datamap: als argument of met --data"))
    }

    @Test("Options joined by '=', repeated, after '--', and usage errors read as ArgumentParser reads them")
    func commandLineShapes() throws {
        let project = try miniProject()
        let plain = try annex(["build", "--out", project + "/a", "--formats", "csv,md"], in: project)
        #expect(plain.status == 0, "\(plain.errors)")
        // The last of a repeated option counts; '--' ends the options; '=' joins a value to its option.
        let shapes = [["--out=" + project + "/b", "--formats=md,csv"],
                      ["--formats", "xlsx", "--out", project + "/x", "--formats", "csv,md", "--out", project + "/b"],
                      ["--out", project + "/b", "--formats", "csv,md", "--quiet", "--quiet", "--", "reports/mini.yaml"]]
        for arguments in shapes {
            try? FileManager.default.removeItem(atPath: project + "/b")
            let run = try annex(["build"] + arguments, in: project)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            #expect(run.output.isEmpty || run.output == plain.output.replacingOccurrences(of: "/a/", with: "/b/"))
            let written = try FileManager.default.subpathsOfDirectory(atPath: project + "/b/mini").sorted()
            #expect(written == (try FileManager.default.subpathsOfDirectory(atPath: project + "/a/mini").sorted()))
        }
        let usage: [([String], String)] = [
            (["build", "--out", "--quiet"], "Error: Missing value for '--out <out>'"),
            (["check", "--lang", "xx"], "Error: The value 'xx' is invalid for '--lang <lang>'"),
            (["check", "-q"], "Error: Unknown option '-q'"),
            (["check", "--verbose", "--quiet"], "Error: --quiet en --verbose sluiten elkaar uit"),
        ]
        for (arguments, error) in usage {
            let run = try annex(arguments, in: project)
            #expect(run.status == 64 && run.errors.hasPrefix(error), "\(arguments): \(run.errors)")
            #expect(run.errors.contains("Usage: annex \(arguments[0]) [<specs> ...]"))
        }
        let empty = try annex(["check", ""], in: project)
        #expect(empty.status == 1 && empty.errors.contains(": bestand niet te lezen (bestaat niet)"))
    }

    @Test("Bad input: exit 1, file:line:column message, nothing written")
    func badInput() throws {
        let project = try miniProject()
        let manager = FileManager.default
        let figures = project + "/data/figures/meldingen.csv"
        let broken = try readText(figures).replacingOccurrences(
            of: "gemeente,Rotterdam,begin,2023,1763", with: "gemeente,Roterdam,begin,2023,1.763,5")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: figures))

        let build = try annex(["build", "--out", project + "/out"], in: project)
        #expect(build.status == 1)
        #expect(build.errors.contains("data/figures/meldingen.csv:5: 8 velden in deze regel, de kopregel heeft er 7"))
        #expect(!manager.fileExists(atPath: project + "/out/mini"))

        let english = try annex(["build", "--out", project + "/out", "--lang", "en"], in: project)
        #expect(english.errors.contains("data/figures/meldingen.csv:5: 8 fields on this line, the header has 7"))
        #expect(english.errors.contains("reports/mini.yaml: not built (1 error(s)); the previous output is unchanged"))
        let fixed = broken.replacingOccurrences(of: "1.763,5", with: "1.763")
        try Data(fixed.utf8).write(to: URL(fileURLWithPath: figures))
        let check = try annex(["check", "data"], in: project)
        #expect(check.status == 1)
        #expect(
            check.errors.contains("data/figures/meldingen.csv:5:2: onbekende gemeente 'Roterdam'; bedoelt u: Rotterdam")
        )
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
        #expect(tooLarge.errors.contains("fout: reports/mini.yaml: bestand is 1.717 bytes, meer dan de grens van"))
        let badSize = try annex(["build", "--max-input-size", "veel"], in: project)
        #expect(badSize.status == 64 && badSize.errors.contains("--max-input-size: 'veel' is geen grootte"))
        for run in [noReports, outIsFile, tooLarge, badSize] {
            #expect(!(run.output + run.errors).contains("Domain"), "\(run.errors)")
        }
    }

    @Test("annex verify: exit 0 when every claim holds, 1 when one does not; the sentence quoted once")
    func verify() throws {
        let right = try temporaryFile("goed.md", "In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.\n")
        let ok = try annex(["verify", right, "--report", Paths.miniSpec])
        #expect(ok.status == 0, "\(ok.errors)")
        #expect(ok.output == """
            r. 1 «In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.»
              klopt [aantal] 3.240: uit de data: Nederland 2022 = 3.240
            1 bewering: klopt 1, klopt niet 0, niet te controleren 0
              aantal: 1 (klopt 1, klopt niet 0, niet te controleren 0)

            """)
        let wrong = try temporaryFile("fout.md", "In 2022 werden in totaal 3.250 meldingen 'begin detentie' gedaan.\n")
        let failed = try annex(["verify", wrong, "--report", Paths.miniSpec, "--format", "json"])
        #expect(failed.status == 1)
        #expect(failed.output.contains(
            "\"written\":\"3.250\",\"claimed\":3250,\"recomputed\":3240,\"verdict\":\"inconsistent\""))
    }

    @Test("annex verify on a text alone, in a folder without reports/ or templates/; --lang en")
    func verifyTextOnly() throws {
        let folder = try temporaryFolder()
        let text = folder + "/tekst.md"
        try Data("De instroom steeg van 100 in 2020 naar 110 in 2021, een stijging van 12%.\n".utf8)
            .write(to: URL(fileURLWithPath: text))
        let dutch = try annex(["verify", "tekst.md"], in: folder)
        #expect(dutch.status == 1, "\(dutch.errors)")
        #expect(dutch.output.contains("klopt niet [verandering] 12%: uit de tekst: 100 (2020) → 110 (2021) = +10,0%"))
        let quiet = try annex(["verify", "tekst.md", "--quiet"], in: folder)
        #expect(quiet.status == 1 && quiet.output.isEmpty)
        let english = try annex(["verify", "tekst.md", "--lang", "en"], in: folder)
        #expect(english.output.contains("inconsistent [change] 12%: from the text: 100 (2020) → 110 (2021) = +10.0%"))
        #expect(english.output.hasSuffix("1 claim: consistent 0, inconsistent 1, unverifiable 0\n"
                                         + "  change: 1 (consistent 0, inconsistent 1, unverifiable 0)\n"))
    }

    @Test("annex verify exits 3 when nothing was checked, 0 with --allow-empty, 2 on usage and input errors")
    func verifyStatus() throws {
        let none = try temporaryFile("leeg.md", "Geen getallen, alleen woorden.\n")
        let nothing = try annex(["verify", none])
        #expect(nothing.status == 3 && nothing.errors.contains("niets nagerekend"))
        #expect(nothing.output == "geen beweringen gevonden\n")
        #expect(try annex(["verify", none, "--allow-empty"]).status == 0)
        let vague = try temporaryFile("vaag.md",
                                      "In 2022 werden ruim 3.000 meldingen gedaan, in 2023 nam dat licht toe.\n")
        #expect(try annex(["verify", vague]).status == 3)

        let binary = try temporaryFile("binair.md", "PK\u{3}\u{4}\u{0}\u{0}\u{8}\u{0}")
        let refused = try annex(["verify", binary])
        #expect(refused.status == 2 && refused.errors.contains("binair"))
        #expect(try annex(["verify", none + ".ontbreekt"]).status == 2)
        #expect(try annex(["verify", none, "--onbekend"]).status == 2)
        #expect(try annex(["verify", none, "--format", "xml"]).status == 2)
        #expect(try annex(["verify"]).status == 2)
        let large = try annex(["verify", vague, "--max-input-size", "10"])
        #expect(large.status == 2 && large.errors.contains("meer dan de grens"), "\(large.errors)")
        #expect(try annex(["verify", vague, "--max-input-size", "veel"]).status == 2)
        #expect(try annex(["verify", "/dev/zero"]).status == 2)
    }

    @Test("annex verify --format csv writes through the shared CSV writer: quotes and formula-like cells")
    func verifyCSV() throws {
        let sentence = "=Het aantal steeg van 100 in 2020 naar 110 in 2021, \"een\" stijging van 10%."
        let text = try temporaryFile("tekst.md", sentence + "\n")
        let run = try annex(["verify", text, "--format", "csv"])
        #expect(run.status == 0, "\(run.errors)")
        var writer = CSVWriter()
        writer.row(["line", "quote", "kind", "written", "claimed", "recomputed", "verdict", "reason", "sources"])
        writer.row(["1", sentence, "change", "10%", "10", "10", "consistent",
                    "uit de tekst: 100 (2020) → 110 (2021) = +10,0%",
                    "text:1: 2020 = 100; text:1: 2021 = 110"])
        #expect(run.output == writer.text)
    }

    @Test("annex new-edition: the year's file and one command make the next edition, which builds")
    func newEdition() throws {
        let project = try NewEditionTests.project()
        let file = try NewEditionTests.delivery()
        let run = try annex(["new-edition", "reports/mini.yaml", "--year", "2025", "--id", "mini-2025",
                "--add", "meldingen=\(file)", "--supplier", "DJI", "--date", "2025-04-02",
            ], in: project.root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("mini-2025: reports/mini-2025.yaml\n"))
        #expect(run.output.contains("  meldingen: 2022, 2023, 2024, 2025\n"))
        let build = try annex(["build", "reports/mini-2025.yaml", "--out", "out"], in: project.root)
        #expect(build.status == 0, "\(build.errors)")
        let refused = try annex(
            ["new-edition", "reports/mini.yaml", "--year", "2025", "--id", "mini-2025"], in: project.root)
        #expect(refused.status == 1 && refused.errors.contains("reports/mini-2025.yaml bestaat al"))
    }

    @Test("annex init writes a report that builds as it is; it never overwrites one")
    func initReport() throws {
        let root = try NewReportTests.project()
        let run = try annex(["init", "mijn-bijlage"], in: root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("  reports/mijn-bijlage.yaml\n  data/figures/mijn-bijlage/meldingen.csv\n"))
        #expect(run.output.contains("swift run annex build reports/mijn-bijlage.yaml"))
        let build = try annex(["build", "reports/mijn-bijlage.yaml", "--out", "out"], in: root)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output == "mijn-bijlage: 8 bestanden in out/mijn-bijlage/\n  geen bevindingen\n")
        let again = try annex(["init", "mijn-bijlage"], in: root)
        #expect(again.status == 1 && again.errors.contains("reports/mijn-bijlage.yaml bestaat al"))
    }

    @Test("annex verify without --report finds the text's report, or names the specs to choose from")
    func verifyFindsReport() throws {
        let project = try MiniProject()
        let text = project.root + "/mini-verslag.md"
        try Data("In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.\n".utf8)
            .write(to: URL(fileURLWithPath: text))
        let found = try annex(["verify", "mini-verslag.md"], in: project.root)
        #expect(found.status == 0 && found.errors.contains("rapport: reports/mini.yaml"), "\(found.errors)")
        try FileManager.default.copyItem(atPath: project.spec, toPath: project.root + "/reports/ander.yaml")
        try project.edit("reports/ander.yaml", [("id: mini", "id: ander")])
        let other = project.root + "/verslag.md"
        try FileManager.default.copyItem(atPath: text, toPath: other)
        let choose = try annex(["verify", "verslag.md"], in: project.root)
        #expect(choose.status != 0)
        #expect(choose.errors.contains("kies er een met --report: reports/ander.yaml, reports/mini.yaml"))
        try Data("PK\u{3}\u{4}\u{0}\u{0}".utf8).write(to: URL(fileURLWithPath: project.root + "/binair.md"))
        let binary = try annex(["verify", "binair.md"], in: project.root)
        #expect(binary.status == 2 && binary.errors.contains("binair") && !binary.errors.contains("--report"))
    }
}

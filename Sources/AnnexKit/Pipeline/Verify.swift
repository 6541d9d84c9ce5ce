import Foundation

/// `annex verify`: the claims of a text checked from its own numbers and, with a report, against
/// the report's figures.
public enum Verify {
    /// A verifier for the report at `specPath` (its figures, their sources cited in the words of `words`, its
    /// vocabulary and municipalities); without a spec, one that checks only what the text's own numbers show.
    public static func verifier(specPath: String?, loaded: ReportSpec? = nil, dataRoot: String? = nil,
                                citing words: CitationWords) throws -> Verifier
    {
        guard let specPath else { return Verifier(report: nil, citing: words) }
        let inputs = try ReportLoader.load(specPath: specPath, loaded: loaded, dataRoot: dataRoot, charts: false)
        let report = try ReportComputer.compute(inputs, charts: false)
        var vocabulary = Vocabulary.empty
        if let path = try inputs.spec.vocabulary.map({ try inputs.dataFolder.resolve($0) }) {
            vocabulary = try Vocabulary.load(path: path)
            let problems = vocabulary.problems(with: inputs.spec)
            if !problems.isEmpty { throw LoadErrors(problems.map { LoadError(file: path, .invalidSpec(reason: $0)) }) }
        }
        return Verifier(report: report, citing: words, vocabulary: vocabulary, gazetteer: inputs.gazetteer)
    }

    /// How many folders up from the executable its checkout's `templates/` may be
    /// (`.build/x86_64-unknown-linux-gnu/release/annex`).
    static let executableDepth = 4

    /// The templates that word verify's output: beside the spec's folder, else `templates/` in the
    /// working folder, else those of the checkout the executable was built in, so that a text can be
    /// checked from any folder; `templates` when none has translations.
    public static func defaultTemplates(specPath: String?, executable: URL?) -> String {
        var candidates = specPath.map { [ReportLoader.sibling("templates", ofSpec: $0)] } ?? []
        candidates.append("templates")
        if var folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            for _ in 0..<executableDepth {
                candidates.append(folder.appendingPathComponent("templates").path)
                folder.deleteLastPathComponent()
            }
        }
        let found = candidates.first {
            FileManager.default.fileExists(atPath: PhraseBook.path(templates: $0, language: .source))
        }
        return found ?? "templates"
    }

    /// The words of verify's output in `language`, from `templates/i18n/`.
    public static func words(templates: String, language: Language) throws -> FindingText {
        FindingText(phrases: try PhraseBook.load(templates: templates, language: language))
    }

    /// How `annex verify` ends: 0 when claims were checked and none is inconsistent, 1 when one is,
    /// 3 when nothing was checked (no claim, or none consistent or inconsistent); 2 is for usage
    /// and input errors.
    public static func exitStatus(consistent: Int, inconsistent: Int, allowEmpty: Bool) -> Int32 {
        if inconsistent > 0 { return 1 }
        if consistent == 0 && !allowEmpty { return 3 }
        return 0
    }
}

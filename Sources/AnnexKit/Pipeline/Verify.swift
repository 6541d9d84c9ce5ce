/// `annex verify`: the claims of a text checked against a report's figures.
public enum Verify {
    public static func run(textPath: String, specPath: String, dataRoot: String? = nil) throws -> [VerifiedClaim] {
        let inputs = try ReportLoader.load(specPath: specPath, dataRoot: dataRoot)
        let report = try ReportComputer.compute(inputs)
        let vocabulary = try inputs.spec.vocabulary.map { try Vocabulary.load(path: inputs.dataFolder.resolve($0)) }
            ?? Vocabulary(regions: nil, measures: [])
        let document = try TextDocument(path: textPath)
        return Verifier(report: report, vocabulary: vocabulary, gazetteer: inputs.gazetteer).verify(document)
    }
}

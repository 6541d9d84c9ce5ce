/// A line that gives the value of one period after a spaced dash ('2023 – 1.240', 'Q2 2024 - 9.430', '2021 – 48%
/// tevreden'), as newsletters and member magazines write a short series. In a block of two or more such lines each is
/// read as the value line 'period: value' it stands for (`TextDocument`, as rows pasted with spaces are), so the lines
/// give a series of periods (`PeriodSeries`). A label that is no period ('Oost – 12.000') or a dash between two
/// periods ('2019 – 2023') stays text.
enum DashedPeriodLine {
    /// The value line the line `text` stands for, if it is such a line.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        let plain = PlainLine(text).scalars
        guard
            let dash = plain.indices.dropFirst().dropLast().first(where: { index in
                plain[index - 1] == " " && plain[index + 1] == " " && dashes.contains(plain[index])
            })
        else { return nil }
        let label = String(scalars: PlainLine.trimmed(plain[..<(dash - 1)]))
        let value = String(scalars: PlainLine.trimmed(plain[(dash + 2)...]))
        guard isPeriod(label), !value.isEmpty else { return nil }
        return TabValueLine.line(cells: [label, value])
    }

    /// Whether a label names one period and nothing else: a year, a quarter or a month, or a quarter or month and
    /// its year ('2023', 'Q1', 'maart 2024').
    private static func isPeriod(_ label: String) -> Bool {
        let moments = label.lowercased().split(separator: " ").map { LabelMoment.named(by: String($0)) }
        guard (1...2).contains(moments.count), moments.allSatisfy({ $0 != nil }) else { return false }
        let kinds = moments.compactMap { $0?.kind }
        return kinds.count == 1 || kinds.filter { $0 == .year }.count == 1
    }

    /// Dashes that split a period from its value, with a space either side.
    private static let dashes: Set<Unicode.Scalar> = ["–", "-", "—"]
}

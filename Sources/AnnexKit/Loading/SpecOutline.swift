import Yams

/// What a spec's text says before it is decoded and checked, read from its composed YAML: enough to start work
/// beside the decoding. Such work is taken only where the spec as loaded says the same (`EarlyReference`), or is
/// of no harm when it does not (libxlsxwriter opened for nothing).
public struct SpecOutline: Sendable {
    /// The reference folder its top-level `reference` names, when that is a scalar.
    public let reference: String?
    /// Whether its top-level `figures` lists any figure: then the workbooks draw charts and maps.
    public let drawsFigures: Bool

    init(_ root: Node) {
        let top = root.mapping
        reference = top?.first { $0.key.string == "reference" }?.value.string
        drawsFigures = top?.first { $0.key.string == "figures" }?.value.sequence.map { !$0.isEmpty } ?? false
    }
}

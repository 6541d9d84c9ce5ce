import Foundation

/// The reference folder read beside the spec's decoding and checks: started as soon as the spec's text
/// names a folder (its top-level `reference`), and taken by `ReportLoader` only when the spec as loaded
/// names the same folder. What it yields or throws is what reading the folder after the spec would.
final class EarlyReference: Sendable {
    /// The folder as the spec's text names it, relative to the data folder.
    let name: String
    private let work: SideWork<Gazetteer>

    /// Starts reading `name` (resolved in `folder`) on a thread of its own.
    init(name: String, folder: DataFolder) {
        self.name = name
        work = SideWork { try ReferenceLoader.load(folder: folder.resolve(name)) }
    }

    /// The reference `spec` names, when it is the folder read here; nil when the spec names another folder or
    /// none. Waits for the reading either way.
    func gazetteer(for spec: ReportSpec) throws -> Gazetteer? {
        let read = Result { try work.result() }
        guard spec.reference == name else { return nil }
        return try read.get()
    }

    /// Waits for the reading, whatever came of it: a caller that does not take the reference (its spec
    /// failed) still leaves no thread behind.
    func finish() { _ = try? work.result() }
}

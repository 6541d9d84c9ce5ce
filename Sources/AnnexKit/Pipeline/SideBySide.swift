import Foundation

/// Independent pieces of work done at the same time, one per processor, their results in the
/// pieces' order whatever order they finish in: the tables of a report are read so, and the figures
/// drawn. The run's `Limits` hold for every piece, on whichever thread it runs.
enum SideBySide {
    /// `work(0)`, `work(1)`, … `work(count - 1)`, done at the same time.
    static func map<Value: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let limits = Limits.current
        let results = Results<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = Limits.$current.withValue(limits) { work(index) }
            results.set(index, value)
        }
        return results.values
    }
}

/// The result of each piece, filled in from several threads; every one is set once the work is done.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Value?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        results[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}

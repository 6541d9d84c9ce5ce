extension String {
    /// The text of `scalars`, built from their UTF-8 at once: the same text as `String(String.UnicodeScalarView(…))`,
    /// which appends the scalars one by one and costs many times more. The readers build a word, number or line so.
    init(scalars: some Sequence<Unicode.Scalar>) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        self = String(decoding: utf8, as: UTF8.self)
    }
}

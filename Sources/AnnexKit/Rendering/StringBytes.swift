extension String {
    /// Calls `body` with the UTF-8 bytes of the string: where they lie when they lie side by side (a native
    /// string), else made so in a copy. `String.withUTF8` alone would need a copy of the string for every call, a
    /// retain and a release.
    @inline(__always)
    func withUTF8InPlace<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = self
        return text.withUTF8(body)
    }

    /// A string made in one allocation: the bytes `write` puts, at most `count` of them (whole UTF-8 texts and
    /// digits). Appending texts to a string one by one checks its room and kind at every append.
    init(atMost count: Int, _ write: (inout ByteCursor) -> Void) {
        self.init(unsafeUninitializedCapacity: count) { room in
            var cursor = ByteCursor(room)
            write(&cursor)
            return cursor.count
        }
    }
}

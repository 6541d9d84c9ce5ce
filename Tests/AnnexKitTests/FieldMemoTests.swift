import Testing
@testable import AnnexKit

@Suite("A column's texts remembered by their bytes")
struct FieldMemoTests {
    /// The values `memo` gives `texts` in turn, and the texts it read (not remembered) on the way.
    func values(_ texts: [String], _ memo: inout FieldMemo<Int>) -> (values: [Int?], read: [String]) {
        var read: [String] = []
        let values = texts.map { text in
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                memo.value(bytes) { text in
                    read.append(text)
                    return text == "fout" ? nil : text.utf8.count
                }
            }
        }
        return (values, read)
    }

    @Test("Each text is read once; what fails to read is read again each time")
    func readOnce() {
        var memo = FieldMemo<Int>(capacity: 4)
        let (found, read) = values(["2022", "2023", "2022", "fout", "", "2023", "fout", "", "é"], &memo)
        #expect(found == [4, 4, 4, nil, 0, 4, nil, 0, 2])
        #expect(read == ["2022", "2023", "fout", "", "fout", "é"])
    }

    @Test("A full memo keeps its first texts and the latest in its last place")
    func full() {
        var memo = FieldMemo<Int>(capacity: 2)
        let (_, read) = values(["a", "bb", "ccc", "a", "ccc", "bb", "a", "bb"], &memo)
        #expect(read == ["a", "bb", "ccc", "bb"])
        var last = FieldMemo<Int>(capacity: 1)
        #expect(values(["x", "x", "yy", "x", "x"], &last).read == ["x", "yy", "x"])
    }
}

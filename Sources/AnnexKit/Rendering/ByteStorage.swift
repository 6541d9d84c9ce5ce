import Foundation

/// The memory of a `ByteBuffer` and its copies: allocated, grown and freed here; the buffers read and write it
/// through the address they keep (`base`), and change it only while they alone hold it.
final class ByteStorage: @unchecked Sendable {  // changed only by a buffer that holds it alone
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    /// The storage of every empty buffer made without room: none of them holds it alone, so the first
    /// append gets storage of its own.
    static let empty = ByteStorage(capacity: 0)

    init(capacity: Int) {
        // At least a byte, so that `base` is an address even without room.
        base = malloc(Swift.max(capacity, 1))!.assumingMemoryBound(to: UInt8.self)
        self.capacity = capacity
    }

    /// New storage with `bytes` at its start and room for `capacity` bytes in all.
    convenience init(copying bytes: UnsafeBufferPointer<UInt8>, capacity: Int) {
        self.init(capacity: capacity)
        if let source = bytes.baseAddress { base.update(from: source, count: bytes.count) }
    }

    deinit { free(base) }

    /// Room for `capacity` bytes in all, the bytes there kept (the storage may move: `base` says where it is).
    func grow(to capacity: Int) {
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
        self.capacity = capacity
    }
}

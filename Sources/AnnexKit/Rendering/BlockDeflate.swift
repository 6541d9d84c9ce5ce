import CDeflate

/// One ZIP entry deflated in blocks on several threads, as pigz does: the content is cut into
/// blocks of `blockSize`; each block is deflated on a thread of its own, primed with the last
/// 32 KB before it (so the compression is nearly that of one stream) and ended with a sync flush
/// (the last one with finish), so that the blocks' outputs, joined in order, are one raw deflate
/// stream. Each thread also takes its block's CRC-32; they are joined with `crc32_combine`.
///
/// At most `blocksInFlight` blocks are held at a time, so the memory does not grow with the entry.
final class BlockDeflate {
    /// How much content a thread deflates at a time.
    static let blockSize = 1 << 20
    /// How far back deflate looks for repeated text: a block is primed with this much before it.
    static let window = 1 << 15
    /// Blocks being deflated while the next is filled: enough to keep every core busy.
    static let blocksInFlight = 4

    /// A deflated block: its output, the CRC-32 of its input and the input's length.
    struct Block: Sendable {
        let output: [UInt8]
        let crc: UInt
        let length: Int
    }

    private let level: Int32
    private let memoryLevel: Int32
    private var block: [UInt8] = []
    private var dictionary: [UInt8] = []
    private var inFlight: [SideWork<Block?>] = []
    private(set) var crc: UInt = crc32(0, nil, 0)

    init(level: Int32, memoryLevel: Int32) {
        (self.level, self.memoryLevel) = (level, memoryLevel)
        block.reserveCapacity(Self.blockSize)
    }

    /// More content; deflated output that is ready (in order) is appended to `out`. Returns how
    /// many bytes were appended.
    func write(_ input: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) throws -> UInt64 {
        var produced: UInt64 = 0
        var rest = input[...]
        while !rest.isEmpty {
            let taken = rest.prefix(Self.blockSize - block.count)
            block.append(contentsOf: taken)
            rest = rest.dropFirst(taken.count)
            if block.count == Self.blockSize { produced += try send(last: false, to: &out) }
        }
        return produced
    }

    /// Deflates what is left as the last block and appends every remaining output to `out`;
    /// returns how many bytes were appended. `crc` is then the CRC-32 of the whole content.
    func finish(to out: inout ByteBuffer) throws -> UInt64 {
        var produced = try send(last: true, to: &out)
        while !inFlight.isEmpty { produced += try collect(to: &out) }
        return produced
    }

    /// Starts deflating the current block; waits for the oldest when too many are under way.
    private func send(last: Bool, to out: inout ByteBuffer) throws -> UInt64 {
        let (input, primer, level, memoryLevel) = (block, dictionary, level, memoryLevel)
        inFlight.append(SideWork {
            Self.deflate(input, primer: primer, level: level, memoryLevel: memoryLevel, last: last)
        })
        dictionary = Array(block.suffix(Self.window))
        block.removeAll(keepingCapacity: true)
        return inFlight.count > Self.blocksInFlight ? try collect(to: &out) : 0
    }

    /// Waits for the oldest block and appends its output.
    private func collect(to out: inout ByteBuffer) throws -> UInt64 {
        guard let done = try inFlight.removeFirst().result() else { throw DeflateFailure() }
        out.append(contentsOf: done.output)
        crc = crc32_combine(crc, done.crc, Int(done.length))
        return UInt64(done.output.count)
    }

    /// zlib refused to deflate (no memory for its state).
    struct DeflateFailure: Error {}

    /// One block as raw deflate, primed with `primer`, ended with a sync flush or, `last`, finished.
    private static func deflate(_ input: [UInt8], primer: [UInt8], level: Int32, memoryLevel: Int32,
                                last: Bool) -> Block? {
        // zlib's state points back at the stream: it lives at one address, on the heap.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard annex_deflate_init(stream, level, memoryLevel) == Z_OK else { return nil }
        defer { deflateEnd(stream) }
        if !primer.isEmpty {
            guard primer.withUnsafeBufferPointer({ deflateSetDictionary(stream, $0.baseAddress, UInt32($0.count)) })
                == Z_OK else { return nil }
        }
        // Room for the worst case, and the few bytes of a sync flush's empty block.
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(input.count))) + 16)
        let flush = last ? Z_FINISH : Z_SYNC_FLUSH
        let (result, left) = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = UInt32(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = UInt32(target.count)
                return (CDeflate.deflate(stream, flush), Int(stream.pointee.avail_out))
            }
        }
        guard result == (last ? Z_STREAM_END : Z_OK), stream.pointee.avail_in == 0 else { return nil }
        output.removeLast(left)
        let crc = input.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        return Block(output: output, crc: crc, length: input.count)
    }
}

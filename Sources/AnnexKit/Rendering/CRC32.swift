import CDeflate
import Foundation

/// zlib's CRC-32: the checksum of PNG chunks and of ZIP entries alike.
enum CRC32 {
    /// The CRC-32 of `bytes`.
    static func of(_ bytes: some ContiguousBytes) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: UInt8.self).baseAddress, UInt32($0.count))) }
    }
}

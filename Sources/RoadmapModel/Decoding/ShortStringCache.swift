/// Short ASCII strings already made into `String`s, by their bytes: a roadmap repeats the same
/// keys ("name", "start"), codes ("Pr", "new", "FS") and ids thousands of times, and looking
/// one up is several times cheaper than making it again. Direct-mapped: a miss just replaces
/// the entry. Only for strings of at most 15 bytes, which Swift stores inline (no allocation).
final class ShortStringCache {
    struct Entry {
        var low: UInt64
        var high: UInt64
        var length: Int
        var string: String
    }

    static let longest = 15
    private let size: Int
    /// 64 less the number of bits of an index into the table.
    private let shift: UInt64
    private let entries: UnsafeMutablePointer<Entry>

    /// A table for a text of `byteCount` bytes.
    init(byteCount: Int) {
        var bits = 6
        while bits < 12, (16 << bits) < byteCount { bits += 1 }
        size = 1 << bits
        shift = UInt64(64 - bits)
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(low: 0, high: 0, length: -1, string: ""), count: size)
    }

    deinit {
        entries.deinitialize(count: size)
        entries.deallocate()
    }

    /// The string of the `length` (at most 15) ASCII bytes at `start`; the 16 bytes from
    /// `start` must be readable.
    @inline(__always)
    func string(at start: UnsafePointer<UInt8>, length: Int) -> String {
        let raw = UnsafeRawPointer(start)
        var low = raw.loadUnaligned(as: UInt64.self)
        var high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        // Keep only the string's own bytes (little-endian: the first byte is the lowest).
        if length < 8 {
            low &= (1 &<< UInt64(8 * length)) &- 1
            high = 0
        } else {
            high &= (1 &<< UInt64(8 * (length - 8))) &- 1
        }
        let hash = ((low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F)) >> shift
        let entry = entries + Int(truncatingIfNeeded: hash)
        if entry.pointee.low == low, entry.pointee.high == high, entry.pointee.length == length {
            return entry.pointee.string
        }
        let text = String(decoding: UnsafeBufferPointer(start: start, count: length), as: UTF8.self)
        entry.pointee = Entry(low: low, high: high, length: length, string: text)
        return text
    }
}

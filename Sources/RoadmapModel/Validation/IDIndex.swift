#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one identity rule for ids: two ids are the same when their bytes are. Swift's `==` on
/// strings compares canonical equivalence instead (`café` written with é or with e and a
/// combining accent are equal; so are the Kelvin sign and `K`), which would let an id match a
/// reference whose bytes differ. Once validated, every id is ASCII and both rules agree; this
/// one holds before validation too.
public func sameID(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let contiguous = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
        }
    }
    return (contiguous ?? nil) ?? a.utf8.elementsEqual(b.utf8)
}

/// Ids to the index of the first element with each, by bytes (`sameID`).
///
/// A table of its own rather than a `Dictionary`: looking ids up — every dependency's two,
/// every team's and area's reference — was a tenth of loading a roadmap of 100,000 activities,
/// most of it in the standard library's SipHash of each id. Open addressing with linear probing
/// over a power-of-two table at most half full, each id hashed once, by its bytes, eight at a
/// time. The hash starts from a seed drawn once per process, as the standard library's does,
/// so that a file cannot be written to make its ids collide: which ids share a slot depends on
/// the seed, which the file cannot know.
public struct IDIndex: Sendable {
    /// Per slot: 0 when empty, else 1 + the position of its entry.
    private var slots: [UInt32]
    /// Per entry, in the order inserted: the id's hash, the id, and its element's index.
    private var hashes: [UInt64] = []
    private var ids: [String] = []
    private var indices: [Int] = []

    public init(capacity: Int = 0) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        hashes.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        indices.reserveCapacity(capacity)
    }

    /// The index of the first id of each value in `ids`; empty ids are left out.
    public init<C: Collection>(_ ids: C) where C.Element == String, C.Index == Int {
        self.init(capacity: ids.count)
        for i in ids.indices where !ids[i].isEmpty { _ = insert(ids[i], at: i) }
    }

    /// Records `id` at `index` unless it is already there; returns the index it already had.
    @discardableResult
    public mutating func insert(_ id: String, at index: Int) -> Int? {
        var id = id
        let hash = id.withUTF8 { Self.hash($0) }
        if let known = find(id, hash: hash) { return indices[known] }
        if 2 * (ids.count + 1) > slots.count { grow() }
        hashes.append(hash)
        ids.append(id)
        indices.append(index)
        place(ids.count - 1, hash: hash)
        return nil
    }

    public subscript(_ id: String) -> Int? {
        var id = id
        let hash = id.withUTF8 { Self.hash($0) }
        return find(id, hash: hash).map { indices[$0] }
    }

    public var count: Int { ids.count }

    /// The entry holding `id`, whose hash is `hash`.
    private func find(_ id: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let k = Int(entry) - 1
            if hashes[k] == hash, sameID(ids[k], id) { return k }
            slot = (slot + 1) & mask
        }
    }

    /// Puts entry `k` in the first free slot from its hash's.
    private mutating func place(_ k: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(k + 1)
    }

    /// Twice the slots, every entry placed again from its kept hash.
    private mutating func grow() {
        slots = Array(repeating: 0, count: Self.slotCount(for: 2 * ids.count + 2))
        for k in hashes.indices { place(k, hash: hashes[k]) }
    }

    /// A power of two at least twice `capacity` (and 8).
    private static func slotCount(for capacity: Int) -> Int {
        var count = 8
        while count < 2 * capacity { count <<= 1 }
        return count
    }

    /// Drawn once per process.
    private static let seed = UInt64.random(in: .min ... .max)

    /// The bytes eight at a time, each word mixed in by a multiplication and a shift, then the
    /// whole finished as SplitMix64 finishes its state.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9
        var h = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= bytes.count {
            h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* multiplier
            h ^= h >> 31
            i += 8
        }
        if i < bytes.count {
            var word: UInt64 = 0
            for k in i..<bytes.count { word |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
            h = (h ^ word) &* multiplier
            h ^= h >> 31
        }
        h = (h ^ (h >> 30)) &* multiplier
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

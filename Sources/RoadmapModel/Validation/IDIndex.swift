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

/// Ids to the index of the first element with each, by bytes (`sameID`). A `Dictionary`, whose
/// hash is seeded per process, so that a file cannot be written to make its ids collide.
public struct IDIndex: Sendable {
    private var first: [Key: Int] = [:]

    public init(capacity: Int = 0) {
        first.reserveCapacity(capacity)
    }

    /// The index of the first id of each value in `ids`; empty ids are left out.
    public init<C: Collection>(_ ids: C) where C.Element == String, C.Index == Int {
        first.reserveCapacity(ids.count)
        for i in ids.indices where !ids[i].isEmpty { _ = insert(ids[i], at: i) }
    }

    /// Records `id` at `index` unless it is already there; returns the index it already had.
    @discardableResult
    public mutating func insert(_ id: String, at index: Int) -> Int? {
        let key = Key(id)
        if let earlier = first[key] { return earlier }
        first[key] = index
        return nil
    }

    public subscript(_ id: String) -> Int? { first[Key(id)] }

    public var count: Int { first.count }

    /// A string hashed and compared by its bytes.
    private struct Key: Hashable, Sendable {
        let text: String
        init(_ text: String) { self.text = text }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
        }

        static func == (a: Key, b: Key) -> Bool { sameID(a.text, b.text) }
    }
}

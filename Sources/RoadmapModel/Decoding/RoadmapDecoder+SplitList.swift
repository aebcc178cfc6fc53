import Dispatch
import Synchronization

// A long list of activities or dependencies is read on two processors. Where its second half
// starts cannot be known without reading the first, so it is guessed: a place in the middle
// of the list where an element seems to start (`}`, a comma, `{` and the element's first key).
// The other processor reads elements from there, while this one reads from the list's start
// as always. When this one reaches the guessed place at an element's start, the guess was an
// element's start, and the elements read from it are the ones this reading would have read:
// they are taken, and the reading goes on where the other stopped (the list's end, the first
// element with a finding, or a syntax error). When it passes the place without an element
// starting there (a string, a nested list), the other processor's work is thrown away. Either
// way the elements, the findings and their order are those of one reading from the start:
// SplitListTests guesses every byte of a file in turn.

/// What the second processor read from the guessed start of a list's second half.
final class SecondHalf<Element>: @unchecked Sendable {
    /// The guessed start of an element: where the first reading takes over the results.
    let start: Int
    /// Not an array: an array's elements can only be copied into another (each string
    /// retained, then released with the array), and 50,000 activities took 4 to 6 ms so.
    private let elements = MovableElements<Element>()
    private(set) var offsets: [Int] = []
    /// The position after the last element read: the reading goes on from there.
    private(set) var resumeAt: Int
    /// Set when the first reading went past `start` without an element starting there.
    private let abandoned = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    /// Starts reading elements at `start` on another processor, each with `element`, up to the
    /// list's end or the first element with a finding: a finding names its element's index,
    /// which only the first reading knows, so that element and the rest are left to it.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, estimatedEnd: Int,
         element: @escaping @Sendable (inout RoadmapDecoder) throws(JSONSyntaxError) -> Element) {
        self.start = start
        resumeAt = start
        let bytesAddress = UInt(bitPattern: bytes.baseAddress), count = bytes.count
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: bytesAddress), count: count)
            var decoder = RoadmapDecoder(bytes: bytes)
            decoder.reader.continueAt(start)
            // Local until the end: the class's properties are checked for exclusive access at
            // each use.
            var offsets: [Int] = [], resumeAt = start
            defer {
                (self.offsets, self.resumeAt) = (offsets, resumeAt)
                done.signal()
            }
            var first = true
            while !abandoned.load(ordering: .relaxed) {
                guard (try? decoder.reader.nextElement(&first)) == true else { return }
                decoder.reader.skipWhitespace()
                let offset = decoder.reader.position
                guard let value = try? element(&decoder), decoder.diagnostics.isEmpty else { return }
                if elements.count == 64 {
                    // As the first reading does (`list`): room for the rest at the size of the first ones.
                    let more = max(0, estimatedEnd - offset) / max(1, (offset - start) / 64)
                    elements.reserve(64 + more + 1)
                    offsets.reserveCapacity(64 + more + 1)
                }
                elements.append(value)
                offsets.append(offset)
                resumeAt = decoder.reader.position
            }
        }
    }

    /// Waits for the other processor; `abandon` first asks it to stop at its next element.
    /// Must be called before the bytes go away, whatever became of the reading.
    func finish(abandon: Bool) {
        if abandon { abandoned.store(true, ordering: .relaxed) }
        guard !waited else { return }
        done.wait()
        waited = true
    }

    /// Moves the elements read to the end of `list` (they are not kept twice), and gives
    /// their offsets.
    func moveElements(appendingTo list: inout [Element]) -> [Int] {
        elements.move(appendingTo: &list)
        defer { offsets = [] }
        return offsets
    }

    var count: Int { elements.count }
}

/// Elements appended one by one, then moved into an array without a copy (`Array` can only
/// copy its elements out).
final class MovableElements<Element> {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0
    private var capacity = 0

    deinit {
        base?.deinitialize(count: count)
        base?.deallocate()
    }

    func reserve(_ wanted: Int) {
        guard wanted > capacity else { return }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: wanted)
        // Room never written to costs address space only; what is written, in huge pages.
        HugePages.advise(grown, count: wanted)
        if let base {
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = grown
        capacity = wanted
    }

    func append(_ element: consuming Element) {
        if count == capacity { reserve(max(64, 2 * capacity)) }
        (base! + count).initialize(to: element)
        count += 1
    }

    func move(appendingTo list: inout [Element]) {
        guard let base, count > 0 else { return }
        list.reserveCapacity(list.count + count)
        for k in 0..<count { list.append((base + k).move()) }
        count = 0
    }
}

extension RoadmapDecoder {
    /// The other processor's reading of the list whose elements start at `listStart`, when the
    /// list is long enough to be worth it (or `splitListsAt` says where, in tests).
    func secondHalfOfList<T>(startingAfter listStart: Int, firstKey: String,
                             element: @escaping @Sendable (inout RoadmapDecoder) throws(JSONSyntaxError) -> T) -> SecondHalf<T>? {
        guard usesFastPaths else { return nil }
        let guess: (start: Int, end: Int)?
        if let forced = splitListsAt {
            guess = (forced, reader.bytes.count)
        } else {
            guess = ListSplit.middle(of: reader.bytes, listStart: listStart, firstKey: firstKey)
        }
        guard let guess, guess.start < reader.bytes.count else { return nil }
        return SecondHalf(bytes: reader.bytes, start: guess.start, estimatedEnd: guess.end, element: element)
    }
}

/// Where to split a list between two processors.
enum ListSplit {
    /// Below this many bytes a list is read on one processor: starting another costs more.
    static let smallestList = 1 << 20
    /// How far from a guessed place an element's start is looked for.
    static let lookAhead = 1 << 16

    /// The start of an element of the list that starts at `listStart`, about halfway through
    /// the list: its end is found by bisection (the first key of the elements met, `firstKey`,
    /// tells whether a place is still in the list), so that nothing is read whole. Nil for a
    /// list too short to split, or when no element's start is found.
    static func middle(of bytes: UnsafeBufferPointer<UInt8>, listStart: Int, firstKey: String) -> (start: Int, end: Int)? {
        guard bytes.count - listStart >= smallestList else { return nil }
        let key = Array(("\"" + firstKey + "\"").utf8)
        var inside = listStart, beyond = bytes.count
        while beyond - inside > lookAhead {
            let probe = inside + (beyond - inside) / 2
            if let found = elementStart(in: bytes, from: probe, key: key), found < beyond { inside = probe } else { beyond = probe }
        }
        guard beyond - listStart >= smallestList else { return nil }
        guard let start = elementStart(in: bytes, from: listStart + (beyond - listStart) / 2, key: key) else { return nil }
        return (start, beyond)
    }

    /// The first place after `from` (within `lookAhead`) that looks like an element's start:
    /// `}`, spaces, `,`, spaces, `{`, spaces and `key`; the position of its `{`.
    static func elementStart(in bytes: UnsafeBufferPointer<UInt8>, from: Int, key: [UInt8]) -> Int? {
        let limit = min(bytes.count, from + lookAhead)
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        var p = max(0, from)
        while p < limit {
            guard bytes[p] == UInt8(ascii: "}") else { p += 1; continue }
            var q = p + 1
            while q < limit, isSpace(bytes[q]) { q += 1 }
            guard q < limit, bytes[q] == UInt8(ascii: ",") else { p += 1; continue }
            q += 1
            while q < limit, isSpace(bytes[q]) { q += 1 }
            guard q < limit, bytes[q] == UInt8(ascii: "{") else { p += 1; continue }
            let brace = q
            q += 1
            while q < limit, isSpace(bytes[q]) { q += 1 }
            if q + key.count <= bytes.count, bytes[q..<(q + key.count)].elementsEqual(key) { return brace }
            p += 1
        }
        return nil
    }
}

import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text made comparable for search: lower case, accents removed (é → e, œ → oe), typographic
/// apostrophes made plain, runs of spaces made one. Done scalar by scalar with a table for the
/// Latin letters French uses, rather than through Unicode normalization, because a search
/// index over a hundred thousand names is built while the user types.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        String(decoding: foldedBytes(text), as: UTF8.self)
    }

    static func foldedBytes(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = true  // drops leading spaces
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                var byte = UInt8(v)
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if !lastWasSpace { result.append(0x20) }
                    lastWasSpace = true
                    continue
                }
                if byte >= 65 && byte <= 90 { byte += 32 }
                result.append(byte)
                lastWasSpace = false
                continue
            }
            switch v {
            case 0x300...0x36F:
                continue  // combining accents, as in a decomposed é
            case 0xA0, 0x202F, 0x2009, 0x2002...0x2007:
                if !lastWasSpace { result.append(0x20) }
                lastWasSpace = true
                continue
            case 0x2018, 0x2019, 0x02BC:
                result.append(UInt8(ascii: "'"))
            default:
                if let plain = latin[v] {
                    result.append(contentsOf: plain.utf8)
                } else {
                    result.append(contentsOf: String(Character(scalar)).lowercased().utf8)
                }
            }
            lastWasSpace = false
        }
        while result.last == 0x20 { result.removeLast() }
        return result
    }

    /// Latin letters with diacritics (both cases) and ligatures, to their plain lower-case form.
    private static let latin: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀăĂąĄ", "a"), ("çÇćĆĉĈċĊčČ", "c"), ("ďĎđĐ", "d"),
            ("èéêëÈÉÊËēĒĕĔėĖęĘěĚ", "e"), ("ĝĜğĞġĠģĢ", "g"), ("ĥĤħĦ", "h"),
            ("ìíîïÌÍÎÏĩĨīĪĭĬįĮıİ", "i"), ("ĵĴ", "j"), ("ķĶ", "k"), ("ĺĹļĻľĽŀĿłŁ", "l"),
            ("ñÑńŃņŅňŇ", "n"), ("òóôõöøÒÓÔÕÖØōŌŏŎőŐ", "o"), ("ŕŔŗŖřŘ", "r"),
            ("śŚŝŜşŞšŠ", "s"), ("ţŢťŤŧŦ", "t"), ("ùúûüÙÚÛÜũŨūŪŭŬůŮűŰųŲ", "u"),
            ("ŵŴ", "w"), ("ýÿÝŷŶŸ", "y"), ("źŹżŻžŽ", "z"),
        ]
        var table: [UInt32: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"].reduce(into: [:]) {
            $0[$1.key.unicodeScalars.first!.value] = $1.value
        }
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = plain }
        }
        return table
    }()
}

/// The folded names of every activity, computed once per roadmap so that searching a large
/// roadmap on every key press stays instant: one byte buffer, searched byte by byte.
public final class SearchIndex: @unchecked Sendable {
    private let bytes: [UInt8]
    /// Activity i's text is bytes[starts[i] ..< starts[i + 1]].
    private let starts: [Int]

    public init(roadmap: Roadmap) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(roadmap.activities.count + 1)
        for activity in roadmap.activities {
            bytes += TextFolding.foldedBytes(activity.name.fr)
            bytes.append(1)
            bytes += TextFolding.foldedBytes(activity.name.en)
            bytes.append(1)
            bytes += TextFolding.foldedBytes(activity.id)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// `folded` must already be folded with `TextFolding.fold`.
    public func matches(activity: Int, folded: String) -> Bool {
        if folded.isEmpty { return true }
        let start = starts[activity], count = starts[activity + 1] - start
        var needle = folded
        return needle.withUTF8 { needle in
            bytes.withUnsafeBufferPointer { haystack in
                let n = needle.count
                guard n <= count else { return false }
                let first = needle[0]
                var i = start
                let last = start + count - n
                while i <= last {
                    if haystack[i] == first {
                        var k = 1
                        while k < n && haystack[i + k] == needle[k] { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// A search index built the first time a search needs it, then shared by every what-if copy of
/// the same roadmap (the names do not change when dates do).
public final class LazySearchIndex: @unchecked Sendable {
    private let roadmap: Roadmap
    private var built: SearchIndex?
    private let lock = NSLockLite()

    public init(roadmap: Roadmap) { self.roadmap = roadmap }

    public var index: SearchIndex {
        lock.withLock {
            if let built { return built }
            let index = SearchIndex(roadmap: roadmap)
            built = index
            return index
        }
    }

    /// Whether the index is made (by a search or `buildInBackground`).
    public var isBuilt: Bool { lock.withLock { built != nil } }

    /// Makes the index on another thread, so that the explorer's first search key finds it
    /// ready (a search key arriving before it is done waits for it rather than making another).
    public func buildInBackground() {
        DispatchQueue.global(qos: .utility).async { _ = self.index }
    }
}

/// A mutex without Foundation.
final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

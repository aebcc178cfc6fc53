#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The grapheme clusters of a short run of scalars that may join (`TextWidth.segments`), and
/// their columns, kept once broken. The same few runs — an emoji sequence, a flag, a keycap —
/// come back in name after name, and breaking one into Characters costs a microsecond or two:
/// a tenth of the text export's time on long names, where one begins every name.
///
/// Kept per thread (the exports draw on every processor; a lock shared by them cost as much
/// as the breaking), keyed by the run's exact bytes — not by the String, whose equality and
/// hash are canonical: "é" as one scalar and as two would share an entry and draw the other's
/// scalars. Runs longer than 32 bytes are broken each time.
enum ClusterRuns {
    static func clusters(of run: Substring) -> [(Character, Int)] {
        guard let key = Key(run.utf8) else { return run.map { ($0, TextWidth.of($0)) } }
        let cache = Cache.current
        if let known = cache.runs[key] { return known }
        let broken = run.map { ($0, TextWidth.of($0)) }
        // Bounded: a document of many different runs keeps the first few thousand.
        if cache.runs.count < 4096 { cache.runs[key] = broken }
        return broken
    }

    /// Up to 32 bytes (a family of four and its joiners takes 25), packed into four words.
    struct Key: Hashable {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count: UInt8 = 0

        init?(_ bytes: Substring.UTF8View) {
            guard bytes.count <= 32 else { return nil }
            withUnsafeMutableBytes(of: &words) { packed in
                for (i, byte) in bytes.enumerated() { packed[i] = byte }
            }
            count = UInt8(bytes.count)
        }

        static func == (a: Key, b: Key) -> Bool {
            a.count == b.count && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(words.3)
            hasher.combine(count)
        }
    }

    /// One thread's runs.
    final class Cache {
        var runs: [Key: [(Character, Int)]] = [:]

        /// The calling thread's cache, made on first use and released with the thread.
        static var current: Cache {
            if let existing = pthread_getspecific(key) { return Unmanaged<Cache>.fromOpaque(existing).takeUnretainedValue() }
            let cache = Cache()
            pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
            return cache
        }

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                if let pointer { Unmanaged<Cache>.fromOpaque(pointer).release() }
            }
            return key
        }()
    }
}

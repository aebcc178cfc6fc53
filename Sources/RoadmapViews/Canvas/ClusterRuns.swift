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
/// scalars. Runs longer than sixteen bytes are broken each time.
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

    /// Up to sixteen bytes, packed into two words.
    struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt8 = 0

        init?(_ bytes: Substring.UTF8View) {
            guard bytes.count <= 16 else { return nil }
            for (i, byte) in bytes.enumerated() {
                if i < 8 { low |= UInt64(byte) << (8 * i) } else { high |= UInt64(byte) << (8 * (i - 8)) }
            }
            count = UInt8(bytes.count)
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

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
/// scalars. Runs longer than 32 bytes are broken each time. The runs are kept in a table of
/// `Cache.slots` places, a run in the place its bytes hash to (a newer run takes the place of
/// an older one): a Dictionary's hashing of the key was most of looking a run up, and a run is
/// looked up for every line of a long name that has a flag in it.
enum ClusterRuns {
    /// The clusters of `run`, valid UTF-8 (a String's bytes).
    static func clusters(of run: UnsafeBufferPointer<UInt8>) -> [(Character, Int)] {
        func broken() -> [(Character, Int)] { String(decoding: run, as: UTF8.self).map { ($0, TextWidth.of($0)) } }
        guard let key = Key(run) else { return broken() }
        let cache = Cache.current
        let slot = key.slot
        if let known = cache.keys[slot], known == key { return cache.runs[slot] }
        let clusters = broken()
        cache.keys[slot] = key
        cache.runs[slot] = clusters
        return clusters
    }

    /// Up to 32 bytes (a family of four and its joiners takes 25), packed into four words.
    struct Key: Equatable {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count: UInt8 = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 32 else { return nil }
            withUnsafeMutableBytes(of: &words) { packed in
                packed.copyMemory(from: UnsafeRawBufferPointer(bytes))
            }
            count = UInt8(bytes.count)
        }

        static func == (a: Key, b: Key) -> Bool {
            a.count == b.count && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
        }

        /// The key's place in a thread's table: its words mixed by multiplication (a run's
        /// bytes are not chosen to collide, and a collision only breaks a run again).
        var slot: Int {
            let m: UInt64 = 0xBF58_476D_1CE4_E5B9
            var mixed = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
            mixed = (mixed ^ words.0) &* m
            mixed = (mixed ^ words.1) &* m
            mixed = (mixed ^ words.2) &* m
            mixed = (mixed ^ words.3) &* m
            return Int(truncatingIfNeeded: mixed >> (64 - Cache.slotBits))
        }
    }

    /// One thread's runs.
    final class Cache {
        static let slotBits = 10
        static let slots = 1 << slotBits
        var keys = [Key?](repeating: nil, count: slots)
        var runs = [[(Character, Int)]](repeating: [], count: slots)

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

import Foundation

/// Roadmap ids made from the names a plan uses (areas, teams): lower-case ASCII words joined
/// by hyphens, as the schema's id rule asks, accents dropped ("Données ouvertes" →
/// "donnees-ouvertes"), and a number added when two names make the same id.
struct ImportIdentifiers {
    private var used: Set<String> = []
    /// Ids reserved and not yet in `used`: a plan whose rows all give their ids (every CSV)
    /// makes none, and hashing its 100,000 ids into a set no one asks was a tenth of the
    /// builder's time (perf).
    private var reserved: [String] = []
    private let fallback: String

    init(fallback: String) { self.fallback = fallback }

    mutating func make(from name: String) -> String {
        if !reserved.isEmpty {
            used.reserveCapacity(used.count + reserved.count)
            for id in reserved { used.insert(id) }
            reserved = []
        }
        var base = ImportIdentifiers.slug(name)
        if base.isEmpty { base = fallback }
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Ids that are already taken (the file's own), so that a made one never repeats them.
    mutating func reserve(_ id: String) { reserved.append(id) }

    static func slug(_ name: String, limit: Int = 48) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(v | (0x41...0x5A).contains(v).bit)!)
                if out.utf8.count >= limit { break }
            } else if v >= 0x300 && v <= 0x36F {
                continue // a combining accent of the letter before
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}

private extension Bool {
    /// The bit that lower-cases an ASCII capital.
    var bit: UInt32 { self ? 0x20 : 0 }
}

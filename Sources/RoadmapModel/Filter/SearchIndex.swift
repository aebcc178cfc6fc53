import Foundation

/// Text made comparable for search: lower case, accents removed (é → e, œ → oe), typographic
/// apostrophes made plain, runs of spaces made one.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        if text.isEmpty { return "" }
        var result = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue  // combining accents
            case 0x2019, 0x2018, 0x02BC: result.append("'")
            case 0x153: result.append(contentsOf: "oe".unicodeScalars)
            case 0xE6: result.append(contentsOf: "ae".unicodeScalars)
            case 0x20, 0x09, 0xA0, 0x202F:
                if !lastWasSpace && !result.isEmpty { result.append(" ") }
                lastWasSpace = true
                continue
            default: result.append(scalar)
            }
            lastWasSpace = false
        }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

/// The folded names of every activity, computed once per roadmap so that searching a large
/// roadmap on every key press stays instant.
public final class SearchIndex: @unchecked Sendable {
    private let haystacks: [String]

    public init(roadmap: Roadmap) {
        haystacks = roadmap.activities.map { activity in
            TextFolding.fold(activity.name.fr) + "\u{1}" + TextFolding.fold(activity.name.en) + "\u{1}" + activity.id.lowercased()
        }
    }

    /// `folded` must already be folded with `TextFolding.fold`.
    public func matches(activity: Int, folded: String) -> Bool {
        folded.isEmpty || haystacks[activity].contains(folded)
    }
}

/// A search index built the first time a search needs it, then shared by every what-if copy of
/// the same roadmap (the names do not change when dates do).
public final class LazySearchIndex: @unchecked Sendable {
    private let roadmap: Roadmap
    private var built: SearchIndex?
    private let lock = NSLock()

    public init(roadmap: Roadmap) { self.roadmap = roadmap }

    public var index: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = SearchIndex(roadmap: roadmap)
        built = index
        return index
    }
}

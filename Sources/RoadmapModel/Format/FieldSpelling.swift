/// The known field an unknown key most likely misspells, for the decoder's warning: the same
/// letters in another case, or at most two letters added, dropped, changed or swapped
/// ("strenght", "Strength", "startt"). Keys are short, so the quadratic distance is cheap, and
/// it is computed only for a key the format does not have.
enum FieldSpelling {
    static func closest(to key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        if let same = known.first(where: { $0.lowercased() == lowered }) { return same }
        let limit = key.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for name in known {
            let d = distance(Array(lowered.unicodeScalars), Array(name.lowercased().unicodeScalars), limit: limit)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (name, d) }
        }
        return best?.name
    }

    /// The optimal string alignment distance (Levenshtein with swaps of neighbours), or
    /// `limit + 1` as soon as it is known to exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

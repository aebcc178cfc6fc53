import RoadmapModel
#if canImport(Glibc)
import Glibc
#endif

/// A first word that is neither a file nor a subcommand but close to one (`roadmap exprot`):
/// said as the typo it is, exit 64 (a usage error), rather than read as a file that cannot be
/// opened. Anything further than two edits from every subcommand stays a FILE argument.
enum CommandTypo {
    /// The message for `arguments` (the words after `roadmap`), or nil when the first word is
    /// an option, a subcommand, an existing path, or no near miss of a subcommand.
    static func message(for arguments: [String], commands: [String], exists: (String) -> Bool = pathExists) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word), !exists(word) else { return nil }
        let ranked = commands.map { (name: $0, distance: editDistance(word, $0)) }
            .filter { $0.distance <= 2 && $0.distance < $0.name.count }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        guard let best = ranked.first else { return nil }
        return "roadmap: no file or command '\(Sanitized.inline(word))'; did you mean '\(best.name)'?"
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbours each count one (`exprot` is one swap from `export`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }

    static func pathExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}

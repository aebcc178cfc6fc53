import Foundation

/// File names as a shell completes them: `~` for the home folder, Tab for the longest common
/// beginning of the names that fit, and the list of them when there is nothing more to add.
enum PathCompletion {
    /// `~` and `~/…` name the home folder (HOME, as the shell has it); other text is unchanged.
    static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
        let base = home.hasSuffix("/") && home.count > 1 ? String(home.dropLast()) : home
        return base + path.dropFirst()
    }

    struct Completion: Equatable {
        /// Text to insert after what was typed (empty when nothing can be added).
        var addition: String
        /// Every name that fits, folders with a final `/`, sorted.
        var candidates: [String]
    }

    /// Completes the last part of `typed` (a path, maybe relative to the current folder).
    /// Hidden files are offered only when that part begins with a dot, as shells do.
    static func complete(_ typed: String, home: String?) -> Completion {
        // `~` alone completes to `~/`, as in a shell, rather than to names beside the home folder.
        if typed == "~", let home, !home.isEmpty { return Completion(addition: "/", candidates: []) }
        let expanded = expandingTilde(typed, home: home)
        let folder: String, prefix: String
        if let slash = expanded.lastIndex(of: "/") {
            folder = slash == expanded.startIndex ? "/" : String(expanded[...slash])
            prefix = String(expanded[expanded.index(after: slash)...])
        } else {
            folder = "."
            prefix = expanded
        }
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return Completion(addition: "", candidates: []) }
        var candidates: [String] = []
        for name in names where name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !name.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            _ = manager.fileExists(atPath: path, isDirectory: &isFolder)
            candidates.append(isFolder.boolValue ? name + "/" : name)
        }
        candidates.sort()
        guard let first = candidates.first else { return Completion(addition: "", candidates: []) }
        // The longest beginning that every candidate shares, in whole characters.
        var common = Array(first)
        for candidate in candidates.dropFirst() {
            let other = Array(candidate)
            var k = 0
            while k < common.count, k < other.count, common[k] == other[k] { k += 1 }
            common.removeSubrange(k...)
        }
        let addition = common.count > prefix.count ? String(common[Array(prefix).count...]) : ""
        return Completion(addition: addition, candidates: candidates)
    }
}

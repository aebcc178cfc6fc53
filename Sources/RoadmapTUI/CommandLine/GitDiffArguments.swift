/// What git hands an external diff driver (`diff.<driver>.command`, `GIT_EXTERNAL_DIFF`): seven
/// arguments — path, old-file, old-hex, old-mode, new-file, new-hex, new-mode — and two more for
/// a renamed file, new-path and git's note on the rename. A file added or deleted is
/// `/dev/null` on its missing side, with `.` for its hex and mode. Told apart from a user's
/// arguments by the hexes and the modes, which no roadmap file is called.
struct GitDiffArguments: Equatable {
    let path: String
    let oldFile: String
    let oldHex: String
    let newFile: String
    let newHex: String
    /// The path after a rename, when git passes one.
    let newPath: String?

    init?(_ arguments: [String]) {
        guard arguments.count == 7 || arguments.count == 9,
              Self.isHex(arguments[2]), Self.isMode(arguments[3]), Self.isHex(arguments[5]), Self.isMode(arguments[6]) else { return nil }
        path = arguments[0]
        oldFile = arguments[1]
        oldHex = arguments[2]
        newFile = arguments[4]
        newHex = arguments[5]
        newPath = arguments.count == 9 ? arguments[7] : nil
    }

    /// A full object name (SHA-1 or SHA-256), or `.` for a side that does not exist.
    static func isHex(_ text: String) -> Bool {
        text == "." || ((text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
    }

    /// A file mode in octal (100644, 100755, 120000), or `.`.
    static func isMode(_ text: String) -> Bool {
        text == "." || (text.utf8.count == 6 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x37 })
    }

    var isAdded: Bool { oldHex == "." }
    var isDeleted: Bool { newHex == "." }

    /// How the report names each side: `a/roadmap.json (1a2b3c4)`, `b/roadmap.json (working tree)`.
    var oldName: String { "a/" + path + Self.version(oldHex) }
    var newName: String { "b/" + (newPath ?? path) + Self.version(newHex) }

    /// git passes an all-zero hex for a file it has not hashed: the one in the working tree.
    private static func version(_ hex: String) -> String {
        hex.utf8.allSatisfy { $0 == 0x30 } ? " (working tree)" : " (" + String(hex.prefix(7)) + ")"
    }
}

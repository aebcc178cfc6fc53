/// The findings as the passes make them, each through its rule (`ValidationRule`), and whether
/// one is an error.
struct Findings {
    private(set) var list: [Diagnostic] = []
    private(set) var hasErrors = false

    mutating func error(_ rule: ValidationRule, _ location: DataLocation, id: String? = nil, _ message: String) {
        assert(rule.severity == .error, "\(rule) is a warning")
        list.append(.error(location, id: id, message))
        hasErrors = true
    }

    mutating func warning(_ rule: ValidationRule, _ location: DataLocation, id: String? = nil, _ message: String) {
        assert(rule.severity == .warning, "\(rule) is an error")
        list.append(.warning(location, id: id, message))
    }

    /// The index of the id a reference names. A reference with the bytes of a defined id
    /// is as good as the id (whose own finding, if it breaks the pattern, is at its
    /// definition); one that names nothing is reported by the pattern when it breaks it —
    /// which character, where (`idPattern`) — and by `rule` with `unknown` otherwise.
    @discardableResult
    mutating func resolve(_ pattern: IDRule, _ text: String, in index: IDIndex, _ location: @autoclosure () -> DataLocation,
                          id: @autoclosure () -> String?, _ rule: ValidationRule, unknown: @autoclosure () -> String) -> Int? {
        if let found = index[text] { return found }
        unresolved(pattern, text, location(), id: id(), rule, unknown: unknown())
        return nil
    }

    /// Reports a reference that names nothing.
    mutating func unresolved(_ pattern: IDRule, _ text: String, _ location: DataLocation, id: @autoclosure () -> String?,
                             _ rule: ValidationRule, unknown: @autoclosure () -> String) {
        if let problem = pattern.problem(text) {
            error(.idPattern, location, id: id(), problem)
        } else {
            error(rule, location, id: id(), unknown())
        }
    }

    /// Whether `text` follows `pattern`; when not, reports what is wrong at `location` (`idPattern`).
    @discardableResult
    mutating func follows(_ pattern: IDRule, _ text: String, _ location: @autoclosure () -> DataLocation, id: @autoclosure () -> String?) -> Bool {
        guard let problem = pattern.problem(text) else { return true }
        error(.idPattern, location(), id: id(), problem)
        return false
    }
}

/// The ids of a short list, for a message: " (known: a, b, c)", or nothing when there are
/// none or too many to be of help. Made at most once per list, however many findings use it.
final class Known {
    private let ids: [String]
    private var made: String?

    init(_ ids: [String]) { self.ids = ids }

    var suffix: String {
        if let made { return made }
        var seen = IDIndex()
        var unique: [String] = []
        for id in ids where !id.isEmpty && seen.insert(id, at: unique.count) == nil { unique.append(id) }
        let text = unique.isEmpty || unique.count > 12 ? "" : " (known: " + unique.map { Sanitized.inline($0) }.joined(separator: ", ") + ")"
        made = text
        return text
    }
}

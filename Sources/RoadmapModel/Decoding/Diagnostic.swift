/// One problem found in a roadmap file: what is wrong and where — the line and column when the
/// text itself is at fault, the place in the data and the id of the object otherwise.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// Where in the data: list, element, field and byte.
    public var location: DataLocation
    /// The id of the object the problem belongs to, when it has one.
    public var objectID: String?
    public var message: String
    /// 1-based line and column in the file, when known.
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, at location: DataLocation, objectID: String? = nil, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.location = location
        self.objectID = objectID
        self.message = message
        self.line = line
        self.column = column
    }

    public static func error(_ location: DataLocation, id: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, objectID: id, message)
    }

    public static func warning(_ location: DataLocation, id: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, objectID: id, message)
    }

    public var isError: Bool { severity == .error }

    /// Where in the data, e.g. `activities[3].finish`; empty for the document as a whole.
    public var path: String { location.path }

    /// `file:line:column: error: path (id "x"): message`, the shape compilers use, so that
    /// editors and terminals can jump to the place.
    public func formatted(file: String) -> String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var subject = path
        // The id is the file's text: sanitized here, whichever reader or rule made the finding.
        if let objectID {
            let id = Sanitized.text(objectID)
            subject += subject.isEmpty ? "id \"\(id)\"" : " (id \"\(id)\")"
        }
        return subject.isEmpty
            ? "\(place): \(severity.rawValue): \(message)"
            : "\(place): \(severity.rawValue): \(subject): \(message)"
    }

    public var description: String { formatted(file: "roadmap") }
}

extension Diagnostic {
    /// A key the format does not have, which a rewrite of the file would drop.
    public var isUnknownField: Bool { severity == .warning && message.hasPrefix(Diagnostic.unknownFieldPrefix) }

    static let unknownFieldPrefix = "unknown field "
}

/// One problem found in a roadmap file: what is wrong and where — the line and column when the
/// text itself is at fault, the path in the data and the id of the object otherwise.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// Where in the data, e.g. `activities[3].finish`; empty for the document as a whole.
    public var path: String
    /// The id of the object the problem belongs to, when it has one.
    public var objectID: String?
    public var message: String
    /// 1-based line and column in the file, when known.
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, path: String, objectID: String? = nil, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.path = path
        self.objectID = objectID
        self.message = message
        self.line = line
        self.column = column
    }

    public static func error(_ path: String, id: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, objectID: id, message)
    }

    public static func warning(_ path: String, id: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, objectID: id, message)
    }

    public var isError: Bool { severity == .error }

    /// `file:line:column: error: path (id "x"): message`, the shape compilers use, so that
    /// editors and terminals can jump to the place.
    public func formatted(file: String) -> String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var subject = path
        if let objectID { subject += subject.isEmpty ? "id \"\(objectID)\"" : " (id \"\(objectID)\")" }
        return subject.isEmpty
            ? "\(place): \(severity.rawValue): \(message)"
            : "\(place): \(severity.rawValue): \(subject): \(message)"
    }

    public var description: String { formatted(file: "roadmap") }
}

/// Turns byte offsets into 1-based lines and columns (columns count characters, not bytes).
struct LineIndex {
    private var lineStarts: [Int] = [0]
    private let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
    }

    func location(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        var column = 1
        var i = start
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (low + 1, column)
    }
}

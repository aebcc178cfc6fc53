#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What loading a roadmap gives: the roadmap when it is usable, and every problem found.
public struct LoadResult: Sendable {
    /// Nil when the file has errors.
    public var roadmap: Roadmap?
    public var diagnostics: [Diagnostic]
    /// The dependency graph validation built, when the roadmap is usable.
    public var graph: DependencyGraph?

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }

    public init(roadmap: Roadmap?, diagnostics: [Diagnostic]) {
        self.roadmap = roadmap
        self.diagnostics = diagnostics
    }
}

/// Reads, decodes and validates a roadmap in one call, for the command line and the explorer.
public enum RoadmapLoader {
    /// Decodes and validates the bytes of a roadmap file. Role aliases come back resolved.
    public static func load(bytes: [UInt8]) -> LoadResult {
        var decoded: Roadmap?
        var diagnostics: [Diagnostic] = []
        var offsets: [Int?] = []
        var elementOffsets: [String: [Int]] = [:]
        bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) -> Void in
            var decoder = RoadmapDecoder(bytes: buffer)
            do {
                decoded = try decoder.decodeDocument()
                diagnostics = decoder.diagnostics
                offsets = decoder.diagnosticOffsets
                elementOffsets = decoder.elementOffsets
            } catch let error as JSONSyntaxError {
                decoded = nil
                diagnostics = [Diagnostic(.error, path: "", "syntax error: \(error.message)")]
                offsets = [error.offset]
            } catch {
                preconditionFailure("the decoder throws only syntax errors")
            }
        }
        if bytes.isEmpty {
            return LoadResult(roadmap: nil, diagnostics: [Diagnostic(.error, path: "", "the file is empty; a roadmap is a JSON object", line: 1, column: 1)])
        }
        var graph: DependencyGraph?
        if var roadmap = decoded {
            // One owner for the arrays, so that resolving role aliases does not copy them.
            decoded = nil
            let decodeFailed = !diagnostics.isEmpty
            let findings = Validator.validate(&roadmap, structureIsComplete: !decodeFailed, graph: &graph)
            diagnostics += findings
            offsets += findings.map { elementOffset(of: $0.path, in: elementOffsets) }
            decoded = diagnostics.contains(where: \.isError) ? nil : roadmap
        }
        if offsets.contains(where: { $0 != nil }) {
            let lines = LineIndex(bytes: bytes)
            for index in diagnostics.indices {
                if let offset = offsets[index] {
                    let location = lines.location(of: offset)
                    diagnostics[index].line = location.line
                    diagnostics[index].column = location.column
                }
            }
        }
        var result = LoadResult(roadmap: decoded, diagnostics: diagnostics)
        if decoded != nil { result.graph = graph }
        return result
    }

    /// Reads the file at `path` and loads it; a file that cannot be read is one error.
    public static func load(path: String) -> LoadResult {
        switch readFile(path) {
        case .success(let bytes): return load(bytes: bytes)
        case .failure(let failure):
            return LoadResult(roadmap: nil, diagnostics: [Diagnostic(.error, path: "", failure.message)])
        }
    }

    /// The start of the object a validator path names (`activities[3].finish` → `activities[3]`).
    private static func elementOffset(of path: String, in offsets: [String: [Int]]) -> Int? {
        guard let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
              let index = Int(path[path.index(after: open)..<close]) else { return nil }
        let list = String(path[..<open])
        guard let starts = offsets[list], index >= 0, index < starts.count else { return nil }
        return starts[index]
    }
}

public struct FileError: Error, Sendable {
    public var message: String
}

/// The whole file as bytes, with the system's reason when it cannot be read.
public func readFile(_ path: String) -> Result<[UInt8], FileError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(FileError(message: "cannot open the file: \(systemError())")) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(FileError(message: "cannot read the file: \(systemError())")) }
    if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(FileError(message: "is a folder, not a roadmap file")) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(0, Int(status.st_size)))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return .failure(FileError(message: "cannot read the file: \(systemError())"))
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return .success(bytes)
}

func systemError() -> String {
    String(cString: strerror(errno))
}

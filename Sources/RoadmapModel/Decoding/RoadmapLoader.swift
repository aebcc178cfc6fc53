#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads, decodes and validates a roadmap in one call, for the command line and the explorer.
public enum RoadmapLoader {
    /// Decodes and validates the bytes of a roadmap file. Role aliases come back resolved.
    public static func load(bytes: [UInt8]) -> LoadResult {
        bytes.withUnsafeBufferPointer { load(buffer: $0) }
    }

    /// `load(bytes:)` of a mapped file, whose pages are given back once decoded (`MappedFile`).
    public static func load(mapped file: MappedFile) -> LoadResult {
        load(buffer: file.buffer, decoded: file.dropResident)
    }

    /// `decoded` is called once the bytes are decoded: after it, only a finding's line and
    /// column read them again.
    static func load(buffer bytes: UnsafeBufferPointer<UInt8>, decoded whenDecoded: () -> Void = {}) -> LoadResult {
        if bytes.isEmpty {
            return .invalid([Diagnostic(.error, at: .document, "the file is empty; a roadmap is a JSON object", line: 1, column: 1)])
        }
        var decoded: Roadmap?
        var findings: [Diagnostic] = []
        var elementOffsets: [String: [Int]] = [:]
        do throws(JSONSyntaxError) {
            var decoder = RoadmapDecoder(bytes: bytes)
            decoded = try decoder.decodeDocument()
            findings = decoder.diagnostics
            elementOffsets = decoder.elementOffsets
        } catch {
            decoded = nil
            findings = [Diagnostic(.error, at: DataLocation(offset: error.offset), "syntax error: \(error.message)")]
        }
        whenDecoded()
        var validated: ValidatedRoadmap?
        if let roadmap = decoded {
            // One owner for the arrays, so that resolving role aliases does not copy them.
            decoded = nil
            // Warnings (unknown keys) leave the structure whole; errors do not.
            let checked = Validator.check(consume roadmap, structureIsComplete: !findings.contains(where: \.isError))
            findings += checked.findings
            validated = checked.validated
        }
        // The validator's findings name an element; it starts where the decoder saw it start.
        for k in findings.indices where findings[k].location.offset == nil {
            let location = findings[k].location
            if let index = location.index, let starts = elementOffsets[location.list], starts.indices.contains(index) {
                findings[k].location.offset = starts[index]
            }
        }
        let places = LineIndex.locations(of: findings.map(\.location.offset), in: bytes)
        for k in findings.indices {
            if let place = places[k] {
                findings[k].line = place.line
                findings[k].column = place.column
            }
        }
        guard var validated else { return .invalid(findings) }
        validated.warnings = findings
        return .valid(validated)
    }

    /// Reads the file at `path` and loads it; a file that cannot be read is one error.
    public static func load(path: String) -> LoadResult {
        switch readFile(path) {
        case .success(let bytes): return load(bytes: bytes)
        case .failure(let failure): return .invalid([Diagnostic(.error, at: .document, failure.message)])
        }
    }
}

public struct FileError: Error, Sendable {
    public var message: String
    /// The file is not there (ENOENT): the one failure after which the command line may use
    /// the roadmap shipped with the program instead.
    public var isMissing = false

    public init(message: String, isMissing: Bool = false) {
        self.message = message
        self.isMissing = isMissing
    }
}

/// The whole file as bytes, with the system's reason when it cannot be read.
public func readFile(_ path: String) -> Result<[UInt8], FileError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
        let missing = errno == ENOENT
        return .failure(FileError(message: "cannot open the file: \(systemError())", isMissing: missing))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(FileError(message: "cannot read the file: \(systemError())")) }
    if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(FileError(message: "is a folder, not a roadmap file")) }
    // Read straight into the array, of the size the file has (one byte more, to see its end
    // in the same reads), in memory the kernel may back with huge pages: copying through a
    // 1 MB chunk and faulting in 4 KB pages was 5 % of the export at 100,000 activities (perf).
    let expected = max(0, Int(status.st_size))
    var failure: FileError?
    var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        HugePages.advise(base, count: buffer.count)
        while initialized < buffer.count {
            let count = read(descriptor, base + initialized, buffer.count - initialized)
            if count < 0 {
                if errno == EINTR { continue }
                failure = FileError(message: "cannot read the file: \(systemError())")
                return
            }
            if count == 0 { return }
            initialized += count
        }
    }
    if let failure { return .failure(failure) }
    // Only a file that grew since `fstat` (or a special file that reports no size) has more.
    guard bytes.count == expected + 1 else { return .success(bytes) }
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

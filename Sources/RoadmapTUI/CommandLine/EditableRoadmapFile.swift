import RoadmapModel
#if canImport(Glibc)
import Glibc
#endif

/// A roadmap file read to be written back (`roadmap progress`, the explorer's `W`): the version
/// read (`FileVersion`, to refuse writing over a version not seen), the roadmap, and what would
/// keep a rewrite from touching only what changed — a file not in canonical form, whose every
/// line the writer would rewrite (done only with the user's leave), or with fields the format
/// does not know, which the writer would drop (never done).
struct EditableRoadmapFile {
    let path: String
    let version: FileVersion?
    let validated: ValidatedRoadmap
    /// Where the file first differs from its canonical form; nil when it is canonical.
    let notCanonical: CanonicalForm.LineDifference?

    struct Refusal: Error {
        /// Each line to print (the file's findings, then why).
        let lines: [String]
    }

    /// Reads and checks `path`: a roadmap file (JSON), valid, with no unknown field.
    static func read(_ path: String) -> Result<EditableRoadmapFile, Refusal> {
        if path == "-" {
            return .failure(Refusal(lines: ["standard input has no file to update: name the roadmap file"]))
        }
        // The version before the bytes: a change while reading shows as a change at writing.
        let version = FileVersion.of(path)
        let bytes: [UInt8]
        switch readFile(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(Refusal(lines: ["\(path): error: \(failure.message)"]))
        }
        if let format = PlanImport.format(of: bytes) {
            return .failure(Refusal(lines: ["\(path): error: this is an \(format.name) plan, not a roadmap file: progress is kept in a roadmap file "
                                            + "(`roadmap import \(path) --output plan.json`, then update plan.json)"]))
        }
        let result = RoadmapLoader.load(bytes: bytes)
        guard let validated = result.validated else {
            let errors = result.errors.count
            return .failure(Refusal(lines: result.diagnostics.map { $0.formatted(file: path) }
                                    + ["\(path): error: not a valid roadmap (\(errors) error\(errors == 1 ? "" : "s")); nothing written"]))
        }
        let unknown = result.diagnostics.filter(\.isUnknownField)
        if !unknown.isEmpty {
            return .failure(Refusal(lines: unknown.map { $0.formatted(file: path) }
                                    + ["\(path): error: the file has fields the format does not know, which writing it would drop; nothing written"]))
        }
        let canonical = RoadmapJSON.bytes(validated.roadmap, layout: .canonical)
        return .success(EditableRoadmapFile(path: path, version: version, validated: validated,
                                            notCanonical: CanonicalForm.firstDifference(bytes, canonical)))
    }

    /// Whether the file may be written: its mode lets someone write it (a file made read-only,
    /// `chmod a-w`, is refused even to root, as vim refuses without `!`), and this process may.
    /// Checked before writing, since the rename that writes atomically would go through a
    /// read-only mode.
    static func isWritable(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return true }
        return status.st_mode & 0o222 != 0 && access(path, W_OK) == 0
    }

    /// Writes `roadmap` over the file in canonical form, atomically, unless the file changed on
    /// disk since it was read or is read-only; throws `OutputFile.Failure` saying which.
    func write(_ roadmap: Roadmap) throws {
        try Self.write(roadmap, to: path, ifStill: version)
    }

    static func write(_ roadmap: Roadmap, to path: String, ifStill version: FileVersion?) throws {
        if FileVersion.of(path) != nil, !isWritable(path) {
            throw OutputFile.Failure(message: "\(path) is read-only; nothing written")
        }
        try OutputFile.writeAtomically(RoadmapJSON.bytes(roadmap, layout: .canonical), to: path, ifStill: version)
    }
}

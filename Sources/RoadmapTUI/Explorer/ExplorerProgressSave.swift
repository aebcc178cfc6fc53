import RoadmapModel
#if canImport(Glibc)
import Glibc
#endif
import RoadmapViews

/// `W`'s effect on the file system, kept out of the state machine as the export's and the
/// scenario's are: the loop calls these when `handle` asks, and the tests call them as the loop
/// does. The roadmap in memory was validated at each entry; it is written in canonical form,
/// atomically, and never over a version of the file that was not the one read.
extension Explorer {
    /// Where `W` writes, as the loop finds it when it starts: the roadmap file read, unless
    /// the roadmap came from standard input, the program or an imported plan.
    /// Only the file's beginning is read, which tells a roadmap from a plan to import; whether
    /// it is in canonical form is found when `W` first needs it (`isCanonical`).
    static func progressFile(for path: String?) -> ProgressFile? {
        guard let path else { return nil }
        let version = FileVersion.of(path)
        guard case .success(let bytes) = readBeginning(path), PlanImport.format(of: bytes) == nil else { return nil }
        return ProgressFile(path: path, version: version, isCanonical: nil)
    }

    /// The file's first 64 KB, or all of it when its first line goes on past them (a plan's
    /// first line decides its format: `PlanImport.format`).
    static func readBeginning(_ path: String) -> Result<[UInt8], FileError> {
        let limit = 1 << 16
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return readFile(path) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, limit - count) }
            if read < 0, errno == EINTR { continue }
            if read <= 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return count < limit || bytes.contains(0x0A) || bytes.contains(0x0D) ? .success(bytes) : readFile(path)
    }

    /// Writes the roadmap with its progress to `path`. Over the file read, refuses (and asks)
    /// when it changed on disk since, unless `overwrite`. Returns whether the file read was
    /// written, so that the loop's watch takes the new version as seen.
    @discardableResult
    mutating func writeProgress(path: String, overwrite: Bool) -> Bool {
        let isTheFileRead = progressFile.map { OutputFile.sameFile($0.path, path) } ?? false
        let expected: FileVersion?
        if isTheFileRead && !overwrite {
            expected = progressFile?.version
            if FileVersion.of(path) != expected {
                fileChangedUnderProgress = true
                overlay = .question(Question(subject: .changedOnDisk(path: path)))
                return false
            }
        } else {
            expected = FileVersion.of(path)
        }
        do {
            try EditableRoadmapFile.write(scheduled.roadmap, to: path, ifStill: expected)
        } catch {
            let text = Sanitized.inline("\(error)", limit: 200)
            if isTheFileRead, FileVersion.of(path) != expected {
                // Changed between the look and the rename: ask, as above.
                fileChangedUnderProgress = true
                overlay = .question(Question(subject: .changedOnDisk(path: path)))
            } else if FileVersion.of(path) != nil, !EditableRoadmapFile.isWritable(path) {
                // Read-only: said, and another file offered.
                openWriteElsewhere(note: text)
            } else {
                message = Message(text: text, isError: true)
            }
            return false
        }
        progressWritten(to: path, isTheFileRead: isTheFileRead, version: FileVersion.of(path))
        return isTheFileRead
    }

    /// r at the file-changed question: the file as it is now, with the entries not written put
    /// back over it (still not written: `W` writes them). When they no longer apply, nothing is
    /// reloaded and the message says why.
    mutating func reloadKeepingProgress() {
        guard let file = progressFile else { return }
        let version = FileVersion.of(file.path)
        let result = RoadmapSource.resolve(file.path).load(mapped: false)
        guard let validated = result.validated else {
            message = Message(text: vocabulary.reloadProblem(fileName ?? file.path, errors: max(1, result.errors.count),
                                                             first: result.errors.first.map { Sanitized.inline($0.formatted(file: file.path), limit: 200) }),
                              isError: true)
            return
        }
        switch entriesReapplied(over: validated) {
        case .failure(let why):
            message = Message(text: vocabulary.cannotReapply(why.message), isError: true)
        case .success(let (merged, steps)):
            let count = unsavedProgress
            reload(validated, fileName: fileName ?? file.path)
            reschedule(merged)
            undoStack += steps.map { UndoStep.progress($0) }
            unsavedProgress = count
            progressFile = ProgressFile(path: file.path, version: version, isCanonical: nil)
            fileChangedUnderProgress = false
            message = Message(text: vocabulary.reloadedKeeping(count, fileName ?? file.path))
        }
    }
}

import Foundation
import RoadmapModel

/// `REV:PATH` where a FILE goes: PATH as it is in revision REV of the git repository around the
/// current folder, read with git itself (`git cat-file blob REV:PATH`), so that every spelling
/// git knows works — `HEAD~1:roadmap.json`, `v1:roadmap.json`, `main:plans/q3.json`,
/// `:roadmap.json` (the staged version), `HEAD:./roadmap.json` (from the current folder; PATH
/// alone is from the top of the repository, as git reads it).
///
/// A FILE is read as `REV:PATH` only when no file of that name exists and it holds a colon, so
/// that an existing file whose name has a colon is still that file. Every failure says which
/// of the two it could not find: the revision, or the file in it — or that there is no
/// repository — rather than git's own words alone.
enum GitRevision {
    /// Whether `argument` is to be read from git: a colon, and no file of that name.
    static func names(_ argument: String) -> Bool {
        guard argument != "-", argument.contains(":") else { return false }
        return !FileManager.default.fileExists(atPath: argument)
    }

    /// The bytes of `argument` (`REV:PATH`) as git has them, or what is wrong.
    static func read(_ argument: String) -> Result<[UInt8], FileError> {
        let colon = argument.firstIndex(of: ":")!
        let revision = String(argument[..<colon]), path = String(argument[argument.index(after: colon)...])
        let shownRevision = Sanitized.inline(revision), shownPath = Sanitized.inline(path)
        if revision.hasPrefix("-") {
            return .failure(FileError(message: "no such file, and \"\(shownRevision)\" cannot be a git revision (it begins with -)"))
        }
        if path.isEmpty {
            return .failure(FileError(message: "no such file, and as REV:PATH it names no file after the colon (HEAD~1:roadmap.json)"))
        }
        guard let inside = run(["rev-parse", "--git-dir"]) else {
            return .failure(FileError(message: "no such file, and git cannot be run to read it as REV:PATH (is git installed?)"))
        }
        guard inside.status == 0 else {
            return .failure(FileError(message: "no such file, and as REV:PATH it needs a git repository: the current folder is not in one"))
        }
        if !revision.isEmpty {
            guard let known = run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{tree}"]), known.status == 0 else {
                return .failure(FileError(message: "no such file, and no revision \"\(shownRevision)\" in this git repository (a branch, a tag, a commit, HEAD~1…)"))
            }
        }
        let place = revision.isEmpty ? "the index (the staged version)" : "revision \(shownRevision)"
        guard let type = run(["cat-file", "-t", argument]), type.status == 0 else {
            let hint = path.hasPrefix("./") || path.hasPrefix("../") ? "" : " (PATH is from the top of the repository; ./\(shownPath) is from the current folder)"
            return .failure(FileError(message: "no such file, and \(place) has no file \"\(shownPath)\"\(hint)"))
        }
        let kind = String(decoding: type.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard kind == "blob" else {
            return .failure(FileError(message: "\"\(shownPath)\" is a \(kind == "tree" ? "folder" : kind) in \(place), not a roadmap file"))
        }
        guard let blob = run(["cat-file", "blob", argument]), blob.status == 0 else {
            return .failure(FileError(message: "git could not read \(shownPath) from \(place)"))
        }
        return blob.stdout.isEmpty ? .failure(FileError(message: "\(shownPath) is empty in \(place)")) : .success(Array(blob.stdout))
    }

    /// Runs git in the current folder; nil when it cannot be started. Its standard error is
    /// kept, not shown: the messages above say what went wrong in the command's terms.
    private static func run(_ arguments: [String]) -> (status: Int32, stdout: Data)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read while git writes: a blob larger than a pipe holds would otherwise block it.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env exits 127 when it finds no git.
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, data)
    }
}

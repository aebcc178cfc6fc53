import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's output goes: standard output, or a file written atomically — the bytes go
/// to a temporary file in the same folder, which then replaces the target in one rename(2), so
/// that a reader never sees half a file and a failure leaves the old file as it was.
/// `roadmap export`, `schedule` and `generate` write through it.
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// Writes `bytes` to `path`, or to standard output when `path` is nil or "-". Refuses to
    /// write over `protectedPath` (the roadmap being read). On failure prints the reason and
    /// exits with status 1.
    static func writeOrExit(_ bytes: [UInt8], to path: String?, protecting protectedPath: String? = nil, command: String) throws {
        try writeOrExit(to: path, protecting: protectedPath, command: command) { sink in try sink(bytes) }
    }

    /// The same for output made a chunk at a time: `produce` hands each chunk to the sink it
    /// is given, and each goes out before the next is made. To a file, the chunks go to the
    /// temporary file, which replaces the target only once `produce` has finished: an export
    /// that fails half-way leaves nothing behind.
    static func writeOrExit(to path: String?, protecting protectedPath: String? = nil, command: String,
                            _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        do {
            if let path, path != "-" {
                if let protectedPath, sameFile(path, protectedPath) {
                    throw Failure(message: "\(path) is the roadmap being read; choose another output file")
                }
                try writeAtomically(to: path, produce)
            } else {
                try produce { try writeAll($0, to: 1, what: "standard output") }
            }
        } catch let failure as Failure {
            printError("roadmap \(command): error: \(failure.message)")
            throw ExitCode(1)
        }
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { sink in try sink(bytes) }
    }

    static func writeAtomically(to path: String, _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        if path.hasSuffix("/") { throw Failure(message: "cannot write \(path): it names a folder") }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(message: "cannot write \(path): it is a folder")
        }
        // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written into, as `>` would: a
        // rename would replace it with a file — as root, /dev/null itself.
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Failure(message: "cannot write \(path): \(systemMessage())") }
            defer { close(descriptor) }
            try produce { try writeAll($0, to: descriptor, what: path) }
            return
        }
        // Write through a symbolic link to the file it points at, as `>` in a shell would.
        let target = realPath(path) ?? path
        let folder = folderOf(target)
        let name = String(target.split(separator: "/", omittingEmptySubsequences: false).last ?? "out")
        var template = Array((folder + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(message: "cannot write \(path): \(systemMessage())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do {
            try produce { try writeAll($0, to: descriptor, what: path) }
        } catch {
            close(descriptor)
            throw error
        }
        // mkstemp makes the file readable by its owner only; give it the mode a new file would
        // have (0666 less the umask), or the mode of the file it replaces.
        let mask = umask(0)
        umask(mask)
        var mode = mode_t(0o666) & ~mask
        if stat(target, &status) == 0 { mode = status.st_mode & 0o7777 }
        fchmod(descriptor, mode)
        // No fsync: the rename already guarantees that a reader sees the old file or the whole
        // new one, and that a failure here leaves the old one. Forcing 50 MB to the disk would
        // double the time of a large export for a guarantee about power cuts only.
        if close(descriptor) != 0 { throw Failure(message: "cannot write \(path): \(systemMessage())") }
        guard rename(temporary, target) == 0 else { throw Failure(message: "cannot write \(path): \(systemMessage())") }
        renamed = true
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, what: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, min(buffer.count - offset, 1 << 30))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw Failure(message: "cannot write \(what): \(systemMessage())")
                }
                offset += count
            }
        }
    }

    /// Whether two paths name the same file: the same real path, or the same device and inode
    /// (a hard link). A path that does not exist yet is no existing file.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if let ra = realPath(a), let rb = realPath(b), ra == rb { return true }
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func folderOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func systemMessage() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
import Glibc
#endif

/// Which version of a file was read: its device, inode, size and modification time. A command
/// that rewrites a user's file compares it with the file on disk just before the rename, and
/// refuses rather than write over a version it has not seen (another program, an editor, a
/// second explorer saved in between), as vim does ("the file has been changed since reading it").
struct FileVersion: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: timespec

    /// The version of the file at `path` now, or nil when there is none.
    static func of(_ path: String) -> FileVersion? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileVersion(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size), modified: status.st_mtim)
    }

    static func == (a: FileVersion, b: FileVersion) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Notices that a file changed on disk by its identity and size and modification time, read
/// with one `stat` — cheap enough to ask every second, and the same on every platform, where a
/// notification API would differ per system and miss editors that write a new file and rename
/// it over the old one (a new inode here).
struct FileWatch {
    struct Signature: Equatable {
        let device: UInt64
        let inode: UInt64
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
    }

    let path: String
    private var last: Signature?

    init(path: String) {
        self.path = path
        last = Self.signature(path)
    }

    /// Whether the file differs from the last time it was looked at (a file that went away,
    /// or came back, counts).
    mutating func changed() -> Bool {
        let now = Self.signature(path)
        defer { last = now }
        return now != last
    }

    static func signature(_ path: String) -> Signature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Signature(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }
}

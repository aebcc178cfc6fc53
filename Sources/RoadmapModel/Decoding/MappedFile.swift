#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped into memory, read-only: its bytes are the page cache's, where the
/// kernel already holds them, rather than a copy in fresh memory. Reading a roadmap of a
/// million activities into an array was a tenth of loading it (the copy, and the kernel
/// zeroing 365 MB of new pages first), and the copy stayed resident until the roadmap was
/// validated — a third of the peak memory. Once decoded, `dropResident` gives the pages back
/// to the page cache; the few bytes a finding's line and column need are read from it again.
///
/// A mapped file that another program shortens while it is read would stop the process with
/// SIGBUS rather than give a short read: while it reads a mapped file, the command line turns
/// that signal into a message and exit 1 (`MappedRead`), never a crash.
public final class MappedFile: @unchecked Sendable {
    public let buffer: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer

    /// The file at `path` mapped, or nil for anything else — a missing or unreadable file, a
    /// folder, an empty file, a pipe or a device — which `readFile` then reads or reports.
    public init?(path: String) {
        // O_NONBLOCK: opening a named pipe would otherwise wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
              let size = Int(exactly: status.st_size) else { return nil }
        // MAP_POPULATE: the pages mapped in one call rather than faulted in one by one.
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0),
              address != MAP_FAILED else { return nil }
        base = address
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Lets the kernel take the pages back out of this process (they stay in the page cache,
    /// and are mapped again if read).
    public func dropResident() {
        _ = madvise(base, buffer.count, MADV_DONTNEED)
    }

    deinit { munmap(base, buffer.count) }
}

import RoadmapModel
#if canImport(Glibc)
import Glibc
#endif

/// The message the handler writes, made before the read (a handler may not allocate).
nonisolated(unsafe) private var mappedReadMessage: UnsafeMutablePointer<CChar>?

/// A roadmap file read where it is mapped (`MappedFile`). Were another program to shorten the
/// file meanwhile, reading past its new end would raise SIGBUS: while the read lasts, that
/// signal says so and exits with status 1 — the terminal restored first when the explorer holds
/// it — rather than crash. A file rewritten the usual way (a new file renamed over it: editors,
/// git, `roadmap fmt`) leaves the mapped one as it was.
enum MappedRead {
    static func guarding<T>(_ displayName: String, _ read: () -> T) -> T {
        let message = strdup("roadmap: \(Sanitized.inline(displayName, limit: 200)): the file became shorter while it was read "
                             + "(another program is writing it); nothing was done with it. Try again once it is written.\n")
        mappedReadMessage = message
        let previous = signal(SIGBUS) { _ in
            if terminalInUse { resetTerminalInHandler() }
            if let text = mappedReadMessage { _ = write(2, text, strlen(text)) }
            _exit(1)
        }
        defer {
            signal(SIGBUS, previous)
            mappedReadMessage = nil
            free(message)
        }
        return read()
    }
}

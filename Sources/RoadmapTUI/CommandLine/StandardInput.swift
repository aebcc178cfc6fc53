import RoadmapModel
#if canImport(Glibc)
import Glibc
#endif

/// Standard input as a FILE: named `-`, or given without naming it (`cat plan.json | roadmap
/// export`). It is read once, at the first use, and stands for one file only: a second `-`
/// (`roadmap diff - -`) is an error rather than an empty second file.
enum StandardInput {
    /// How the messages name it, where they would name a file.
    static let displayName = "standard input"

    /// Whether standard input holds data the user gave: a pipe, a redirected file or a socket.
    /// A terminal does not, and neither does /dev/null or another character device (cron,
    /// `ssh host roadmap`, a test runner), so that a command started without input still
    /// falls back to ./roadmap.json — the rule ripgrep uses to decide whether to search its
    /// input. A closed descriptor holds nothing.
    static var holdsData: Bool {
        var status = stat()
        guard fstat(0, &status) == 0 else { return false }
        switch status.st_mode & S_IFMT {
        case S_IFIFO, S_IFREG, S_IFSOCK: return true
        default: return false
        }
    }

    /// Whether a FILE left out means standard input: it holds data, and no `-` took it already
    /// (`roadmap export --scenario - …` reads the scenario there, and the roadmap as usual).
    static var isGiven: Bool { claimed == nil && holdsData }

    /// The bytes, read at the first call for `use` (the argument or option it stands for);
    /// the same bytes for the same use again; an error naming the first use for any other.
    static func read(for use: String) -> Result<[UInt8], FileError> {
        if let claimed {
            guard claimed.use == use else {
                return .failure(FileError(message: "standard input is already read as \(claimed.use); `-` can stand for one file only"))
            }
            return claimed.bytes
        }
        var status = stat()
        let bytes: Result<[UInt8], FileError> = fstat(0, &status) != 0
            ? .failure(FileError(message: "standard input is closed"))
            : readFile("/dev/stdin").flatMap { read in
                read.isEmpty ? .failure(FileError(message: "nothing was given on standard input (it is empty)")) : .success(read)
            }
        claimed = (use, bytes)
        return bytes
    }

    /// Reads `path`, standard input when it is `-`, or a version from git when it is
    /// `REV:PATH` (`GitRevision`).
    static func readFileOrInput(_ path: String, for use: String) -> Result<[UInt8], FileError> {
        if path == "-" { return read(for: use) }
        return GitRevision.names(path) ? GitRevision.read(path) : readFile(path)
    }

    /// After the data came from standard input, the explorer reads its keys from the terminal
    /// itself, as `less` does: /dev/tty takes descriptor 0, where ncurses looks for keys.
    /// False when the process has no terminal.
    static func reattachTerminal() -> Bool {
        guard isatty(0) == 0 else { return true }
        let terminal = open("/dev/tty", O_RDWR)
        guard terminal >= 0 else { return false }
        defer { close(terminal) }
        guard dup2(terminal, 0) == 0 else { return false }
        return true
    }

    nonisolated(unsafe) private static var claimed: (use: String, bytes: Result<[UInt8], FileError>)?
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private tmux server for one test: its own socket (`tmux -L roadmap-test-<pid>-<n>`), its
/// own folder (config, TMUX_TMPDIR, HOME of the programs run), no user configuration, no status
/// line (so a 120×30 window is a 120×30 pane), and panes that stay readable after their program
/// ends (`remain-on-exit`). `kill()` ends the server and removes the folder.
///
/// The server runs in the foreground (`tmux -D`) as a `Process` of its own. Started the usual
/// way, by the first client, it would inherit that client's descriptors — among them the socket
/// Foundation's `Process` watches to learn that the client ended — and the client would never be
/// seen to end.
final class TmuxServer {
    private static let counter = Counter()

    let tmux: URL
    let socket: String
    /// A temporary folder for this test: the tmux config and sockets, HOME, files to export.
    let folder: URL
    private var killed = false
    private let server = Process()

    /// PATH for tmux and for the programs in its panes.
    static let searchPath = "/usr/local/bin:/usr/bin:/bin"

    init() throws {
        guard let tmux = ProcessRunner.find("tmux") else {
            throw TerminalTestFailure("tmux is not installed: the terminal tests need it (apt-get install tmux; CI installs it)")
        }
        self.tmux = tmux
        socket = "roadmap-test-\(getpid())-\(TmuxServer.counter.next())"
        // Short: a Unix socket path must stay under about 100 bytes.
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("rmt-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let config = """
            set -g remain-on-exit on
            set -g status off
            set -g default-shell /bin/sh
            set -g default-terminal xterm-256color
            set -g history-limit 100
            set -sg escape-time 0

            """
        try config.write(to: configFile, atomically: true, encoding: .utf8)

        server.executableURL = tmux
        server.arguments = ["-L", socket, "-f", configFile.path, "-D"]
        server.environment = environment
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // Ready when its socket exists.
        let socketPath = folder.appendingPathComponent("tmux-\(getuid())").appendingPathComponent(socket).path
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: socketPath) {
            guard server.isRunning, Date() < deadline else {
                kill()
                throw TerminalTestFailure("the tmux server did not start (\(socketPath))")
            }
            usleep(10_000)
        }
    }

    var home: URL { folder.appendingPathComponent("home") }
    private var configFile: URL { folder.appendingPathComponent("tmux.conf") }

    /// tmux's own environment: nothing from the test runner (no TMUX, no user settings).
    private var environment: [String: String] {
        ["PATH": Self.searchPath, "HOME": home.path, "TMUX_TMPDIR": folder.path, "TERM": "xterm-256color", "LANG": "C.UTF-8"]
    }

    /// The clean environment every program in a pane runs with, as `env -i` sets it.
    var programEnvironment: [String] {
        ["PATH=\(Self.searchPath)", "TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(home.path)"]
    }

    /// Runs `tmux -L socket -f config ARGS`; throws when tmux fails.
    @discardableResult
    func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let output = try ProcessRunner.run(tmux, ["-L", socket, "-f", configFile.path] + arguments, environment: environment, timeout: 10)
        guard output.status == 0 else {
            throw TerminalTestFailure("tmux \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderrText)", file: file, line: line)
        }
        return output.stdoutText
    }

    /// A detached session of exactly width×height running `arguments` (a program and its
    /// arguments) under `env -i` with the clean environment.
    func start(_ arguments: [String], width: Int = 120, height: Int = 30, name: String = "test", directory: URL? = nil,
               file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        let command = (["env", "-i"] + programEnvironment + arguments).map(shellQuoted).joined(separator: " ")
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", (directory ?? folder).path, command],
                file: file, line: line)
        return TmuxSession(server: self, target: name)
    }

    /// Ends the server (and every program in it) and removes the folder. Safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        if server.isRunning {
            _ = try? ProcessRunner.run(tmux, ["-L", socket, "-f", configFile.path, "kill-server"], environment: environment, timeout: 10)
            let deadline = Date().addingTimeInterval(5)
            while server.isRunning, Date() < deadline { usleep(10_000) }
            if server.isRunning { server.terminate() }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { kill() }
}

func shellQuoted(_ word: String) -> String {
    if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}

/// One tmux pane: send keys to it, read its screen, wait for the screen to show something.
final class TmuxSession {
    let server: TmuxServer
    let target: String
    /// The time the session was started, for measuring how soon the first screen came.
    let started = Date()

    init(server: TmuxServer, target: String) {
        self.server = server
        self.target = target
    }

    /// `tmux send-keys`: key names (j, Down, Enter, Escape, BSpace, PageDown, Tab…) or text.
    func send(_ keys: String..., file: StaticString = #filePath, line: UInt = #line) throws {
        try server.run(["send-keys", "-t", target] + keys, file: file, line: line)
    }

    /// `tmux send-keys -l`: the text typed literally, byte for byte (also raw escape sequences).
    func type(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try server.run(["send-keys", "-t", target, "-l", text], file: file, line: line)
    }

    /// The screen as text, one line per row (tmux trims trailing spaces).
    func screen(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var text = try server.run(["capture-pane", "-p", "-t", target], file: file, line: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    func lines(file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try screen(file: file, line: line).components(separatedBy: "\n")
    }

    /// A tmux format of the pane (`#{pane_pid}`, `#{alternate_on}`, `#{pane_dead}`…).
    func format(_ format: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try server.run(["display-message", "-p", "-t", target, format], file: file, line: line)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        try server.run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"], file: file, line: line)
    }

    /// Polls the screen every 50 ms until `condition` holds; returns that screen, or throws
    /// with the last screen seen when `timeout` passes first.
    @discardableResult
    func waitForScreen(_ description: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line,
                       where condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try screen(file: file, line: line)
            if condition(last) {
                // The program may be halfway through drawing: take the screen only once it
                // has settled, the same on two reads in a row.
                usleep(30_000)
                let again = try screen(file: file, line: line)
                if again == last { return last }
                last = again
                if Date() >= deadline { break }
                continue
            }
            if Date() >= deadline { break }
            usleep(50_000)
        }
        throw TerminalTestFailure("the screen never showed \(description) within \(timeout) s; last screen:\n\(framed(last))", file: file, line: line)
    }

    @discardableResult
    func waitForScreen(containing text: String, timeout: TimeInterval = 5,
                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitForScreen("“\(text)”", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits for the screen to differ from `previous` (the answer to a key).
    @discardableResult
    func waitForChange(from previous: String, timeout: TimeInterval = 5,
                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitForScreen("a change", timeout: timeout, file: file, line: line) { $0 != previous }
    }

    /// The status line (the second line from the bottom of a width×height screen).
    func statusLine(height: Int, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let rows = try lines(file: file, line: line)
        return rows.count >= height - 1 ? rows[height - 2] : ""
    }

    /// The id of the process called `name` started, directly or not, by the pane's program.
    func descendant(named name: String, file: StaticString = #filePath, line: UInt = #line) throws -> pid_t {
        guard let root = pid_t(try format("#{pane_pid}", file: file, line: line)) else {
            throw TerminalTestFailure("no pane pid", file: file, line: line)
        }
        guard let ps = ProcessRunner.find("ps") else { throw TerminalTestFailure("ps is not installed", file: file, line: line) }
        let output = try ProcessRunner.run(ps, ["-A", "-o", "pid=", "-o", "ppid=", "-o", "comm="])
        var children: [pid_t: [(pid_t, String)]] = [:]
        for row in output.stdoutText.split(separator: "\n") {
            let fields = row.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count == 3, let pid = pid_t(fields[0]), let parent = pid_t(fields[1]) else { continue }
            children[parent, default: []].append((pid, fields[2].trimmingCharacters(in: .whitespaces)))
        }
        var queue = [root]
        while !queue.isEmpty {
            let pid = queue.removeFirst()
            for (child, command) in children[pid] ?? [] {
                if command == name || command.hasSuffix("/" + name) { return child }
                queue.append(child)
            }
        }
        throw TerminalTestFailure("no process \(name) under the pane's process \(root)", file: file, line: line)
    }
}

/// A screen between rules, so that a failure message shows it as it was.
func framed(_ screen: String) -> String {
    "┄┄┄┄┄┄┄┄\n" + screen + "\n┄┄┄┄┄┄┄┄"
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The small process that starts `roadmap bench`'s measured commands (see `ChildProcess`): the
/// same executable, started with `ROADMAP_BENCH_SPAWNER` set before the bench generates
/// anything, reading requests on its standard input and answering on its standard output. A
/// request is the command's arguments, each as a 4-byte length and its bytes after a 4-byte
/// count; an answer is a line, "seconds peak-kilobytes status", or "failed". One request at a
/// time: the bench measures one command at a time.
final class BenchSpawner: Sendable {
    static let variable = "ROADMAP_BENCH_SPAWNER"

    /// Started on first use: `roadmap bench` asks for it before it makes its roadmaps.
    static let shared: BenchSpawner? = start()

    /// What the bench says when there is no spawner and the peaks count its own.
    static let note = "note: the commands' peak memory includes the bench's own (the spawner process is not running)"

    /// The spawner, and the pipes' ends: kept open for the bench's life. When the bench ends,
    /// the spawner reads the end of its input and ends too.
    private let pid: pid_t
    private let requests: Int32, answers: Int32
    /// Set when a request went unanswered: the spawner is gone, and the commands are started
    /// from the bench itself (`ChildProcess.runHere`), which the note then says.
    private let gone = Atomic<Bool>(false)

    private init(pid: pid_t, requests: Int32, answers: Int32) {
        self.pid = pid
        self.requests = requests
        self.answers = answers
    }

    /// A spawner the tests start and let go: its input closes, it ends, and it is waited for.
    deinit {
        close(requests)
        close(answers)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    /// Starts a spawner: `executable` is `roadmap` (the tests start the built one).
    static func start(executable: String = ChildProcess.currentExecutable) -> BenchSpawner? {
        var toSpawner: [Int32] = [-1, -1], fromSpawner: [Int32] = [-1, -1]
        guard pipe(&toSpawner) == 0 else { return nil }
        guard pipe(&fromSpawner) == 0 else {
            close(toSpawner[0]); close(toSpawner[1])
            return nil
        }
        // Closed in every other program this process starts (the spawner gets its copies by dup2).
        for descriptor in toSpawner + fromSpawner { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 leaves the copies open across the exec; the originals close with it.
        posix_spawn_file_actions_adddup2(&actions, toSpawner[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromSpawner[1], 1)
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        var environment: [UnsafeMutablePointer<CChar>?] = [strdup(variable + "=1")]
        var k = 0
        while let entry = environ[k] {
            environment.append(strdup(entry))
            k += 1
        }
        environment.append(nil)
        defer {
            for pointer in argv { free(pointer) }
            for pointer in environment { free(pointer) }
        }
        var child = pid_t()
        let started = posix_spawn(&child, executable, &actions, nil, &argv, &environment) == 0
        close(toSpawner[0])
        close(fromSpawner[1])
        guard started else {
            close(toSpawner[1]); close(fromSpawner[0])
            return nil
        }
        return BenchSpawner(pid: child, requests: toSpawner[1], answers: fromSpawner[0])
    }

    /// Has the spawner run `arguments`; nil when it could not (a program that does not start).
    /// Once the spawner is gone, runs them here, said once on standard error.
    func run(_ arguments: [String]) -> ChildProcess.Cost? {
        guard !gone.load(ordering: .relaxed) else { return ChildProcess.runHere(arguments) }
        var request: [UInt8] = []
        func append(_ n: Int) { withUnsafeBytes(of: UInt32(n).littleEndian) { request += $0 } }
        append(arguments.count)
        for argument in arguments {
            append(argument.utf8.count)
            request += argument.utf8
        }
        // A spawner that ended would stop the bench with SIGPIPE at the write.
        let previous = signal(SIGPIPE, SIG_IGN)
        let line = Self.writeAll(request, to: requests) ? Self.readLine(from: answers) : nil
        signal(SIGPIPE, previous)
        guard let line else {
            gone.store(true, ordering: .relaxed)
            printError(Self.note)
            return ChildProcess.runHere(arguments)
        }
        let fields = line.split(separator: " ")
        guard fields.count == 3, let seconds = Double(fields[0]), let kilobytes = Double(fields[1]), let status = Int32(fields[2]) else { return nil }
        return ChildProcess.Cost(seconds: seconds, peakMB: kilobytes / 1024, status: status)
    }

    /// In the spawner (the variable set): answers requests until its input closes, then exits.
    /// Called first thing in `main`, so that the spawner stays as small as a process can.
    static func serveIfAsked() {
        guard getenv(variable) != nil else { return }
        // The commands it starts are not spawners.
        unsetenv(variable)
        while let arguments = readRequest(from: 0) {
            let answer = ChildProcess.runHere(arguments).map {
                "\($0.seconds) \(Int(($0.peakMB * 1024).rounded())) \($0.status)\n"
            } ?? "failed\n"
            guard writeAll(Array(answer.utf8), to: 1) else { break }
        }
        exit(0)
    }

    private static func readRequest(from descriptor: Int32) -> [String]? {
        func number() -> Int? {
            guard let bytes = readExactly(4, from: descriptor) else { return nil }
            return Int(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
        }
        guard let count = number(), count <= 4096 else { return nil }
        var arguments: [String] = []
        for _ in 0..<count {
            guard let length = number(), length <= 1 << 20, let bytes = readExactly(length, from: descriptor) else { return nil }
            arguments.append(String(decoding: bytes, as: UTF8.self))
        }
        return arguments
    }

    private static func readExactly(_ count: Int, from descriptor: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    private static func readLine(from descriptor: Int32) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = read(descriptor, &byte, 1)
            if n < 0, errno == EINTR { continue }
            guard n == 1 else { return nil }
            if byte == 0x0A { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}

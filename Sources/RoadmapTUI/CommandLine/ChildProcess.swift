#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end and reports what it cost: wall time and peak resident memory,
/// from wait4(2)'s resource usage of that child. `roadmap bench` measures the commands a user
/// runs this way, each in a process of its own.
///
/// On Linux a process's peak (`ru_maxrss`) starts from its parent's at the exec that makes it:
/// `roadmap import` of 208 MB, started by a process of 600 MB, reported 614 MB, and the bench's
/// imports, started after it had generated and imported its roadmaps, all reported the bench's
/// own 380 MB. So the commands are started by a spawner (`BenchSpawner`): the same program,
/// started once while the bench is still small, which starts each command and reports its
/// cost back.
enum ChildProcess {
    struct Cost {
        var seconds: Double
        var peakMB: Double
        var status: Int32
    }

    /// The path of the running executable, to run `roadmap` itself.
    static var currentExecutable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs `arguments` (the program first) with standard input from /dev/null and standard
    /// output and error sent there: through the spawner when it runs, else directly (the
    /// peak then counts this process's, as `BenchSpawner.note` says).
    static func run(_ arguments: [String]) -> Cost? {
        BenchSpawner.shared?.run(arguments) ?? runHere(arguments)
    }

    /// Starts `arguments` from this process and waits for it.
    static func runHere(_ arguments: [String]) -> Cost? {
        guard !arguments.isEmpty else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = monotonicMilliseconds()
        var child = pid_t()
        guard posix_spawn(&child, arguments[0], &actions, nil, &argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let seconds = (monotonicMilliseconds() - start) / 1000
        // ru_maxrss is in kilobytes on Linux.
        return Cost(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: status)
    }
}

/// Milliseconds on the monotonic clock.
func monotonicMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

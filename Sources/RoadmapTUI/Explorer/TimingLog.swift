#if canImport(Glibc)
import Glibc
#endif

/// `ROADMAP_TIMING=path`: the explorer appends to that file when each step of opening ended
/// (milliseconds since `main` began) and how long each key took from being read to its screen
/// drawn. The end-to-end benchmark (scripts/bench-e2e.py) reads it: a figure taken inside the
/// program leaves out the terminal's drawing and the benchmark's polling of tmux, which it
/// measures separately from outside. Without the variable nothing is measured or written.
final class TimingLog {
    /// Set first thing in `main`, before the arguments are parsed.
    nonisolated(unsafe) static var processStart = 0.0
    nonisolated(unsafe) private static var shared: TimingLog?

    private let file: UnsafeMutablePointer<FILE>

    private init?(path: String) {
        guard let file = fopen(path, "a") else { return nil }
        self.file = file
    }

    deinit { fclose(file) }

    static func markProcessStart() { processStart = monotonicMilliseconds() }

    /// The log named by the environment, opened once; nil when the variable is not set or the
    /// file cannot be opened (timing is for benchmarks: it never stops the program).
    static func fromEnvironment(_ environment: [String: String]) -> TimingLog? {
        if let shared { return shared }
        guard let path = environment["ROADMAP_TIMING"], !path.isEmpty else { return nil }
        shared = TimingLog(path: path)
        return shared
    }

    /// "step <name> <ms since main began>".
    func step(_ name: String) {
        write("step \(name) \(Self.format(monotonicMilliseconds() - Self.processStart))")
    }

    /// "key <key> <ms>".
    func key(_ name: String, milliseconds: Double) {
        write("key \(name) \(Self.format(milliseconds))")
    }

    private func write(_ line: String) {
        fputs(line + "\n", file)
        fflush(file)
    }

    private static func format(_ milliseconds: Double) -> String {
        String(Double(Int(milliseconds * 1000)) / 1000)
    }
}

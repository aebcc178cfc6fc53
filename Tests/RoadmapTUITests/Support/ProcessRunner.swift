import Foundation

/// A failure of the terminal tests' machinery (a tool missing, a screen that never came), with
/// the message a reader needs: what was expected, and what the screen showed instead.
struct TerminalTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String, file: StaticString = #filePath, line: UInt = #line) {
        self.description = "\(URL(fileURLWithPath: "\(file)").lastPathComponent):\(line): \(description)"
    }
}

/// What a finished process left behind.
struct ProcessOutput {
    let status: Int32
    let stdout: Data
    let stderr: Data
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program to its end with Foundation's `Process`, killed if it outlives `timeout`.
/// Its output goes to temporary files, not pipes: `tmux new-session` starts a server that
/// inherits the client's descriptors and keeps them open, so a pipe would never reach its end.
enum ProcessRunner {
    /// What the program reads on its standard input.
    enum Input {
        /// /dev/null: no data given (a command run from cron or a test runner).
        case none
        /// A regular file, as `< FILE` gives it.
        case file(URL)
        /// A pipe the bytes are written into and then closed, as `cat FILE |` gives it.
        case pipe(Data)
    }

    /// The environment a program runs with when a test gives none: the test runner's, but with
    /// a configuration folder that does not exist, so that a developer's own
    /// ~/.config/roadmap/config.toml never changes what a test sees.
    static var isolatedEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = "/nonexistent/roadmap-tests-config"
        return environment
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                    currentDirectory: URL? = nil, input: Input = .none, timeout: TimeInterval = 30) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment ?? isolatedEnvironment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-run-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out"), errURL = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        var feed: Pipe?
        switch input {
        case .none: process.standardInput = FileHandle.nullDevice
        case .file(let url): process.standardInput = try FileHandle(forReadingFrom: url)
        case .pipe:
            feed = Pipe()
            process.standardInput = feed
        }
        try process.run()
        try? out.close()
        try? err.close()
        if case .pipe(let data) = input, let feed {
            // Written from another thread: more than a pipe holds blocks until the program reads.
            let writer = feed.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: data)
                try? writer.close()
            }
            try? feed.fileHandleForReading.close()
        }
        let deadline = Date().addingTimeInterval(timeout)
        var delay: useconds_t = 500
        while process.isRunning {
            if Date() >= deadline {
                process.terminate()
                process.waitUntilExit()
                throw TerminalTestFailure("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not end within \(timeout) s")
            }
            usleep(delay)
            delay = min(delay * 2, 20_000)
        }
        return ProcessOutput(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }

    /// The first executable called `name` on PATH or in the usual places, or nil.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

/// The `roadmap` executable built with the tests: next to the test bundle in the products
/// folder (`swift build --build-tests` and `swift test` build every product).
enum RoadmapBinary {
    static func locate(near bundle: Bundle) throws -> URL {
        var starts: [URL] = [bundle.bundleURL, bundle.bundleURL.deletingLastPathComponent()]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        var tried: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<3 {
                let candidate = folder.appendingPathComponent("roadmap")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                tried.append(candidate.path)
                folder = folder.deletingLastPathComponent()
            }
        }
        throw TerminalTestFailure("""
            the `roadmap` executable was not found next to the test bundle (\(bundle.bundleURL.path)); \
            build it with the tests: `swift build --build-tests`. Looked at: \(Set(tried).sorted().joined(separator: ", "))
            """)
    }
}

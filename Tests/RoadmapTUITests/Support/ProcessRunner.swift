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
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                    currentDirectory: URL? = nil, timeout: TimeInterval = 30) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
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
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? out.close()
        try? err.close()
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

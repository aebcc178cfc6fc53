import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The roadmaps the view tests read: the small fixture, the shipped roadmap at the package
/// root, and variants of the fixture written on the fly (hostile names, extra links).
enum Fixture {
    /// Tests/ (this file is Tests/RoadmapViewsTests/Support.swift).
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent()
    static var minimalPath: String { testsFolder.appendingPathComponent("Fixtures/minimal.json").path }
    static var shippedPath: String { packageRoot.appendingPathComponent("roadmap.json").path }

    static func minimal(file: StaticString = #filePath, line: UInt = #line) throws -> ScheduledRoadmap {
        try scheduled(RoadmapLoader.load(path: minimalPath), what: "Tests/Fixtures/minimal.json", file: file, line: line)
    }

    static func shipped(file: StaticString = #filePath, line: UInt = #line) throws -> ScheduledRoadmap {
        try scheduled(RoadmapLoader.load(path: shippedPath), what: "roadmap.json", file: file, line: line)
    }

    /// The text of minimal.json with some of it replaced: `replacements` are (JSON text as it
    /// is in the file, JSON text to put instead); each must be found exactly once.
    static func minimalVariant(_ replacements: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws -> ScheduledRoadmap {
        var text = try String(contentsOfFile: minimalPath, encoding: .utf8)
        for (old, new) in replacements {
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else {
                throw FixtureFailure(at: file, line, "\(old) occurs \(count) times in minimal.json")
            }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try scheduled(RoadmapLoader.load(bytes: Array(text.utf8)), what: "a variant of minimal.json", file: file, line: line)
    }

    private static func scheduled(_ result: LoadResult, what: String, file: StaticString, line: UInt) throws -> ScheduledRoadmap {
        guard let validated = result.validated else {
            throw FixtureFailure(at: file, line, "\(what) does not load: \(result.errors.map(\.message).joined(separator: "; "))")
        }
        return ScheduledRoadmap(validated)
    }

    /// minimal.json whose "Cloud" activity has a name meant to break things: a terminal escape
    /// (ESC [31m), a C1 control (U+009B, the one-byte CSI), a line break, and the characters
    /// each export format gives a meaning to (, " | : # ;). The area and the title carry an
    /// escape too. Written as JSON escapes, as a hostile file would.
    static let hostileNameJSON = #"Cl\u001b[31moud\u009b2J\nnext, \"q\" | a: b # c; d"#
    static func hostile() throws -> ScheduledRoadmap {
        try minimalVariant([
            (#"{"fr": "Infonuagique", "en": "Cloud"}"#, #"{"fr": "\#(hostileNameJSON)", "en": "\#(hostileNameJSON)"}"#),
            (#""en": "Digital enablement""#, #""en": "Digital\u001b]0;pwned\u0007 enablement""#),
            (#""en": "Test roadmap""#, #""en": "Test\u009d roadmap\u001b[2J""#),
        ])
    }
    /// What the hostile name is once decoded.
    static let hostileName = "Cl\u{1B}[31moud\u{9B}2J\nnext, \"q\" | a: b # c; d"
}

/// A fixture the test cannot stand on: thrown, so that the test fails with the reason (a
/// skip would make it look as if nothing were wrong).
struct FixtureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
    /// With the place of the test that asked for the fixture.
    init(at file: StaticString, _ line: UInt, _ description: String) {
        self.description = "\(URL(fileURLWithPath: "\(file)").lastPathComponent):\(line): \(description)"
    }
}

/// The first executable called `name` in a folder of PATH (the test command's PATH: scripts/test
/// puts the pinned Python environment first), or nil.
func executableOnPath(_ name: String) -> URL? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
    return folders.lazy.filter { !$0.isEmpty }.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

extension ScheduledRoadmap {
    func index(of id: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        guard let i = activityIndex[id] else {
            XCTFail("no activity \(id)", file: file, line: line)
            return 0
        }
        return i
    }

    func ids(_ indices: [Int]) -> [String] { indices.map { roadmap.activities[$0].id } }
}

/// Compares a page with its expected text line by line, as ratatui's TestBackend does: on a
/// mismatch the message shows both renderings whole, with the first differing line marked.
func assertPage(_ page: Page, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = page.fullCanvas.lines
    let wanted = expected.components(separatedBy: "\n")
    if actual != wanted {
        let first = zip(actual, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actual.count, wanted.count)
        func numbered(_ lines: [String]) -> String {
            lines.enumerated().map { "\($0 == first ? ">" : " ")\(String(format: "%3d", $0))|\($1)" }.joined(separator: "\n")
        }
        XCTFail("page differs from line \(first)\n--- expected\n\(numbered(wanted))\n--- actual\n\(numbered(actual))", file: file, line: line)
    }
    XCTAssertEqual(page.text, expected + "\n", "page.text is the lines joined, ending in a newline", file: file, line: line)
}

/// Every state worth rendering: each view in each language, the dependency view on `selected`.
func allStates(selected: Int?) -> [ViewState] {
    ViewKind.allCases.flatMap { view in
        Language.allCases.map { ViewState(view: view, language: $0, selectedActivity: selected) }
    }
}

/// The activity with the most dependency links, for the dependency view.
func busiestActivity(_ scheduled: ScheduledRoadmap) -> Int? {
    scheduled.roadmap.activities.indices.max { a, b in
        scheduled.graph.predecessors(of: a).count + scheduled.graph.successors(of: a).count
            < scheduled.graph.predecessors(of: b).count + scheduled.graph.successors(of: b).count
    }
}

/// Runs `python3 -c script`, python3 from PATH (the pinned environment under scripts/test),
/// with `input` on its standard input; throws when there is no python3 (a reference that
/// cannot run fails the test, it never skips it).
func runPython(_ script: String, input: [UInt8]) throws -> Data {
    guard let python = executableOnPath("python3") else {
        throw FixtureFailure("python3 is not on PATH: scripts/bootstrap installs it, scripts/test puts .build-tools/python/bin first")
    }
    let process = Process()
    process.executableURL = python
    process.arguments = ["-c", script]
    // The input from a file, so that no pipe can fill up while the other is read.
    let inputURL = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-views-tests-\(UUID().uuidString)")
    try Data(input).write(to: inputURL)
    defer { try? FileManager.default.removeItem(at: inputURL) }
    let stdin = try FileHandle(forReadingFrom: inputURL)
    defer { try? stdin.close() }
    let stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw FixtureFailure("\(python.path) failed (\(process.terminationStatus)): \(String(decoding: errors, as: UTF8.self))")
    }
    return output
}

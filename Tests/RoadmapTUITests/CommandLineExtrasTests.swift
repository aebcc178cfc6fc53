import Foundation
import XCTest
@testable import RoadmapTUI

/// `--version`, and the bash completion of the main command's flags and values, run as a
/// user runs them: the built binary, and bash's own completion function.
final class CommandLineExtrasTests: XCTestCase {
    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: CommandLineExtrasTests.self)) }

    func testVersionPrintsTheOneConstant() throws {
        let output = try ProcessRunner.run(try binary(), ["--version"])
        XCTAssertEqual(output.status, 0, output.stderrText)
        XCTAssertEqual(output.stdoutText, RoadmapVersion.current + "\n")
        XCTAssertFalse(RoadmapVersion.current.isEmpty)
    }

    /// What bash offers for the words of `line` (the last one being completed), by the
    /// function `roadmap --generate-completion-script bash` defines.
    private func complete(_ words: [String]) throws -> [String] {
        let bash = try XCTUnwrap(ProcessRunner.find("bash"), "bash is not installed: the completion test drives bash's completion")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-completion-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try ProcessRunner.run(try binary(), ["--generate-completion-script", "bash"])
        XCTAssertEqual(generated.status, 0, generated.stderrText)
        let script = folder.appendingPathComponent("roadmap.bash")
        try generated.stdout.write(to: script)
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let driver = """
            source \(script.path)
            COMP_WORDS=(\(quoted))
            COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _roadmap roadmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let output = try ProcessRunner.run(bash, ["-c", driver], currentDirectory: folder)
        XCTAssertEqual(output.status, 0, output.stderrText)
        return output.stdoutText.split(separator: "\n").map(String.init)
    }

    func testBashCompletesTheMainCommandsViewValues() throws {
        XCTAssertEqual(try complete(["roadmap", "--view", ""]),
                       ["roadmap", "teams", "dependencies", "transition", "strategy", "glossary", "critical-path", "current-state", "team-gantt", "what-ifs"])
        XCTAssertEqual(try complete(["roadmap", "--view", "cr"]), ["critical-path"])
        XCTAssertEqual(try complete(["roadmap", "--order", ""]), ["file", "poster", "seed", "start", "float", "team", "role"])
    }

    func testBashCompletesTheMainCommandsFlagsAndStillTheSubcommands() throws {
        let flags = try complete(["roadmap", "--"])
        for flag in ["--view", "--lang", "--no-mouse", "--critical", "--version"] { XCTAssertTrue(flags.contains(flag), "\(flag) in \(flags)") }
        let first = try complete(["roadmap", "ex"])
        XCTAssertTrue(first.contains("export") && first.contains("explore"), "\(first)")
        XCTAssertEqual(try complete(["roadmap", "export", "--format", "me"]), ["mermaid"], "a subcommand's own values as before")
    }
}

import Foundation
import XCTest

/// The completion scripts the program writes, driven in the real shells: bash through its
/// completion function and COMP_WORDS, zsh through a pseudo-terminal (zpty) where TAB runs the
/// real completion system, fish through `complete -C`. The binary is first on PATH, as once
/// installed, since the scripts call it back for the ids of a roadmap.
final class ShellCompletionTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: ShellCompletionTests.self))
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("rmc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        // A roadmap of its own (other ids than the shipped one's), a scenario and a text file.
        try Data(contentsOf: TerminalTestCase.minimal).write(to: folder.appendingPathComponent("plan.json"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try ProcessRunner.run(binary, ["--generate-completion-script", shell])
            XCTAssertEqual(script.status, 0, script.stderrText)
            try script.stdout.write(to: folder.appendingPathComponent(shell == "zsh" ? "_roadmap" : "roadmap.\(shell)"))
        }
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private var environment: [String: String] {
        ["PATH": binary.deletingLastPathComponent().path + ":/usr/local/bin:/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8",
         "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
    }

    private func shell(_ name: String) throws -> URL {
        try XCTUnwrap(ProcessRunner.find(name), "\(name) is not installed: the completion tests need it (scripts/bootstrap installs it)")
    }

    // MARK: - The shells

    /// What bash offers for `line` (the last word is the one completed; `''` an empty one).
    private func bash(_ words: [String]) throws -> [String] {
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let driver = """
            source roadmap.bash
            COMP_WORDS=(\(quoted))
            COMP_CWORD=\(words.count - 1)
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _roadmap roadmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let output = try ProcessRunner.run(try shell("bash"), ["-c", driver], environment: environment, currentDirectory: folder)
        XCTAssertEqual(output.status, 0, output.stderrText)
        return output.stdoutText.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.sorted()
    }

    /// What zsh's completion system offers at the end of `line`, typed in an interactive zsh
    /// (zpty) whose `compadd` also writes each candidate to a file.
    private func zsh(_ line: String) throws -> [String] {
        let hits = folder.appendingPathComponent("hits-\(UUID().uuidString.prefix(6))")
        let driver = folder.appendingPathComponent("capture.zsh")
        let script = #"""
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "PROMPT='' ; RPROMPT=''"
            zpty -w z "fpath=(\#(folder.path) \$fpath); autoload -Uz compinit; compinit -u -d \#(folder.path)/.zcompdump"
            zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
            zpty -w z 'compadd () { local -a __hits; builtin compadd -O __hits "$@"; (( ${#__hits} )) && print -rl -- "${__hits[@]}" >> \#(hits.path); builtin compadd "$@" }'
            zpty -w z "zle -C capture complete-word _main_complete; bindkey '^T' capture"
            zpty -w z "$1"$'\x14'
            zpty -w z 'print -r -- done > \#(hits.path).done'
            for i in {1..100}; do [[ -e \#(hits.path).done ]] && break; sleep 0.1; done
            zpty -d z
            """#
        try script.write(to: driver, atomically: true, encoding: .utf8)
        let output = try ProcessRunner.run(try shell("zsh"), ["-f", driver.path, line], environment: environment, currentDirectory: folder)
        XCTAssertEqual(output.status, 0, output.stderrText)
        XCTAssertTrue(FileManager.default.fileExists(atPath: hits.path + ".done"), "zsh did not finish completing \(line)")
        let text = (try? String(contentsOf: hits, encoding: .utf8)) ?? ""
        return Array(Set(text.split(separator: "\n").map(String.init))).sorted()
    }

    /// What fish offers for `line` (`complete -C`), without the descriptions.
    private func fish(_ line: String) throws -> [String] {
        let output = try ProcessRunner.run(try shell("fish"), ["-c", "source roadmap.fish; complete -C '\(line)'"], environment: environment, currentDirectory: folder)
        XCTAssertEqual(output.status, 0, output.stderrText)
        return output.stdoutText.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }.sorted()
    }

    private let subcommands = ["bench", "config", "diff", "explore", "export", "fmt", "generate", "help", "import", "progress", "schedule", "summary", "textconv", "validate"]
    private let minimalAreas = ["enablement", "governance"]

    // MARK: - bash

    func testBashCompletesFilesAndSubcommandsAsTheFirstWord() throws {
        XCTAssertEqual(try bash(["roadmap", ""]), (["plan.json", "sub"] + subcommands).sorted())
        XCTAssertEqual(try bash(["roadmap", "export", ""]), ["plan.json", "sub"])
        XCTAssertEqual(try bash(["roadmap", "diff", "plan.json", ""]), ["plan.json", "sub"])
        XCTAssertEqual(try bash(["roadmap", "export", "--output", ""]), ["notes.txt", "plan.json", "roadmap.bash", "roadmap.fish", "sub", "_roadmap"].sorted())
        XCTAssertEqual(try bash(["roadmap", "--baseline", ""]), ["plan.json", "sub"])
        XCTAssertEqual(try bash(["roadmap", "--view", "teams", ""]), ["plan.json", "sub"], "after an option's value, no subcommand")
    }

    func testBashCompletesIdsOfTheRoadmapOnTheCommandLine() throws {
        XCTAssertEqual(try bash(["roadmap", "plan.json", "--area", ""]), minimalAreas)
        XCTAssertEqual(try bash(["roadmap", "export", "plan.json", "--activity", ""]), ["cloud", "propose", "socialize"])
        XCTAssertEqual(try bash(["roadmap", "export", "plan.json", "--delay", "pro"]), ["propose="])
        XCTAssertEqual(try bash(["roadmap", "schedule", "plan.json", "--delay", ""]), ["cloud=", "propose=", "socialize="])
        XCTAssertEqual(try bash(["roadmap", "plan.json", "--team", ""]), ["cloud-team", "strategy-team"])
        // Without a FILE: the shipped roadmap (there is no ./roadmap.json here).
        XCTAssertTrue(try bash(["roadmap", "--area", ""]).contains("digital-governance"))
    }

    func testBashNeverOffersSubcommandsAfterAnOptionThatTakesAValue() throws {
        for option in ["--delay", "--search", "--width", "--float-at-most"] {
            let offered = try bash(["roadmap", option, ""])
            XCTAssertTrue(Set(offered).isDisjoint(with: subcommands), "\(option): \(offered)")
        }
        XCTAssertEqual(try bash(["roadmap", "--status", ""]), ["new", "ongoing"])
    }

    // MARK: - zsh

    func testZshCompletesTheExplorersFlagsValuesAndFileWithoutItsName() throws {
        XCTAssertEqual(try zsh("roadmap --view "), ["critical-path", "current-state", "dependencies", "glossary", "roadmap", "strategy",
                                                   "team-gantt", "teams", "transition", "what-ifs"])
        XCTAssertEqual(try zsh("roadmap "), (["plan.json", "sub"] + subcommands).sorted())
        XCTAssertEqual(try zsh("roadmap --view teams "), ["plan.json", "sub"])
        XCTAssertEqual(try zsh("roadmap export --format mer"), ["mermaid"])
    }

    func testZshCompletesIdsAndNothingElseAfterAnOption() throws {
        XCTAssertEqual(try zsh("roadmap plan.json --area "), minimalAreas)
        XCTAssertEqual(try zsh("roadmap export plan.json --team "), ["cloud-team", "strategy-team"])
        XCTAssertEqual(try zsh("roadmap plan.json --delay "), ["cloud=", "propose=", "socialize="])
        XCTAssertEqual(try zsh("roadmap --search "), [])
    }

    // MARK: - fish

    func testFishCompletesTheExplorersFlagsWithoutItsName() throws {
        XCTAssertEqual(try fish("roadmap --lang "), ["fr", "en"].sorted())
        XCTAssertEqual(try fish("roadmap plan.json --crit"), ["--critical"])
        XCTAssertEqual(try fish("roadmap export --format mer"), ["mermaid"])
        XCTAssertTrue(try fish("roadmap ").contains("export"))
    }
}

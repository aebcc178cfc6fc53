import Foundation
import XCTest
@testable import RoadmapTUI

/// The man page (docs/man/roadmap.1, written by scripts/man-page) renders with man(1), names
/// every subcommand and every flag the program has, and holds the sections generated from the
/// program as they are now (the keys from the action table); docs/keys.md likewise. A change
/// to a command, a flag or a key that was not followed by `make man` fails here.
final class ManPageTests: XCTestCase {
    private static let repository = TerminalTestCase.repository
    private var page: URL { Self.repository.appendingPathComponent("docs/man/roadmap.1") }

    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: ManPageTests.self)) }

    /// The page as man(1) renders it, wide enough that no flag is hyphenated.
    private func rendered() throws -> String {
        let man = try XCTUnwrap(ProcessRunner.find("man"), "man is not installed: scripts/bootstrap installs man-db")
        let output = try ProcessRunner.run(man, ["-l", page.path], environment: ["MANWIDTH": "200", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(output.status, 0, output.stderrText)
        XCTAssertEqual(output.stderrText, "", "man renders the page without a warning")
        // Without the backspace overstriking of bold and underline.
        return output.stdoutText.replacing(/.\x08/, with: "")
    }

    func testThePageRendersAndNamesEverySubcommandAndFlag() throws {
        let text = try rendered()
        let dump = try ProcessRunner.run(try binary(), ["--experimental-dump-help"])
        let tool = try XCTUnwrap(JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
        let root = try XCTUnwrap(tool["command"] as? [String: Any])
        var commands: [[String: Any]] = [root]
        var checked = 0
        while let command = commands.popLast() {
            commands += (command["subcommands"] as? [[String: Any]] ?? []).filter { ($0["shouldDisplay"] as? Bool) != false }
            let name = command["commandName"] as? String ?? ""
            if command as NSDictionary != root as NSDictionary, name != "help" {
                XCTAssertTrue(text.contains("\n     \(name)\n") || text.contains("     \(name) "), "the page names the subcommand \(name)")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where (argument["shouldDisplay"] as? Bool) != false {
                for flag in argument["names"] as? [[String: Any]] ?? [] {
                    let spelled = (flag["kind"] as? String == "short" ? "-" : "--") + (flag["name"] as? String ?? "")
                    XCTAssertTrue(text.contains(spelled), "the page names \(spelled) of \(name)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 60, "every flag of every subcommand was looked for")
        for section in ["KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"] {
            XCTAssertTrue(text.contains("\n" + section + "\n"), "the page has the section \(section)")
        }
        for variable in ["NO_COLOR", "TERM", "LANG", "XDG_CONFIG_HOME", "ROADMAP_TIMING"] {
            XCTAssertTrue(text.contains(variable), "ENVIRONMENT names \(variable)")
        }
    }

    func testThePagesOwnSectionsAreTheProgramsAsTheyAreNow() throws {
        let committed = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(committed.hasSuffix(ManPageSections.mdoc()),
                      "docs/man/roadmap.1 ends with what `roadmap reference man` prints today: run `make man`")
        XCTAssertTrue(committed.contains(".Nd \"\(RoadmapCommand.configuration.abstract)\""), "the page's name line is the program's abstract")
    }

    func testEveryKeyOfTheActionTableIsInThePage() throws {
        let text = try rendered()
        for spec in ActionTable.all {
            XCTAssertTrue(text.contains(spec.help.en.prefix(40)), "the page gives the help of \(spec.action): \(spec.help.en)")
        }
    }

    func testTheKeysReferenceIsTheActionTable() throws {
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        XCTAssertEqual(committed, KeysReference.markdown(), "docs/keys.md is written by `roadmap reference keys > docs/keys.md`")
    }
}

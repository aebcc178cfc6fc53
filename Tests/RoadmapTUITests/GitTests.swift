import Foundation
import XCTest
@testable import RoadmapTUI

/// Roadmaps in git, through the recipe of the guide, in a repository of the test's own with the
/// real git: `roadmap textconv` for `git diff`'s textconv, `roadmap diff` as git's external
/// diff driver (the seven arguments git passes), and `REV:PATH` wherever a FILE goes.
final class GitTests: ToolTestCase {
    private var repository: URL!
    private var environment: [String: String] = [:]

    override func setUpWithError() throws {
        try super.setUpWithError()
        repository = file("repo")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        // git and roadmap as a user runs them, but with no configuration of the machine's.
        environment = ProcessRunner.isolatedEnvironment
        environment["HOME"] = folder.path
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["GIT_PAGER"] = "cat"
        try git(["init", "-q", "-b", "main"])
        try git(["config", "user.email", "test@example.org"])
        try git(["config", "user.name", "Test"])
        try FileManager.default.copyItem(at: Self.shipped, to: repository.appendingPathComponent("roadmap.json"))
        try git(["add", "roadmap.json"])
        try git(["commit", "-q", "-m", "v1"])
        try git(["tag", "v1"])
        // v2: a later finish, a new English name and a month of lag on an inferred link.
        try edit { root in
            var activities = root["activities"] as! [[String: Any]]
            let k = activities.firstIndex { $0["id"] as? String == "program-proposal" }!
            activities[k]["finish"] = "2017-06"
            var name = activities[k]["name"] as! [String: String]
            name["en"] = "Proposal for a pan-Canadian digital government"
            activities[k]["name"] = name
            root["activities"] = activities
            var links = root["dependencies"] as! [[String: Any]]
            links[0]["lag"] = 1
            root["dependencies"] = links
        }
        try git(["commit", "-q", "-am", "v2"])
    }

    @discardableResult
    private func git(_ arguments: [String], status expected: Int32 = 0) throws -> ProcessOutput {
        let run = try ProcessRunner.run(try tool("git", package: "git"), arguments, environment: environment, currentDirectory: repository, timeout: 120)
        XCTAssertEqual(run.status, expected, "git \(arguments.joined(separator: " ")): \(run.stderrText)")
        return run
    }

    private func edit(_ change: (inout [String: Any]) -> Void) throws {
        let url = repository.appendingPathComponent("roadmap.json")
        var root = try json(url)
        change(&root)
        try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted]).write(to: url)
    }

    /// The recipe of the guide: `.gitattributes` and the two settings.
    private func configure() throws {
        try "roadmap.json diff=roadmap\n*.roadmap.json diff=roadmap\n".write(to: repository.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        try git(["config", "diff.roadmap.textconv", "\(binary.path) textconv"])
        try git(["config", "diff.roadmap.command", "\(binary.path) diff"])
    }

    func testGitDiffShowsTheChangesAsTheRoadmapsOwnLines() throws {
        try configure()
        // textconv: git log -p, and git diff --no-ext-diff (the driver is for git diff).
        let log = try git(["log", "-p", "-1", "--format=", "--", "roadmap.json"])
        for line in ["-activities[program-proposal].finish: 2017-03", "+activities[program-proposal].finish: 2017-06",
                     "+activities[program-proposal].name.en: Proposal for a pan-Canadian digital government",
                     "-dependencies[program-proposal → socialize-program-proposal FS].lag: 0",
                     "+dependencies[program-proposal → socialize-program-proposal FS].lag: 1",
                     "+schedule.finish: 2018-07 (the schedule's early finish)"] {
            XCTAssertTrue(log.stdoutText.contains("\n" + line + "\n"), "\(line): \(log.stdoutText.prefix(3000))")
        }
        // A reference says the name it points to.
        XCTAssertTrue(log.stdoutText.contains(" activities[program-proposal].area: program-structure — Program Structure\n"), log.stdoutText)
        // Nothing else of the file changed: the three values, the references that name the
        // renamed activity, then what the schedule makes of them.
        let added = log.stdoutText.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        let values = added.filter { !$0.hasPrefix("+schedule") && !$0.hasSuffix("program-proposal — Proposal for a pan-Canadian digital government") }
        XCTAssertEqual(values.count, 3, log.stdoutText)
        XCTAssertEqual(added.filter { $0.hasSuffix("].from: program-proposal — Proposal for a pan-Canadian digital government") }.count, 2, log.stdoutText)
        XCTAssertTrue(added.contains("+schedule[socialize-program-proposal]: early 2017-08 – 2018-01 · late 2017-08 – 2018-01 · total float 0 · slips 4 · critical — Socialize the digital government proposal"),
                      log.stdoutText)
        let plain = try git(["diff", "--no-ext-diff", "v1", "--", "roadmap.json"])
        XCTAssertTrue(plain.stdoutText.contains("+activities[program-proposal].finish: 2017-06"), plain.stdoutText)
    }

    /// The same roadmap written another way (members in another order, another indentation)
    /// gives the same text: git shows no change in it.
    func testTextconvIsStable() throws {
        let url = repository.appendingPathComponent("roadmap.json")
        let first = try roadmap(["textconv", url.path], in: repository, environment: environment)
        XCTAssertEqual(first.status, 0, first.stderrText)
        let root = try json(url)
        try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: url)
        let again = try roadmap(["textconv", url.path], in: repository, environment: environment)
        XCTAssertEqual(again.stdoutText, first.stdoutText)
        XCTAssertGreaterThan(first.stdoutText.split(separator: "\n").count, 1000)
        try configure()
        XCTAssertEqual(try git(["diff", "--no-ext-diff", "--", "roadmap.json"]).stdoutText, "", "a reformatting is no change")
        let bad = file("bad.json")
        try Data("{\"schemaVersion\": 1,\n  \"meta\": }".utf8).write(to: bad)
        let refused = try roadmap(["textconv", bad.path], in: repository, environment: environment)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stdout.isEmpty)
        XCTAssertTrue(refused.stderrText.contains("bad.json:2:"), refused.stderrText)
    }

    func testRoadmapDiffIsGitsExternalDiffDriver() throws {
        try configure()
        let diff = try git(["diff", "v1", "--", "roadmap.json"])
        let text = diff.stdoutText
        XCTAssertTrue(text.hasPrefix("diff --roadmap a/roadmap.json b/roadmap.json\nComparison of two versions of the roadmap\n"), text)
        let v1 = String(try git(["rev-parse", "v1:roadmap.json"]).stdoutText.prefix(7))
        XCTAssertTrue(text.contains("Old version: a/roadmap.json (\(v1))"), text)
        XCTAssertTrue(text.contains("planned finish: 2017-03 → 2017-06"), text)
        XCTAssertTrue(text.contains("lag: 0 → 1"), text)
        XCTAssertTrue(text.contains("Finish: Jul 2018, 4 months later than in the old version"), text)

        // A change in the working tree, a file added, a file deleted.
        try edit { root in
            var activities = root["activities"] as! [[String: Any]]
            activities.removeLast()
            root["activities"] = activities
        }
        let working = try git(["diff", "--", "roadmap.json"])
        XCTAssertTrue(working.stdoutText.contains("New version: b/roadmap.json (working tree)"), working.stdoutText)
        XCTAssertTrue(working.stdoutText.contains("Activities removed (1)"), working.stdoutText)
        try FileManager.default.copyItem(at: Self.shipped, to: repository.appendingPathComponent("copy.roadmap.json"))
        try git(["add", "copy.roadmap.json"])
        let added = try git(["diff", "--cached", "--", "copy.roadmap.json"])
        let blob = String(try git(["rev-parse", ":copy.roadmap.json"]).stdoutText.prefix(7))
        XCTAssertEqual(added.stdoutText, "diff --roadmap a/copy.roadmap.json b/copy.roadmap.json\nb/copy.roadmap.json (\(blob)): new file: 29 activities\n")
        try git(["commit", "-q", "-m", "copy"])
        try git(["rm", "-q", "copy.roadmap.json"])
        let deleted = try git(["diff", "--cached", "--", "copy.roadmap.json"])
        XCTAssertTrue(deleted.stdoutText.hasSuffix(": deleted file: 29 activities\n"), deleted.stdoutText)

        // A side that is not a roadmap: git is told (exit 2) and stops with the located errors.
        try Data("{ not json".utf8).write(to: repository.appendingPathComponent("roadmap.json"))
        let broken = try git(["diff", "--", "roadmap.json"], status: 128)
        XCTAssertTrue(broken.stderrText.contains("b/roadmap.json (working tree):1:"), broken.stderrText)
    }

    func testTheSevenArgumentsAreToldApartFromAUsersMistake() throws {
        let hex = String(repeating: "a", count: 40)
        XCTAssertNotNil(GitDiffArguments(["roadmap.json", "/tmp/old", hex, "100644", "roadmap.json", String(repeating: "0", count: 40), "100644"]))
        XCTAssertNotNil(GitDiffArguments(["a.json", "/dev/null", ".", ".", "a.json", hex, "100644"]))
        XCTAssertNotNil(GitDiffArguments(["a.json", "/tmp/old", hex, "100644", "/tmp/new", hex, "100644", "b.json", "similarity index 90%\n"]))
        XCTAssertNil(GitDiffArguments(["a.json", "b.json", "c.json", "d.json", "e.json", "f.json", "g.json"]))
        XCTAssertNil(GitDiffArguments(["a.json", "/tmp/old", "abc", "100644", "/tmp/new", hex, "100644"]))
        let three = try roadmap(["diff", "a.json", "b.json", "c.json"])
        XCTAssertEqual(three.status, 2)
        XCTAssertTrue(three.stderrText.contains("3 files given; give OLD and NEW"), three.stderrText)
    }

    func testRevisionAndPathWhereAFileGoes() throws {
        let diff = try roadmap(["diff", "HEAD~1:roadmap.json", "roadmap.json"], in: repository, environment: environment)
        XCTAssertEqual(diff.status, 1, diff.stderrText)
        XCTAssertTrue(diff.stdoutText.contains("Old version: HEAD~1:roadmap.json\nNew version: roadmap.json\n"), diff.stdoutText)
        XCTAssertTrue(diff.stdoutText.contains("planned finish: 2017-03 → 2017-06"), diff.stdoutText)
        let same = try roadmap(["diff", "v1:roadmap.json", "main~1:./roadmap.json"], in: repository, environment: environment)
        XCTAssertEqual(same.status, 0, same.stderrText + same.stdoutText)
        // --baseline: the grid draws v1's bars where they differ, and says whose they are.
        let grid = try roadmap(["export", "--baseline", "v1:roadmap.json", "--format", "text", "--lang", "en", "--width", "160"], in: repository, environment: environment)
        XCTAssertEqual(grid.status, 0, grid.stderrText)
        XCTAssertTrue(grid.stdoutText.contains("v1:roadmap.json"), grid.stdoutText)
        XCTAssertTrue(grid.stdoutText.contains("▁"), grid.stdoutText)
        // The staged version, and from a folder below the top.
        let below = repository.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
        let staged = try roadmap(["validate", ":roadmap.json"], in: below, environment: environment)
        XCTAssertEqual(staged.status, 0, staged.stderrText + staged.stdoutText)
    }

    func testARevisionOrAFileThatIsNotThereIsSaidAndNothingIsWritten() throws {
        let output = file("out.txt")
        try Data("before".utf8).write(to: output)
        let outside = file("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let cases: [([String], URL, String)] = [
            (["diff", "v9:roadmap.json", "roadmap.json"], repository,
             "v9:roadmap.json: error: no such file, and no revision \"v9\" in this git repository"),
            (["diff", "v1:nothing.json", "roadmap.json"], repository,
             "v1:nothing.json: error: no such file, and revision v1 has no file \"nothing.json\" (PATH is from the top of the repository; ./nothing.json is from the current folder)"),
            (["diff", "HEAD:roadmap.json", Self.shipped.path], outside,
             "HEAD:roadmap.json: error: no such file, and as REV:PATH it needs a git repository: the current folder is not in one"),
        ]
        for (arguments, directory, message) in cases {
            let run = try roadmap(arguments + ["-o", output.path], in: directory, environment: environment)
            XCTAssertEqual(run.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(run.stderrText.contains(message), "\(arguments): \(run.stderrText)")
            XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before")
        }
        let export = try roadmap(["export", "--baseline", "v9:roadmap.json", "-o", output.path], in: repository, environment: environment)
        XCTAssertEqual(export.status, 1)
        XCTAssertTrue(export.stderrText.contains("v9:roadmap.json: error: no such file, and no revision \"v9\""), export.stderrText)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "before")
        let plans = repository.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.shipped, to: plans.appendingPathComponent("q3.json"))
        try git(["add", "plans"])
        try git(["commit", "-q", "-m", "plans"])
        let folderInRevision = try roadmap(["validate", "HEAD:plans"], in: repository, environment: environment)
        XCTAssertEqual(folderInRevision.status, 1)
        XCTAssertTrue((folderInRevision.stdoutText + folderInRevision.stderrText).contains("HEAD:plans: error: \"plans\" is a folder in revision HEAD, not a roadmap file"),
                      folderInRevision.stdoutText + folderInRevision.stderrText)
        XCTAssertEqual(try roadmap(["validate", "HEAD:plans/q3.json"], in: repository, environment: environment).status, 0)
    }
}

import Foundation
import XCTest

/// What the tests that drive other programs (tj3, git, LibreOffice) share: the built `roadmap`,
/// a folder of their own removed at the end, the repository's files, and a program that must
/// be there — scripts/bootstrap installs each one, so a missing one fails, saying so.
class ToolTestCase: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shipped = repository.appendingPathComponent("roadmap.json")

    private(set) var binary: URL!
    private(set) var folder: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: ToolTestCase.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-\(type(of: self))-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    /// `roadmap ARGS`, in the test's folder unless told otherwise.
    func roadmap(_ arguments: [String], in directory: URL? = nil, input: ProcessRunner.Input = .none,
                 environment: [String: String]? = nil) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: environment, currentDirectory: directory ?? folder, input: input, timeout: 120)
    }

    /// The program `name` on PATH; a failure naming the Debian package when it is missing.
    func tool(_ name: String, package: String) throws -> URL {
        guard let url = ProcessRunner.find(name) else {
            throw TerminalTestFailure("\(name) is not installed: scripts/bootstrap installs it (Debian package \(package))")
        }
        return url
    }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A JSON file's object.
    func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any], url.lastPathComponent)
    }

    func json(_ data: Data, _ what: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], what)
    }

    /// Writes `object` as a roadmap file in the test's folder.
    @discardableResult
    func write(_ object: [String: Any], to name: String) throws -> URL {
        let url = file(name)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        return url
    }

    /// `roadmap generate --activities N --seed S [more]`, parsed.
    func generated(_ count: Int, seed: Int, _ more: [String] = []) throws -> [String: Any] {
        let run = try roadmap(["generate", "--activities", "\(count)", "--seed", "\(seed)"] + more)
        XCTAssertEqual(run.status, 0, run.stderrText)
        return try json(run.stdout, "generated")
    }

    /// The roadmap with every planned start pulled to the timeline's first month (durations
    /// kept), so that the links alone decide the dates.
    static func pulledToStart(_ roadmap: [String: Any]) -> [String: Any] {
        var root = roadmap
        let meta = root["meta"] as! [String: Any]
        let start = (meta["timeline"] as! [String: Any])["start"] as! String
        func ordinal(_ month: String) -> Int { Int(month.prefix(4))! * 12 + Int(month.suffix(2))! - 1 }
        func month(_ n: Int) -> String { String(format: "%04d-%02d", n / 12, n % 12 + 1) }
        root["activities"] = (root["activities"] as! [[String: Any]]).map { activity in
            var a = activity
            let length = ordinal(a["finish"] as! String) - ordinal(a["start"] as! String)
            a["start"] = start
            a["finish"] = month(ordinal(start) + length)
            return a
        }
        return root
    }
}

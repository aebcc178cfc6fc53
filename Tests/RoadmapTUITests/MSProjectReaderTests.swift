import Foundation
import XCTest

/// `roadmap export --format msproject` read back by a real reader: MPXJ's UniversalProjectReader
/// (scripts/mpxj_read.py, PyPI mpxj on Java) finds the same tasks, dates, links with their
/// types and lags, resources and assignments as `roadmap export --format json` of the same
/// view. Java, mpxj and jpype1 come from scripts/bootstrap: where one is missing the test
/// fails with MPXJ's own words, as it does on any other failure to read.
final class MSProjectReaderTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A name that would break XML written carelessly: markup, an entity, the end of a CDATA
    /// section, a control character and a bidi override.
    static let hostileName = "<b>Fish & chips</b> ]]> \u{1}bell \u{202E}reversed"

    /// The test's roadmap: the minimal fixture with a link of each type, leads and lags, and a
    /// hostile name.
    private func fixture(in folder: URL) throws -> URL {
        let minimal = Self.repository.appendingPathComponent("Tests/Fixtures/minimal.json")
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: minimal)) as? [String: Any])
        var activities = try XCTUnwrap(root["activities"] as? [[String: Any]])
        activities.append(["id": "follow", "name": ["fr": "Suivre", "en": "Follow"], "area": "governance", "role": "CE",
                           "status": "new", "start": "2016-12", "finish": "2017-02"])
        activities.append(["id": "hostile", "name": ["fr": Self.hostileName, "en": Self.hostileName], "area": "enablement",
                           "role": "In", "status": "new", "team": "cloud-team", "start": "2017-01", "finish": "2017-02"])
        root["activities"] = activities
        root["dependencies"] = [
            ["from": "propose", "to": "socialize", "type": "FS", "lag": 0],
            ["from": "propose", "to": "follow", "type": "SS", "lag": 2],
            ["from": "follow", "to": "hostile", "type": "SF", "lag": 1],
            ["from": "hostile", "to": "cloud", "type": "FF", "lag": -1],
            ["from": "follow", "to": "socialize", "type": "FS", "lag": 1],
        ]
        let url = folder.appendingPathComponent("links.json")
        try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted]).write(to: url)
        return url
    }

    private struct Link: Hashable { let from: String, to: String, type: String, lag: Double }

    func testMPXJReadsWhatTheJSONExportSays() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: Self.self))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-mspdi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = try fixture(in: folder)
        let shipped = Self.repository.appendingPathComponent("roadmap.json")

        let cases: [(URL, [String])] = [
            (file, ["--lang", "en"]), (file, ["--lang", "fr"]), (file, ["--lang", "en", "--area", "governance"]),
            (shipped, ["--lang", "fr"]), (shipped, ["--lang", "en", "--role", "Int"]),
        ]
        for (roadmap, options) in cases {
            let what = "\(roadmap.lastPathComponent) \(options.joined(separator: " "))"
            let xml = folder.appendingPathComponent("plan.xml")
            let export = try ProcessRunner.run(binary, ["export", "--format", "msproject", roadmap.path, "-o", xml.path] + options)
            XCTAssertEqual(export.status, 0, "\(what): \(export.stderrText)")
            let json = try ProcessRunner.run(binary, ["export", "--format", "json", roadmap.path] + options)
            XCTAssertEqual(json.status, 0, "\(what): \(json.stderrText)")
            let read = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                             ["python3", Self.repository.appendingPathComponent("scripts/mpxj_read.py").path, xml.path],
                                             timeout: 120)
            // Status 3: Java or the Python packages are missing; scripts/bootstrap installs them,
            // so that is a failure like any other, never a skip.
            XCTAssertEqual(read.status, 0, "\(what): MPXJ did not read the file (scripts/bootstrap installs Java, mpxj and jpype1): \(read.stderrText)")
            guard read.status == 0 else { continue }
            try compare(what, mpxj: read.stdout, json: json.stdout, roadmap: roadmap)
        }
    }

    private func compare(_ what: String, mpxj: Data, json: Data, roadmap: URL) throws {
        let read = try XCTUnwrap(JSONSerialization.jsonObject(with: mpxj) as? [String: Any], what)
        let schedule = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any], what)
        let file = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: roadmap)) as? [String: Any], what)
        let expected = try XCTUnwrap(schedule["activities"] as? [[String: Any]], what)
        let tasks = try XCTUnwrap(read["tasks"] as? [[String: Any]], what)
        XCTAssertEqual(read["fields"] as? [String: String], ["Text1": "Role", "Text2": "Status", "Text3": "Area", "Text4": "Provenance"], what)

        let leaves = tasks.filter { $0["outlineLevel"] as? Int == 2 }
        XCTAssertEqual(tasks.filter { $0["outlineLevel"] as? Int != 2 }.allSatisfy { $0["summary"] as? Bool == true }, true,
                       "\(what): every other task is an area's summary task, with activities under it")
        XCTAssertEqual(leaves.compactMap { $0["wbs"] as? String }.sorted(), expected.compactMap { $0["id"] as? String }.sorted(),
                       "\(what): one task per activity of the view, no other")
        var uidOf: [Int: String] = [:]
        for task in leaves { uidOf[task["uid"] as! Int] = task["wbs"] as? String }
        for activity in expected {
            let id = activity["id"] as! String
            guard let task = leaves.first(where: { $0["wbs"] as? String == id }) else { continue }
            XCTAssertEqual(task["name"] as? String, Self.xmlSafe(activity["name"] as! String), "\(what): \(id)")
            XCTAssertEqual((task["start"] as? String)?.prefix(7).description, activity["earlyStart"] as? String, "\(what): \(id) start")
            XCTAssertEqual((task["finish"] as? String)?.prefix(7).description, activity["earlyFinish"] as? String, "\(what): \(id) finish")
            XCTAssertEqual((task["start"] as? String)?.suffix(5).description, "08:00", "\(what): \(id)")
            XCTAssertEqual((task["finish"] as? String)?.suffix(5).description, "17:00", "\(what): \(id)")
            XCTAssertEqual(task["text1"] as? String, activity["role"] as? String, "\(what): \(id) role")
            XCTAssertEqual(task["text2"] as? String, activity["status"] as? String, "\(what): \(id) status")
            XCTAssertEqual(task["text3"] as? String, activity["area"] as? String, "\(what): \(id) area")
            XCTAssertEqual((task["text4"] as? String)?.hasPrefix(activity["source"] as! String), true, "\(what): \(id) provenance")
            XCTAssertEqual(task["outlineLevel"] as? Int, 2, "\(what): \(id) under its area")
        }

        // Every link between two activities of the view, with its type and lag in months.
        let shown = Set(expected.map { $0["id"] as! String })
        let stated = (file["dependencies"] as? [[String: Any]] ?? []).map {
            Link(from: $0["from"] as! String, to: $0["to"] as! String, type: $0["type"] as? String ?? "FS", lag: Double($0["lag"] as? Int ?? 0))
        }.filter { shown.contains($0.from) && shown.contains($0.to) }
        var found: [Link] = []
        for task in leaves {
            for link in task["predecessors"] as? [[String: Any]] ?? [] {
                XCTAssertEqual(link["lagUnits"] as? String, "mo", "\(what): lags in months")
                found.append(Link(from: uidOf[link["uid"] as! Int] ?? "?", to: task["wbs"] as! String,
                                  type: link["type"] as! String, lag: link["lag"] as! Double))
            }
        }
        XCTAssertEqual(Set(found), Set(stated), "\(what): the links")
        XCTAssertEqual(found.count, stated.count, what)

        // The teams that carry the shown activities, each assigned to its activities.
        let teams = (file["teams"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
            let name = $1["name"]
            $0[$1["id"] as! String] = (name as? [String: String])?[what.contains("--lang fr") ? "fr" : "en"] ?? name as? String
        }
        let resources = try XCTUnwrap(read["resources"] as? [[String: Any]], what)
        let resourceName = Dictionary(uniqueKeysWithValues: resources.map { ($0["uid"] as! Int, $0["name"] as! String) })
        let assignments = (read["assignments"] as? [[String: Any]] ?? []).map {
            "\(uidOf[$0["task"] as! Int] ?? "?") → \(resourceName[$0["resource"] as! Int] ?? "?")"
        }
        let wanted = expected.compactMap { activity in
            (activity["team"] as? String).map { "\(activity["id"] as! String) → \(teams[$0] ?? "?")" }
        }
        XCTAssertEqual(assignments.sorted(), wanted.sorted(), "\(what): the assignments")
        XCTAssertEqual(Set(resourceName.values), Set(expected.compactMap { ($0["team"] as? String).flatMap { teams[$0] } }), "\(what): the resources")
    }

    /// What the export writes for a name: control characters as their pictures, bidi
    /// overrides as �, as every export shows them.
    static func xmlSafe(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar.value < 0x20 { return Unicode.Scalar(0x2400 + scalar.value)! }
            if (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) { return "\u{FFFD}" }
            return scalar
        }))
    }
}

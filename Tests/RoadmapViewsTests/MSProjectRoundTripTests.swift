import XCTest
import RoadmapModel
import RoadmapSynthetic
@testable import RoadmapViews

/// import(export(roadmap)) through MS Project XML schedules to the same plan: every activity
/// comes back under its own id (the WBS), on the same early and late dates, with the same
/// floats, and the critical path and the teams on it are the same activities and teams. The
/// export writes each activity on its early dates, so the imported plan's dates are those, and
/// the links with their types and lags give back the same network.
final class MSProjectRoundTripTests: XCTestCase {
    func testTheShippedRoadmapComesBackTheSameInBothLanguages() throws {
        let shipped = try Fixture.shipped()
        for language in Language.allCases {
            try assertRoundTrip(shipped, language: language, what: "roadmap.json \(language)")
        }
    }

    /// Generated plans carry every link type, leads and lags, teams shared by many activities,
    /// fan-in and long chains: the shapes a hand-made fixture would not think of.
    func testGeneratedRoadmapsComeBackTheSame() throws {
        for (profile, count, seed) in [(SyntheticProfile.clean, 1_500, UInt64(11)), (.manyTeams, 600, 12), (.fanIn, 400, 13), (.deepChain, 300, 14)] {
            var options = profile.options(activities: count, seed: seed)
            options.fanIn = min(options.fanIn, 200)
            let loaded = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options))
            let validated = try XCTUnwrap(loaded.validated, "\(profile): \(loaded.errors.first.map { "\($0)" } ?? "")")
            try assertRoundTrip(ScheduledRoadmap(validated), language: .en, what: "\(profile.rawValue) \(count)")
        }
    }

    private func assertRoundTrip(_ original: ScheduledRoadmap, language: Language, what: String,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let xml = try Exporter.render(original, ViewState(view: .roadmap, language: language), format: .msproject, width: 100)
        let imported = PlanImport.load(bytes: xml, format: .msproject, options: ImportOptions(language: language, fileName: "plan.xml"))
        let validated = try XCTUnwrap(imported.validated, "\(what): \(imported.errors.prefix(3).map { "\($0)" })", file: file, line: line)
        let back = ScheduledRoadmap(validated)
        let before = original.roadmap, after = back.roadmap
        XCTAssertEqual(after.activities.count, before.activities.count, what, file: file, line: line)
        XCTAssertEqual(after.dependencies.count, before.dependencies.count, what, file: file, line: line)

        var index: [String: Int] = [:]
        for (i, activity) in after.activities.enumerated() { index[activity.id] = i }
        let s = original.schedule, t = back.schedule
        var mismatches: [String] = []
        for (i, activity) in before.activities.enumerated() {
            guard let j = index[activity.id] else {
                mismatches.append("\(activity.id) missing")
                continue
            }
            let a = [s.month(s.earlyStart[i]), s.lastMonth(s.earlyFinish[i]), s.month(s.lateStart[i]), s.lastMonth(s.lateFinish[i])]
            let b = [t.month(t.earlyStart[j]), t.lastMonth(t.earlyFinish[j]), t.month(t.lateStart[j]), t.lastMonth(t.lateFinish[j])]
            if a != b { mismatches.append("\(activity.id) dates \(a) → \(b)") }
            if (s.totalFloat[i], s.freeFloat[i]) != (t.totalFloat[j], t.freeFloat[j]) {
                mismatches.append("\(activity.id) floats \(s.totalFloat[i])/\(s.freeFloat[i]) → \(t.totalFloat[j])/\(t.freeFloat[j])")
            }
            if activity.team != after.activities[j].team { mismatches.append("\(activity.id) team \(activity.team ?? "-") → \(after.activities[j].team ?? "-")") }
            if activity.area != after.activities[j].area { mismatches.append("\(activity.id) area \(activity.area) → \(after.activities[j].area)") }
        }
        XCTAssertEqual(mismatches.prefix(10), [], "\(what): \(mismatches.count) differences", file: file, line: line)
        // The same activities and teams on the critical path (the order follows each file's rows).
        XCTAssertEqual(Set(t.criticalPath.map { after.activities[$0].id }), Set(s.criticalPath.map { before.activities[$0].id }), what, file: file, line: line)
        XCTAssertEqual(Set(back.teams.criticalPath.map { after.teams[$0].id }), Set(original.teams.criticalPath.map { before.teams[$0].id }),
                       what, file: file, line: line)
        XCTAssertEqual(s.projectStart, t.projectStart, what, file: file, line: line)
        XCTAssertEqual(s.projectFinishMonth, t.projectFinishMonth, what, file: file, line: line)
    }
}

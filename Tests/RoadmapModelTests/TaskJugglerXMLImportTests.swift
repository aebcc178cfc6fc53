import Foundation
import XCTest
@testable import RoadmapModel

/// MS Project XML as TaskJuggler writes it (its `export` report, `formats mspxml`): a finish is
/// the instant a task is over, midnight of the next day, and its top tasks are at outline level
/// 0. Tests/Fixtures/msproject/taskjuggler.xml is what tj3 3.7.1 wrote from taskjuggler.tjp
/// beside it (TaskJugglerTests has tj3 write such files afresh from our own export).
final class TaskJugglerXMLImportTests: XCTestCase {
    private func fixture() throws -> ValidatedRoadmap {
        let bytes = try RuleFixtures.bytes(MSPDIImportTests.folder.appendingPathComponent("taskjuggler.xml"))
        return try ImportBuilder.build(MSPDIReader.read(bytes), options: ImportOptions(fileName: "taskjuggler.xml")).get()
    }

    /// A January–March task ends "2017-04-01T00:00:00": in March, so its successor, which
    /// starts in April, does not slip.
    func testAFinishAtMidnightBelongsToTheDayBefore() throws {
        let validated = try fixture()
        let roadmap = validated.roadmap
        let months = roadmap.activities.map { "\($0.name.fr): \($0.start) – \($0.finish)" }
        XCTAssertEqual(months, [
            "Inventaire (janvier à mars): 2017-01 – 2017-03",
            "Portail (avril à juin): 2017-04 – 2017-06",
            "Lancement: 2017-07 – 2017-07",
            "Sondage (janvier et février): 2017-01 – 2017-02",
            // Ends 2017-03-17T00:00: the 16th, still March.
            "Revue (du 15 février au 16 mars): 2017-02 – 2017-03",
        ])
        let schedule = ScheduledRoadmap(validated).schedule
        XCTAssertEqual(roadmap.activities.indices.map { schedule.slip($0) }, [0, 0, 0, 0, 0], "nothing slips")
        XCTAssertEqual(roadmap.dependencies.map { "\($0.from) → \($0.to) \($0.type.rawValue)" },
                       ["task-2 → task-3 FS", "task-3 → task-4 FS", "task-2 → task-6 SS"])
        XCTAssertTrue(validated.warnings.allSatisfy { !$0.message.contains("slip") && !$0.message.contains("early") }, "\(validated.warnings)")
    }

    /// An actual finish is read as a finish is: TaskJuggler writes the work that ended with
    /// March as over at `2017-04-01T00:00:00`, which is March's; one at 17:00 on the 1st of
    /// April is April's.
    func testAnActualFinishAtMidnightBelongsToTheDayBefore() throws {
        func actual(_ finish: String) throws -> Activity {
            let plan = MSPDIImportTests.project(MSPDIImportTests.task(1, "Inventaire", "2017-01-02", "2017-03-31",
                more: "<PercentComplete>100</PercentComplete><ActualStart>2017-01-02T00:00:00</ActualStart><ActualFinish>\(finish)</ActualFinish>"))
                .replacingOccurrences(of: "<Title>Test</Title>", with: "<Title>Test</Title><StatusDate>2017-06-01T00:00:00</StatusDate>")
            return try XCTUnwrap(ImportBuilder.build(MSPDIReader.read(Array(plan.utf8)), options: ImportOptions(fileName: "plan.xml")).get().roadmap.activities.first)
        }
        XCTAssertEqual(try actual("2017-04-01T00:00:00").actualFinish, Month("2017-03"))
        XCTAssertEqual(try actual("2017-04-01T17:00:00").actualFinish, Month("2017-04"))
        XCTAssertEqual(try actual("2017-04-01T00:00:00").actualStart, Month("2017-01"))
    }

    /// TaskJuggler has no project summary task: its top tasks, at outline level 0, are the
    /// areas; MS Project's project summary task (UID 0 at level 0) is still left out.
    func testTopTasksAtLevelZeroAreTheAreas() throws {
        let roadmap = try fixture().roadmap
        XCTAssertEqual(roadmap.areas.map(\.name.fr), ["Données ouvertes", "Services"])
        XCTAssertEqual(roadmap.activities.map(\.area), ["donnees-ouvertes", "donnees-ouvertes", "donnees-ouvertes", "services", "services"])
        let withSummary = MSPDIImportTests.project(
            "<Task><UID>0</UID><Name>Project</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>"
                + "<Task><UID>1</UID><Name>Area</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>"
                + MSPDIImportTests.task(2, "Task", "2017-01-02", "2017-02-28", level: 2))
        let imported = try ImportBuilder.build(MSPDIReader.read(Array(withSummary.utf8)), options: ImportOptions(fileName: "plan.xml")).get().roadmap
        XCTAssertEqual(imported.areas.map(\.name.fr), ["Area"])
    }

    /// The milestone (Start = Finish = midnight) is not moved to the day before: it has no length.
    func testAMilestoneAtMidnightStaysOnItsDay() throws {
        let launch = try fixture().roadmap.activities[2]
        XCTAssertEqual(launch.start, Month("2017-07"))
        XCTAssertEqual(launch.finish, Month("2017-07"))
    }

    /// A milestone is an instant in the file and a one-month activity here: the task that
    /// follows it at once (TaskJuggler's start bounds of our own export) starts in its month,
    /// so the link from it is from its start, said in the link's provenance.
    func testALinkFromAMilestoneIsFromItsStart() throws {
        let xml = MSPDIImportTests.project(
            "<Task><UID>1</UID><Name>Not before April</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone>"
                + "<Start>2017-04-01T00:00:00</Start><Finish>2017-04-01T00:00:00</Finish></Task>"
                + "<Task><UID>2</UID><Name>Work</Name><OutlineLevel>1</OutlineLevel>"
                + "<Start>2017-04-01T00:00:00</Start><Finish>2017-07-01T00:00:00</Finish>" + MSPDIImportTests.link(1) + "</Task>")
        let validated = try ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "plan.xml")).get()
        let link = try XCTUnwrap(validated.roadmap.dependencies.first)
        XCTAssertEqual(link.type, .SS)
        XCTAssertEqual(link.provenance.inferredFields, ["type"])
        XCTAssertTrue(link.provenance.note?.en.contains("hence SS for FS") ?? false, "\(String(describing: link.provenance.note))")
        let schedule = ScheduledRoadmap(validated).schedule
        XCTAssertEqual(schedule.month(schedule.earlyStart[1]), Month("2017-04"))
        XCTAssertEqual(schedule.slip(1), 0)
    }

    /// A finish before the start, even within one month, is an error at the task.
    func testAFinishBeforeTheStartIsAnErrorAtTheTask() throws {
        let xml = MSPDIImportTests.project(
            "<Task><UID>7</UID><Name>Backwards</Name><OutlineLevel>1</OutlineLevel>"
                + "<Start>2017-05-20T08:00:00</Start><Finish>2017-05-03T17:00:00</Finish></Task>")
        let result = ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "plan.xml"))
        XCTAssertNil(result.validated)
        let error = try XCTUnwrap(result.errors.first)
        let message = error.formatted(file: "plan.xml")
        XCTAssertTrue(message.hasPrefix("plan.xml:10:"), message)
        XCTAssertTrue(message.hasSuffix(" error: Task UID 7 finish: finishes 2017-05-03T17:00:00, before it starts (2017-05-20T08:00:00)"), message)
    }

    func testDatesAsWritersWriteThem() throws {
        func finish(_ start: String, _ finish: String) -> String? {
            guard let s = MSPDIDate(start), let f = MSPDIDate(finish) else { return nil }
            return f.finishMonth(after: s).description
        }
        XCTAssertEqual(finish("2017-01-01T00:00:00", "2017-04-01T00:00:00"), "2017-03", "TaskJuggler: the instant after the last day")
        XCTAssertEqual(finish("2017-01-02T08:00:00", "2017-03-31T17:00:00"), "2017-03", "MS Project: the last working day")
        XCTAssertEqual(finish("2017-01-01T00:00", "2018-01-01T00:00"), "2017-12", "into the year before")
        XCTAssertEqual(finish("2017-04-01T00:00:00", "2017-04-01T00:00:00"), "2017-04", "a milestone keeps its day")
        XCTAssertEqual(finish("2017-03-10T00:00:00", "2017-04-01T00:00:01"), "2017-04", "a second after midnight is April")
        XCTAssertEqual(finish("2017-03-10T00:00:00", "2017-04-02T00:00:00"), "2017-04", "midnight of the 2nd is April 1st's end")
        XCTAssertEqual(finish("2017-03", "2017-04"), "2017-04", "a month alone is that month")
        XCTAssertEqual(finish("2017-03-01", "2017-04-01"), "2017-04", "a date without a time is that day")
        for bad in ["2017-4-01", "2017-04-1x", "2017-04-01T8:00", "2017-04-01T25:00", "2017-04-32", "20x7-04-01"] {
            XCTAssertNil(MSPDIDate(bad), bad)
        }
    }
}

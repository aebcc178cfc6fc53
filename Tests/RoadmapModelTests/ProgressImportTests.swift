import Foundation
import XCTest
@testable import RoadmapModel

/// Progress read from the plans other tools write: MS Project XML that MPXJ wrote
/// (Tests/Fixtures/msproject/progress.xml, made by scripts/mspdi-fixtures.py) and a
/// spreadsheet's CSV, with what they leave out filled as MS Project fills it, marked inferred.
final class ProgressImportTests: XCTestCase {
    private func mspdi(_ name: String) throws -> LoadResult {
        let bytes = try RuleFixtures.bytes(MSPDIImportTests.folder.appendingPathComponent(name))
        return ImportBuilder.build(MSPDIReader.read(bytes), options: ImportOptions(fileName: name))
    }

    private func csv(_ text: String) -> LoadResult {
        PlanImport.load(bytes: Array(text.utf8), format: .csv, options: ImportOptions(fileName: "plan.csv"))
    }

    func testMSProjectProgressAsMPXJWritesIt() throws {
        let result = try mspdi("progress.xml")
        XCTAssertEqual(result.errors.map(\.description), [])
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.statusDate, Month("2017-06"))
        let byName = Dictionary(uniqueKeysWithValues: roadmap.activities.map { ($0.name.fr, $0) })
        let done = try XCTUnwrap(byName["Stratégie infonuagique"])
        XCTAssertEqual([done.percentComplete, done.actualStart?.ordinal, done.actualFinish?.ordinal],
                       [100, Month("2016-10")!.ordinal, Month("2017-04")!.ordinal])
        let underWay = try XCTUnwrap(byName["Architecture infonuagique"])
        XCTAssertEqual(underWay.percentComplete, 40)
        XCTAssertEqual(underWay.actualStart, Month("2016-11"))
        XCTAssertNil(underWay.actualFinish)
        // 0 % and no actual date: nothing reported, as the file is read, not "0 %" invented.
        let waiting = try XCTUnwrap(byName["Migration"])
        XCTAssertFalse(waiting.hasProgress)
        // 25 % and no actual start: the planned start, as MS Project fills it, marked inferred.
        let guessed = try XCTUnwrap(byName["Formation"])
        XCTAssertEqual(guessed.percentComplete, 25)
        XCTAssertEqual(guessed.actualStart, Month("2017-01"))
        XCTAssertTrue(guessed.provenance.infers("actualStart"))
        XCTAssertFalse(guessed.provenance.infers("percentComplete"))
        XCTAssertTrue(guessed.provenance.note?.en.contains("the planned start, as MS Project fills it in") == true)
        XCTAssertFalse(underWay.provenance.infers("actualStart"), "stated by the file")
    }

    /// What we write, read back: the same progress and status date.
    func testWhatTheMSProjectExportWritesReadsBack() throws {
        let bytes = try RuleFixtures.bytes(RuleFixtures.valid("progress"))
        let original = try XCTUnwrap(RoadmapLoader.load(bytes: bytes).roadmap)
        // The export lives in RoadmapViews; here the reader is given the elements it writes.
        let xml = MSPDIImportTests.project("""
            <Task><UID>1</UID><ID>1</ID><Name>Done</Name><WBS>done</WBS><OutlineLevel>1</OutlineLevel><Start>2016-10-03T08:00:00</Start><Finish>2017-03-31T17:00:00</Finish><PercentComplete>100</PercentComplete><ActualStart>2016-10-03T08:00:00</ActualStart><ActualFinish>2017-04-28T17:00:00</ActualFinish></Task>
            <Task><UID>2</UID><ID>2</ID><Name>Going</Name><WBS>going</WBS><OutlineLevel>1</OutlineLevel><Start>2016-11-01T08:00:00</Start><Finish>2018-05-31T17:00:00</Finish><PercentComplete>40</PercentComplete><ActualStart>2016-11-01T08:00:00</ActualStart></Task>
            """).replacingOccurrences(of: "<Title>Test</Title>", with: "<Title>Test</Title><StatusDate>2017-06-30T17:00:00</StatusDate>")
        let read = try XCTUnwrap(ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "p.xml")).roadmap)
        XCTAssertEqual(read.statusDate, original.statusDate)
        XCTAssertEqual(read.activities.map(\.percentComplete), [100, 40])
        XCTAssertEqual(read.activities.map(\.actualFinish), [Month("2017-04"), nil])
    }

    /// With progress our export's Start and Finish are the forecast and the plan is baseline 0,
    /// as MS Project keeps it: the import takes the plan from the baseline, so that what is left
    /// of work under way is the same fraction of the same months (the structure-aware fuzz
    /// target's MS Project round trip found it read the forecast as the plan). Another baseline
    /// than 0 is an older plan, left aside.
    func testTheBaselineIsThePlan() throws {
        func going(_ baselines: String) throws -> Activity {
            let xml = MSPDIImportTests.project("""
                <Task><UID>2</UID><ID>2</ID><Name>Going</Name><WBS>going</WBS><OutlineLevel>1</OutlineLevel><Start>2016-11-01T08:00:00</Start><Finish>2018-05-31T17:00:00</Finish><PercentComplete>40</PercentComplete><ActualStart>2016-11-01T08:00:00</ActualStart>\(baselines)</Task>
                """).replacingOccurrences(of: "<Title>Test</Title>", with: "<Title>Test</Title><StatusDate>2017-06-30T17:00:00</StatusDate>")
            return try XCTUnwrap(ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "p.xml")).roadmap?.activities.first)
        }
        let planned = try going("<Baseline><Number>0</Number><Start>2016-10-03T08:00:00</Start><Finish>2018-03-30T17:00:00</Finish></Baseline>")
        XCTAssertEqual([planned.start, planned.finish], [Month("2016-10"), Month("2018-03")])
        let older = try going("<Baseline><Number>1</Number><Start>2016-09-01T08:00:00</Start><Finish>2017-03-31T17:00:00</Finish></Baseline>")
        XCTAssertEqual([older.start, older.finish], [Month("2016-11"), Month("2018-05")], "no baseline 0: Start and Finish")
    }

    func testMalformedProgressInMSProjectXMLIsLocated() {
        let xml = MSPDIImportTests.project("""
            <Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Start>2016-10-03T08:00:00</Start><Finish>2017-03-31T17:00:00</Finish><PercentComplete>lots</PercentComplete></Task>
            """)
        let result = ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "p.xml"))
        XCTAssertNil(result.roadmap)
        XCTAssertTrue(result.errors.first?.message.contains("PercentComplete: \"lots\" is not a number") == true, "\(result.errors)")
        XCTAssertNotNil(result.errors.first?.line)
    }

    /// Progress without a status date: the latest actual month stands for it, said in a warning.
    func testMSProjectProgressWithoutAStatusDate() throws {
        let xml = MSPDIImportTests.project("""
            <Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Start>2016-10-03T08:00:00</Start><Finish>2017-03-31T17:00:00</Finish><PercentComplete>30</PercentComplete><ActualStart>2016-12-01T08:00:00</ActualStart></Task>
            """)
        let result = ImportBuilder.build(MSPDIReader.read(Array(xml.utf8)), options: ImportOptions(fileName: "p.xml"))
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.statusDate, Month("2016-12"))
        XCTAssertTrue(result.warnings.contains { $0.message.contains("gives no status date: 2016-12, its latest actual month, is taken as one") })
        XCTAssertTrue(roadmap.meta.source?.en.contains("stands for it (inferred)") == true)
    }

    func testCSVProgressColumnsBothWays() throws {
        let result = csv("""
            id,name,start,finish,predecessors,status_date,percent_complete,actual_start,actual_finish
            a1,Inventory,2016-10,2017-03,,2017-06,100,2016-10,2017-04
            a2,Blueprint,2017-04,2017-09,a1,2017-06,20 %,2017-05,
            a3,Architecture,2017-10,2018-03,a2,2017-06,,,
            """)
        XCTAssertEqual(result.errors.map(\.description), [])
        let roadmap = try XCTUnwrap(result.roadmap)
        XCTAssertEqual(roadmap.statusDate, Month("2017-06"))
        XCTAssertEqual(roadmap.activities.map(\.percentComplete), [100, 20, nil])
        XCTAssertEqual(roadmap.activities.map(\.actualStart), [Month("2016-10"), Month("2017-05"), nil])
        XCTAssertEqual(roadmap.activities.map(\.actualFinish), [Month("2017-04"), nil, nil])
    }

    /// Decimals, words, out of range, and two status dates: each refused at its line and column.
    func testBadCSVProgressIsLocated() {
        let header = "id,name,start,finish,status_date,percent_complete,actual_start\n"
        for (row, expected) in [("a1,A,2016-10,2017-03,2017-06,50.5,2016-10", "decimals are not allowed"),
                                ("a1,A,2016-10,2017-03,2017-06,abc,2016-10", "\"abc\" is not a number"),
                                ("a1,A,2016-10,2017-03,2017-06,150,2016-10", "150 is out of range"),
                                ("a1,A,2016-10,2017-03,2017-06,-5,2016-10", "-5 is out of range"),
                                ("a1,A,2016-10,2017-03,2017-06,10,2016-13", "\"2016-13\" is not a month")] {
            let result = csv(header + row + "\n")
            XCTAssertNil(result.roadmap, row)
            XCTAssertTrue(result.errors.first?.message.contains(expected) == true, "\(row): \(result.errors)")
            XCTAssertEqual(result.errors.first?.line, 2, row)
        }
        let twoDates = csv(header + "a1,A,2016-10,2017-03,2017-06,10,2016-10\na2,B,2016-10,2017-03,2017-07,,\n")
        XCTAssertTrue(twoDates.errors.first?.message.contains("the status date 2017-07 differs from 2017-06 on line 2") == true, "\(twoDates.errors)")
        XCTAssertEqual(twoDates.errors.first?.line, 3)
    }

    /// The rules hold for what is imported: an actual start after the status date is refused,
    /// at the task's line.
    func testImportedProgressIsValidated() {
        let result = csv("id,name,start,finish,status_date,percent_complete,actual_start\na1,A,2016-10,2017-03,2017-06,10,2017-09\n")
        XCTAssertNil(result.roadmap)
        XCTAssertTrue(result.errors.contains { $0.message.contains("after the status date (2017-06)") && $0.line == 2 }, "\(result.errors)")
    }
}

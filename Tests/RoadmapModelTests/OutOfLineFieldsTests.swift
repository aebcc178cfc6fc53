import XCTest
@testable import RoadmapModel

/// The fields most activities and provenances leave empty are kept out of line (issue 26):
/// read and set as before, an activity or provenance equal to another however its fields were
/// set, and a copy never changed by a change to the original.
final class OutOfLineFieldsTests: XCTestCase {
    private func activity() -> Activity {
        Activity(id: "a", name: LocalizedText("A"), area: "x", role: "Pr", start: Month(year: 2017, month: 1)!, finish: Month(year: 2017, month: 6)!)
    }

    func testAnActivitysRarelySetFields() {
        let plain = activity()
        var edited = plain
        edited.gridOrder = 3
        edited.alternateNames.append(LocalizedText("B"))
        edited.supportingTeams = ["t1", "t2"]
        edited.percentComplete = 40
        edited.actualStart = Month(year: 2017, month: 2)
        edited.actualFinish = Month(year: 2017, month: 5)
        XCTAssertEqual(edited.gridOrder, 3)
        XCTAssertEqual(edited.alternateNames, [LocalizedText("B")])
        XCTAssertEqual(edited.supportingTeams, ["t1", "t2"])
        XCTAssertEqual(edited.percentComplete, 40)
        XCTAssertEqual(edited.actualStart, Month(year: 2017, month: 2))
        XCTAssertEqual(edited.actualFinish, Month(year: 2017, month: 5))
        XCTAssertTrue(edited.hasProgress)
        XCTAssertNotEqual(edited, plain)
        // The copy taken before is as it was.
        XCTAssertNil(plain.gridOrder)
        XCTAssertEqual(plain.alternateNames, [])
        XCTAssertFalse(plain.hasProgress)
        // One field changed in a copy leaves the others and the original alone.
        var other = edited
        other.percentComplete = 60
        XCTAssertEqual(edited.percentComplete, 40)
        XCTAssertEqual(other.supportingTeams, ["t1", "t2"])
        XCTAssertNotEqual(other, edited)
        // Emptied again: equal to one never set, with the same hash.
        edited.gridOrder = nil
        edited.alternateNames = []
        edited.supportingTeams.removeAll()
        edited.percentComplete = nil
        edited.actualStart = nil
        edited.actualFinish = nil
        XCTAssertEqual(edited, plain)
        XCTAssertEqual(edited.hashValue, plain.hashValue)
        XCTAssertEqual(Set([edited, plain]).count, 1)
    }

    func testAProvenancesRarelySetFields() {
        var provenance = Provenance(source: .inferred, note: LocalizedText("why"), inferredFields: ["team"])
        XCTAssertEqual(provenance.note, LocalizedText("why"))
        XCTAssertEqual(provenance.inferredFields, ["team"])
        XCTAssertTrue(provenance.infers("team"))
        let entered = provenance.entering(["team"], at: "2017-07-10T09:30:00Z")
        XCTAssertEqual(entered.enteredFields, ["team"])
        XCTAssertEqual(entered.enteredAt, "2017-07-10T09:30:00Z")
        XCTAssertEqual(entered.inferredFields, [])
        XCTAssertEqual(provenance.enteredFields, [], "the original is as it was")
        provenance.note = nil
        provenance.inferredFields = []
        XCTAssertEqual(provenance, Provenance(source: .inferred))
        XCTAssertEqual(provenance.hashValue, Provenance(source: .inferred).hashValue)
        var seed = Provenance.seed
        seed.statesSeed = true
        XCTAssertEqual(seed, .seed, "saying seed in so many words changes no meaning")
    }
}

import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// `RoadmapDiff` on hand-made pairs: each kind of change alone, then together.
final class RoadmapDiffTests: XCTestCase {
    /// a → b → c in a chain on team t1; d alone on team t2, shorter, so it has float.
    private func base() -> PlanBuilder {
        var plan = PlanBuilder()
        plan.team("t1"); plan.team("t2")
        plan.activity("a", start: 0, duration: 2, team: "t1")
        plan.activity("b", start: 2, duration: 2, team: "t1")
        plan.activity("c", start: 4, duration: 2, team: "t1")
        plan.activity("d", start: 0, duration: 3, team: "t2")
        plan.depend("a", "b")
        plan.depend("b", "c", inferred: true)
        return plan
    }

    private func validated(_ roadmap: Roadmap) throws -> ValidatedRoadmap { try ValidatedRoadmap(validating: roadmap) }

    /// A roadmap with a second area and role, so that area and role can change.
    private func roadmap(_ plan: PlanBuilder, _ edit: (inout Roadmap) -> Void = { _ in }) -> Roadmap {
        var roadmap = plan.roadmap
        roadmap.areas.append(AreaOfInterest(id: "other", name: LocalizedText("Other")))
        roadmap.roles.append(Role(id: "CE", name: LocalizedText("Centre")))
        edit(&roadmap)
        return roadmap
    }

    private func diff(_ old: Roadmap, _ new: Roadmap, newDelays: [Int: Int] = [:]) throws -> RoadmapDiff {
        RoadmapDiff(old: try validated(old), new: try validated(new), newDelays: newDelays)
    }

    func testIdenticalRoadmapsHaveNoDifference() throws {
        let d = try diff(roadmap(base()), roadmap(base()))
        XCTAssertTrue(d.isEmpty)
        XCTAssertEqual(d.schedule.finishDelta, 0)
        XCTAssertEqual(d.schedule.teamCriticalPathBefore, d.schedule.teamCriticalPathAfter)
    }

    func testEachFieldAloneIsReportedOldToNew() throws {
        let cases: [(RoadmapDiff.Field, (inout Activity) -> Void, String?, String?)] = [
            (.nameFr, { $0.name.fr = "Nouveau" }, "Activité d", "Nouveau"),
            (.nameEn, { $0.name.en = "New" }, "Activity d", "New"),
            (.area, { $0.area = "other" }, "area", "other"),
            (.role, { $0.role = "CE"; $0.roleAsWritten = "CE" }, "Pr", "CE"),
            (.status, { $0.status = .ongoing }, "new", "ongoing"),
            (.team, { $0.team = nil }, "t2", nil),
            (.start, { $0.start = $0.start + 1 }, "2020-01", "2020-02"),
            (.finish, { $0.finish = $0.finish + 1 }, "2020-03", "2020-04"),
        ]
        for (field, edit, old, new) in cases {
            let d = try diff(roadmap(base()), roadmap(base()) { edit(&$0.activities[3]) })
            XCTAssertEqual(d.changed.count, 1, "\(field)")
            XCTAssertEqual(d.changed.first?.changes, [RoadmapDiff.FieldChange(field: field, old: old, new: new, inferred: false)], "\(field)")
            XCTAssertTrue(d.added.isEmpty && d.removed.isEmpty && d.dependencies.isEmpty, "\(field)")
            XCTAssertFalse(d.isEmpty, "\(field)")
        }
    }

    func testAnInferredNewValueSaysSo() throws {
        let d = try diff(roadmap(base()), roadmap(base()) {
            $0.activities[3].finish = $0.activities[3].finish + 2
            $0.activities[3].provenance = Provenance(source: .inferred, note: LocalizedText("guess"), inferredFields: ["finish"])
        })
        XCTAssertEqual(d.changed.first?.changes.map(\.inferred), [true])
    }

    func testAddedAndRemovedActivities() throws {
        var added = base()
        added.activity("e", start: 1, duration: 1)
        let more = try diff(roadmap(base()), roadmap(added))
        XCTAssertEqual(more.added, [4])
        XCTAssertTrue(more.removed.isEmpty && more.changed.isEmpty)
        let fewer = try diff(roadmap(added), roadmap(base()))
        XCTAssertEqual(fewer.removed, [4])
        XCTAssertTrue(fewer.added.isEmpty)
    }

    /// Nothing says that "c" and "c2" are the same activity: one leaves, one arrives, and the
    /// links to it are removed and added with it.
    func testARenamedIDReadsAsRemovedAndAdded() throws {
        let d = try diff(roadmap(base()), roadmap(base()) { roadmap in
            roadmap.activities[2].id = "c2"
            roadmap.dependencies[1].to = "c2"
        })
        XCTAssertEqual(d.removed, [2])
        XCTAssertEqual(d.added, [2])
        XCTAssertTrue(d.changed.isEmpty)
        XCTAssertEqual(d.dependencies.removed, [1])
        XCTAssertEqual(d.dependencies.added, [1])
        XCTAssertTrue(d.schedule.moved.isEmpty, "only activities in both versions are compared")
    }

    func testDependenciesAddedRemovedAndChanged() throws {
        let added = try diff(roadmap(base()), roadmap(base()) { $0.dependencies.append(Dependency(from: "a", to: "d")) })
        XCTAssertEqual(added.dependencies.added, [2])
        XCTAssertTrue(added.dependencies.removed.isEmpty && added.dependencies.changed.isEmpty)
        XCTAssertTrue(added.added.isEmpty && added.changed.isEmpty)

        let removed = try diff(roadmap(base()), roadmap(base()) { $0.dependencies.removeFirst() })
        XCTAssertEqual(removed.dependencies.removed, [0])

        let lag = try diff(roadmap(base()), roadmap(base()) { $0.dependencies[0].lag = 2 })
        XCTAssertEqual(lag.dependencies.changed, [RoadmapDiff.ChangedDependency(old: 0, new: 0)])
        XCTAssertTrue(lag.dependencies.added.isEmpty && lag.dependencies.removed.isEmpty, "a lag change is a change, not removed + added")

        let stated = try diff(roadmap(base()), roadmap(base()) { $0.dependencies[1].provenance = .seed })
        XCTAssertEqual(stated.dependencies.changed, [RoadmapDiff.ChangedDependency(old: 1, new: 1)], "inferred → seed is a change")
        XCTAssertTrue(stated.schedule.isEmpty)

        let type = try diff(roadmap(base()), roadmap(base()) { $0.dependencies[0].type = .SS })
        XCTAssertEqual(type.dependencies.added, [0], "another type is another dependency")
        XCTAssertEqual(type.dependencies.removed, [0])
    }

    /// A dependency given twice pairs one to one: a third copy is added, not matched again.
    func testDuplicateDependenciesPairInOrder() throws {
        var twice = base()
        twice.depend("a", "b")
        var thrice = twice
        thrice.depend("a", "b", lag: 1)
        let d = try diff(roadmap(twice), roadmap(thrice))
        XCTAssertEqual(d.dependencies.added, [3])
        XCTAssertTrue(d.dependencies.removed.isEmpty && d.dependencies.changed.isEmpty)
        let back = try diff(roadmap(thrice), roadmap(twice))
        XCTAssertEqual(back.dependencies.removed, [3])
    }

    func testTheScheduleDifference() throws {
        // d grows to 8 months: it now drives the finish; the chain a → b → c gets float.
        let d = try diff(roadmap(base()), roadmap(base()) { $0.activities[3].finish = PlanBuilder.origin + 7 })
        XCTAssertEqual(d.schedule.finishBefore, PlanBuilder.origin + 5)
        XCTAssertEqual(d.schedule.finishAfter, PlanBuilder.origin + 7)
        XCTAssertEqual(d.schedule.finishDelta, 2)
        XCTAssertEqual(d.schedule.moved, [RoadmapDiff.Move(old: 3, new: 3, startDelta: 0, finishDelta: 5)])
        XCTAssertEqual(d.schedule.newlyCritical, [3])
        XCTAssertEqual(d.schedule.noLongerCritical, [0, 1, 2])
        XCTAssertEqual(d.schedule.teamCriticalPathBefore, ["t1"])
        XCTAssertEqual(d.schedule.teamCriticalPathAfter, ["t2"])
        XCTAssertEqual(d.schedule.teamsJoined, ["t2"])
        XCTAssertEqual(d.schedule.teamsLeft, ["t1"])
    }

    /// The dependencies carry a change: b's lag moves b and c, not a.
    func testMovesCarriedByTheDependencies() throws {
        let d = try diff(roadmap(base()), roadmap(base()) { $0.dependencies[0].lag = 1 })
        XCTAssertEqual(d.schedule.moved.map(\.new), [1, 2])
        XCTAssertEqual(d.schedule.moved.map(\.startDelta), [1, 1])
        XCTAssertEqual(d.schedule.finishDelta, 1)
    }

    /// A side with what-if delays (a scenario) is compared by its schedule.
    func testASideWithDelays() throws {
        let d = try diff(roadmap(base()), roadmap(base()), newDelays: [0: 2])
        XCTAssertTrue(d.changed.isEmpty, "the file's dates are the same")
        XCTAssertEqual(d.schedule.moved.map(\.new), [0, 1, 2])
        XCTAssertEqual(d.schedule.finishDelta, 2)
        XCTAssertFalse(d.isEmpty)
    }

    func testEveryKindTogether() throws {
        let d = try diff(roadmap(base()), roadmap(base()) { roadmap in
            roadmap.activities[0].name.en = "First"
            roadmap.activities.append(Activity(id: "e", name: LocalizedText("E"), area: "area", role: "Pr",
                                               start: PlanBuilder.origin, finish: PlanBuilder.origin + 9))
            roadmap.activities.remove(at: 3)
            roadmap.dependencies[0].lag = 1
            roadmap.dependencies.append(Dependency(from: "c", to: "e", type: .SS))
        })
        XCTAssertEqual(d.added, [3])
        XCTAssertEqual(d.removed, [3])
        XCTAssertEqual(d.changed.map(\.new), [0])
        XCTAssertEqual(d.dependencies.changed.count, 1)
        XCTAssertEqual(d.dependencies.added, [2])
        XCTAssertEqual(d.schedule.moved.map(\.new), [1, 2])
        XCTAssertTrue(d.schedule.noLongerCritical.isEmpty, "c starts e (SS), so the chain still drives the finish")
        XCTAssertTrue(d.schedule.newlyCritical.isEmpty, "e is added, not newly critical: only activities in both are compared")
        XCTAssertEqual(d.schedule.finishAfter, PlanBuilder.origin + 9 + 5)
    }

    /// The benchmark's revision of a generated roadmap: still valid, and the diff finds each
    /// change the revision made, no more.
    func testASyntheticRevisionIsFoundExactly() throws {
        let original = SyntheticRoadmap.make(SyntheticProfile.clean.options(activities: 3000, seed: 7))
        let (revised, counts) = SyntheticRevision.revise(original, share: 0.02, seed: 7)
        XCTAssertGreaterThan(counts.moved * counts.renamed * counts.reworded * counts.added * counts.removed, 0, "\(counts)")
        XCTAssertGreaterThan(counts.linksAdded * counts.linksRemoved * counts.lagsChanged, 0, "\(counts)")
        let d = RoadmapDiff(old: try validated(original), new: try validated(revised))
        XCTAssertEqual(d.added.count, counts.added + counts.renamed)
        XCTAssertEqual(d.removed.count, counts.removed + counts.renamed)
        XCTAssertEqual(d.changed.count, counts.moved + counts.reworded)
        XCTAssertEqual(d.changed.filter { $0.changes.map(\.field) == [.start, .finish] }.count, counts.moved)
        XCTAssertEqual(d.changed.filter { $0.changes.map(\.field) == [.nameEn] }.count, counts.reworded)
        XCTAssertLessThanOrEqual(d.dependencies.changed.count, counts.lagsChanged, "a changed lag on a renamed link reads as removed + added")
        XCTAssertGreaterThan(d.dependencies.changed.count, 0)
        XCTAssertTrue(RoadmapDiff(old: try validated(revised), new: try validated(revised)).isEmpty)
    }
}

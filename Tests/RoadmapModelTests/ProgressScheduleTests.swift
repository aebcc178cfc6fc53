import XCTest
@testable import RoadmapModel

/// The forecast of Tests/Fixtures/valid/progress.json, by hand (timeline 2016-10 = month 0,
/// status date 2017-06 = month 8, so work not done starts in month 9, 2017-07):
/// - propose, planned 2016-10 – 2017-03, finished 2016-10 – 2017-04: stays there;
/// - socialize, planned 2017-04 – 2017-09 after propose (FS), not started: 2017-07 – 2017-12,
///   behind (not started by the status date, and finishing after its plan);
/// - cloud, planned 2016-10 – 2018-03 (18 months), 40 % done since 2016-11: 11 months left
///   (60 % of 18, 10.8, rounded up) from 2017-07, so 2018-05; behind.
final class ProgressScheduleTests: XCTestCase {
    func scheduled(_ delays: [Int: Int] = [:], statedOnly: Bool = false) throws -> ScheduledRoadmap {
        ScheduledRoadmap(try RuleFixtures.load(valid: "progress").get(), delays: delays, statedOnly: statedOnly)
    }

    func testTheForecastByHand() throws {
        let s = try scheduled()
        let schedule = s.schedule
        XCTAssertTrue(s.hasProgress)
        XCTAssertEqual(s.statusDate, Month("2017-06"))
        XCTAssertEqual(s.progress?.resume, 9)
        let months = (0..<3).map { "\(schedule.month(schedule.earlyStart[$0])) – \(schedule.lastMonth(schedule.earlyFinish[$0]))" }
        XCTAssertEqual(months, ["2016-10 – 2017-04", "2017-07 – 2017-12", "2016-11 – 2018-05"])
        XCTAssertEqual((0..<3).map { s.progressState($0) }, [.finished, .notStarted, .started])
        XCTAssertEqual(s.behind, [false, true, true])
        XCTAssertEqual(s.behindCount, 2)
        XCTAssertEqual(schedule.projectFinishMonth, Month("2018-05"))
        XCTAssertEqual(s.plannedFinish, Month("2018-03"))
        // Finished work is never critical; cloud, which ends last, is.
        XCTAssertEqual(s.criticalPathIDs, ["cloud"])
        XCTAssertFalse(schedule.isCritical(0))
        // The done part of each bar: propose's whole bar, cloud's seven months from 2016-11.
        XCTAssertEqual(s.doneMonths(0), 0..<7)
        XCTAssertEqual(s.doneMonths(1), 0..<0)
        XCTAssertEqual(s.doneMonths(2), 1..<8)
    }

    /// Finished work is on no critical path, yet its actual finish and a link's lag still hold
    /// what follows: socialize, eight months after propose finished (2017-04), starts in 2018-01
    /// rather than the month after the status date, ends last, and its chain starts there,
    /// held by the finished work's binding link (found by the structure-aware fuzz target:
    /// fuzz/targets/structured/regressions/chain-held-by-finished-work-lag).
    func testFinishedWorkStillHoldsWhatFollowsIt() throws {
        let bytes = try RuleFixtures.text(RuleFixtures.valid("progress"), replacing: "\"lag\": 0", with: "\"lag\": 8")
        let s = ScheduledRoadmap(try XCTUnwrap(RoadmapLoader.load(bytes: bytes).validated))
        let schedule = s.schedule
        XCTAssertEqual(schedule.month(schedule.earlyStart[1]), Month("2018-01"))
        XCTAssertEqual(s.criticalPathIDs, ["socialize"])
        XCTAssertEqual(s.progressState(0), .finished)
        XCTAssertEqual(schedule.binding, [true], "the finished work's link binds")
        XCTAssertEqual(s.criticalNetwork.chains, [[1]], "the chain starts where the finished work holds it")
    }

    /// A what-if on work under way slips what is left of it; an advance cannot bring it before
    /// the status date; on work not started it moves the planned start, which the status date
    /// still floors.
    func testWhatIfsApplyOnTop() throws {
        let base = try scheduled()
        let slipped = try scheduled([2: 2])
        XCTAssertEqual(slipped.schedule.earlyFinish[2], base.schedule.earlyFinish[2] + 2)
        XCTAssertEqual(slipped.schedule.earlyStart[2], base.schedule.earlyStart[2], "the actual start does not move")
        XCTAssertEqual(slipped.baseline.earlyFinish[2], base.schedule.earlyFinish[2], "the baseline is the forecast without what-ifs")
        let advanced = try scheduled([2: -3])
        XCTAssertEqual(advanced.schedule.earlyFinish, base.schedule.earlyFinish)
        let later = try scheduled([1: 5])
        XCTAssertEqual(later.schedule.month(later.schedule.earlyStart[1]), Month("2017-09"))
        XCTAssertEqual(try scheduled([1: 1]).schedule.earlyStart, base.schedule.earlyStart, "2017-05 is still before the status date")
        // Delaying through `delaying` keeps the progress (made once, carried).
        XCTAssertEqual(base.delaying(2, by: 2).schedule.earlyFinish, slipped.schedule.earlyFinish)
    }

    /// Stated only: the inferred propose → socialize link left out; socialize still cannot
    /// start before the month after the status date.
    func testStatedOnlyAppliesOnTop() throws {
        let s = try scheduled(statedOnly: true)
        XCTAssertEqual(s.schedule.month(s.schedule.earlyStart[1]), Month("2017-07"))
        XCTAssertTrue(s.hasProgress)
        XCTAssertEqual(try scheduled().statedOnly(true).schedule.earlyFinish, s.schedule.earlyFinish)
    }

    /// Without a status date nothing changes: the shipped roadmap's schedule is the plain one.
    func testNoStatusDateNoForecast() throws {
        let shipped = ScheduledRoadmap(try RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path).get())
        XCTAssertFalse(shipped.hasProgress)
        XCTAssertNil(shipped.schedule.progress)
        XCTAssertEqual(shipped.behind, [])
        XCTAssertNil(shipped.plannedFinish)
        XCTAssertFalse(shipped.isBehind(0))
    }

    /// (1 − percent) of the duration, rounded up, at least one month while not finished.
    func testRemainingMonths() {
        XCTAssertEqual(ScheduleProgress.remaining(duration: 18, percent: 40), 11)
        XCTAssertEqual(ScheduleProgress.remaining(duration: 6, percent: 0), 6)
        XCTAssertEqual(ScheduleProgress.remaining(duration: 6, percent: 50), 3)
        XCTAssertEqual(ScheduleProgress.remaining(duration: 6, percent: 99), 1)
        XCTAssertEqual(ScheduleProgress.remaining(duration: 1, percent: 90), 1)
    }

    /// The filters: behind only, and by state of progress.
    func testTheProgressFilters() throws {
        let s = try scheduled()
        XCTAssertEqual(ActivityFilter(behindOnly: true).apply(to: s), [1, 2])
        var filter = ActivityFilter()
        filter.progress = [.finished, .notStarted]
        XCTAssertEqual(filter.apply(to: s), [0, 1])
        XCTAssertFalse(filter.isEmpty)
        // Without a status date nothing is behind, and everything is not started.
        let plain = ScheduledRoadmap(try RoadmapLoader.load(path: RuleFixtures.minimal.path).get())
        XCTAssertEqual(ActivityFilter(behindOnly: true).apply(to: plain), [])
        filter.progress = [.notStarted]
        XCTAssertEqual(filter.apply(to: plain), [0, 1, 2])
    }
}

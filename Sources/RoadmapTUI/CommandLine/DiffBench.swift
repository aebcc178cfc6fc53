import ArgumentParser
import RoadmapModel
import RoadmapSynthetic
import RoadmapViews

/// The `roadmap diff` case of `roadmap bench`: two versions of the clean synthetic roadmap,
/// the second revised on a few percent of it (`SyntheticRevision`), loaded, scheduled and
/// compared in this process, the best of several runs. Issue 11 asks that diffing two versions
/// take about as long as loading them: the goal is the comparison (the diff and its JSON)
/// within the time of loading both.
enum DiffBench {
    static let goal = 1.0

    struct Row {
        var n = 0
        var load = Double.infinity, schedule = Double.infinity, diff = Double.infinity, json = Double.infinity, text = Double.infinity
        var counts = SyntheticRevision.Counts()
        var differences = 0
        /// The comparison against loading both files.
        var ratio: Double { (diff + json) / max(load, 0.001) }
    }

    static func measure(_ n: Int, seed: UInt64) throws -> Row {
        let options = SyntheticProfile.clean.options(activities: n, seed: seed)
        let (revised, counts) = SyntheticRevision.revise(SyntheticRoadmap.make(options), share: 0.01, seed: seed)
        let oldBytes = SyntheticRoadmap.bytes(options), newBytes = RoadmapJSON.bytes(revised)
        var row = Row(n: n, counts: counts)
        let runs = n <= 20_000 ? 5 : n <= 200_000 ? 3 : 1
        for _ in 0..<runs {
            var start = monotonicMilliseconds()
            guard let old = RoadmapLoader.load(bytes: oldBytes).validated, let new = RoadmapLoader.load(bytes: newBytes).validated else {
                throw BenchFailure(message: "the two versions of \(n) activities do not both load")
            }
            row.load = min(row.load, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let before = ScheduledRoadmap(old), after = ScheduledRoadmap(new)
            row.schedule = min(row.schedule, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let diff = RoadmapDiff(old: before, new: after)
            row.diff = min(row.diff, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let json = DiffJSON.bytes(diff, oldName: "old.json", newName: "new.json")
            row.json = min(row.json, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let text = DiffReport(diff, oldName: "old.json", newName: "new.json", language: .en).text
            row.text = min(row.text, monotonicMilliseconds() - start)
            guard !json.isEmpty, !text.isEmpty else { throw BenchFailure(message: "an empty diff report") }
            row.differences = diff.added.count + diff.removed.count + diff.changed.count
                + diff.dependencies.added.count + diff.dependencies.removed.count + diff.dependencies.changed.count + diff.schedule.moved.count
        }
        return row
    }

    struct BenchFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension DiffBench {
    /// Measures each size, prints the table, and returns the goals missed.
    static func report(sizes: [Int], seed: UInt64) throws -> [String] {
        print("\nroadmap diff: the clean roadmap against a revision of 1 % of each kind (dates, names, ids, added, removed, links, lags)")
        print("activities  differences  load both ms  schedule both ms  diff ms  json ms  text ms  (diff+json)/load")
        var missed: [String] = []
        for n in sizes {
            let row: Row
            do { row = try measure(n, seed: seed) } catch let failure as BenchFailure {
                printError("roadmap bench: error: " + failure.message)
                throw ExitCode(1)
            }
            let ratio = String(Double(Int((row.ratio * 100).rounded())) / 100)
            let cells: [(String, Int)] = [(String(n), 10), (String(row.differences), 11), (tenths(row.load), 12), (tenths(row.schedule), 16),
                                          (tenths(row.diff), 7), (tenths(row.json), 7), (tenths(row.text), 7), (ratio, 16)]
            print(cells.map { text, width in String(repeating: " ", count: max(0, width - text.count)) + text }.joined(separator: "  "))
            if row.ratio > goal { missed.append("diff at \(n): \(ratio) × the time of loading both versions") }
        }
        return missed
    }

    private static func tenths(_ x: Double) -> String { x.isFinite ? String(Double(Int((x * 10).rounded())) / 10) : "–" }
}

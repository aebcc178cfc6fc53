import RoadmapModel
import RoadmapViews

/// The structure-aware target: each input is a stream of choices from which
/// `RoadmapGenerator` makes a roadmap file — valid JSON of the roadmap's shape, and a valid
/// roadmap most of the time — so that validation and the schedule see deep cases (cycles,
/// fan-in, extreme months, leads and lags) rather than parse errors. It checks what issue 27
/// asks of every roadmap:
///
/// - the validator agrees with the generator: a file with a planted fault or a cycle is
///   refused (a cycle by name), and a file the generator vouches for is accepted;
/// - a valid roadmap always schedules, with early ≤ late, floats ≥ 0 (free ≤ total), the early
///   dates spanning the duration and never before the planned start — with every dependency,
///   with the stated ones only (which never moves an activity later), and under a what-if;
/// - the critical path is a chain of binding links: each step of each chain is a dependency
///   that binds, each chain starts at an activity held by its planned start (or its progress,
///   or a binding link from work finished or under way) and ends at the
///   finish, and the chains hold every critical activity;
/// - a what-if of 0 changes nothing; a delay moves nothing earlier, and its opposite gives the
///   schedule back;
/// - exported as MS Project XML (`roadmap export --format msproject`) or written as a CSV plan
///   (`PlanCSV`), then imported (`roadmap import`), a roadmap with activities schedules the same: every
///   activity under its id on the same early and late months with the same floats, the same
///   critical activities, the same start and finish. A schedule that lags push past 9999-12,
///   the format's last month, cannot come back from MS Project XML: the import must refuse it
///   with a located error.
enum StructuredFuzzTarget {
    static func run(_ input: [UInt8]) {
        let made = RoadmapGenerator.make(input)
        let loaded = RoadmapLoader.load(bytes: made.bytes)
        FuzzCheck.diagnostics(loaded.diagnostics, usable: loaded.validated != nil, in: made.bytes, "generated roadmap")
        func file() -> String { String(decoding: made.bytes, as: UTF8.self) }
        if let fault = made.fault {
            FuzzCheck.require(loaded.validated == nil, "the validator accepts a file with the fault \(fault):\n\(file())")
            return
        }
        if made.hasCycle {
            FuzzCheck.require(loaded.errors.contains { $0.message.hasPrefix("dependency cycle") },
                              "the validator does not name the cycle: \(loaded.errors.prefix(3))\n\(file())")
            return
        }
        guard let validated = loaded.validated else {
            FuzzCheck.require(!made.certain, "a valid roadmap is refused: \(loaded.errors.prefix(3))\n\(file())")
            return
        }
        // The what-if's choices: the input's last bytes, read apart from the generator's.
        var knobs = FuzzChoices(Array(input.suffix(4).reversed()))

        let scheduled = ScheduledRoadmap(validated)
        let schedule = scheduled.schedule
        check(scheduled, "schedule")
        let stated = scheduled.statedOnly(true)
        check(stated, "stated-only schedule")
        for i in 0..<schedule.activityCount {
            FuzzCheck.require(stated.schedule.earlyStart[i] <= schedule.earlyStart[i], "leaving inferred links out moved activity \(i) later")
        }

        let n = schedule.activityCount
        if n > 0 {
            let i = knobs.below(n)
            same(scheduled.delaying(i, by: 0).schedule, schedule, "a what-if of 0 months")
            same(ScheduledRoadmap(validated, delays: [i: 0]).schedule, schedule, "a scenario of 0 months")
            let months = 1 + knobs.below(Scenario.monthsBound)
            let later = scheduled.delaying(i, by: months)
            check(later, "a delay of \(months) months")
            for j in 0..<n {
                FuzzCheck.require(later.schedule.earlyStart[j] >= schedule.earlyStart[j], "a delay moved activity \(j) earlier")
            }
            same(later.delaying(i, by: -months).schedule, schedule, "a delay and its opposite")
        }

        // A plan without activities is no plan to import: the import refuses it by design.
        guard n > 0 else { return }
        let language: Language = knobs.bool() ? .fr : .en
        guard let xml = try? Exporter.render(scheduled, ViewState(view: .roadmap, language: language), format: .msproject, width: 100) else {
            FuzzCheck.fail("the roadmap view refuses the MS Project XML export")
        }
        let imported = PlanImport.load(bytes: xml, format: .msproject, options: ImportOptions(language: language, fileName: "plan.xml"))
        if schedule.projectFinishMonth > Month(ordinal: 9999 * 12 + 11) {
            // Lags can push the schedule past 9999-12, the format's last month; the export
            // writes those dates as they are, and the import must refuse them, saying where
            // (docs/fuzzing.md, "Found": whether such a roadmap should be valid at all is open).
            FuzzCheck.require(imported.validated == nil && imported.errors.allSatisfy { $0.line != nil },
                              "a schedule past 9999-12 came back from MS Project XML, or without a place: \(imported.errors.prefix(3))")
        } else {
            roundTrip(scheduled, imported, "MS Project XML", exported: xml)
        }
        let csv = PlanCSV.bytes(validated.roadmap)
        roundTrip(scheduled, PlanImport.load(bytes: csv, format: .csv, options: ImportOptions(fileName: "plan.csv")), "CSV plan", exported: csv)
    }

    /// What holds of any schedule of a valid roadmap.
    static func check(_ scheduled: ScheduledRoadmap, _ what: String) {
        let s = scheduled.schedule
        // With progress (the format's table lets the generator write it), work finished or under
        // way keeps its actual start and takes what is left after the status date: its dates
        // span what happened, not its duration, and may begin before its plan. Work not started
        // starts no earlier than the month after the status date.
        let progress = s.progress
        func underWay(_ i: Int) -> Bool { progress.map { $0.state[i] != .notStarted } ?? false }
        for i in 0..<s.activityCount {
            if !underWay(i) {
                FuzzCheck.require(s.earlyFinish[i] - s.earlyStart[i] == s.duration[i] && s.lateFinish[i] - s.lateStart[i] == s.duration[i],
                                  "\(what): activity \(i)'s dates do not span its duration")
                FuzzCheck.require(s.earlyStart[i] >= s.plannedStart[i], "\(what): activity \(i) starts before its planned start")
            }
            FuzzCheck.require(s.earlyStart[i] <= s.lateStart[i], "\(what): activity \(i) starts early (\(s.earlyStart[i])) after late (\(s.lateStart[i]))")
            FuzzCheck.require(s.totalFloat[i] >= 0 && s.freeFloat[i] >= 0 && s.freeFloat[i] <= s.totalFloat[i],
                              "\(what): activity \(i)'s floats \(s.totalFloat[i]), \(s.freeFloat[i])")
            FuzzCheck.require(s.earlyFinish[i] <= s.projectFinish, "\(what): activity \(i) ends after the project")
        }
        let graph = scheduled.graph
        let network = scheduled.criticalNetwork
        if let chains = network.chains {
            for chain in chains {
                for (p, q) in zip(chain, chain.dropFirst()) {
                    FuzzCheck.require(graph.successors(of: p).contains { s.binding[$0] && graph.edges[$0].to == q },
                                      "\(what): the chain's step \(p) → \(q) is no binding dependency")
                }
                guard let first = chain.first, let last = chain.last else { FuzzCheck.fail("\(what): an empty chain") }
                // What holds a chain's first activity: its planned start, or with progress its
                // actual start, the month after the status date, or a binding dependency from
                // work finished or under way, whose actual dates no longer move: finished work
                // is on no critical path, nor is work under way held only by its actual start,
                // yet a link from them still holds what follows (found by this target: a lag
                // of 3 after work finished in 9999-10; start-to-finish with a lag of 120 after
                // work started in month 7).
                let held = s.earlyStart[first] == s.plannedStart[first]
                    || progress.map { p in
                        (underWay(first) ? s.earlyStart[first] == p.actualStart[first] : s.earlyStart[first] == p.resume)
                            || graph.predecessors(of: first).contains { s.binding[$0] && p.state[graph.edges[$0].from] != .notStarted }
                    } ?? false
                FuzzCheck.require(held, "\(what): a chain starts at \(first), which neither its planned start nor its progress holds")
                FuzzCheck.require(s.earlyFinish[last] == s.projectFinish, "\(what): a chain ends at \(last), before the finish")
            }
            FuzzCheck.require(Set(chains.joined()) == Set(s.criticalPath), "\(what): the chains do not hold the critical activities")
        }
        FuzzCheck.require(network.segments.reduce(0) { $0 + $1.activities.count } == s.criticalPath.count,
                          "\(what): the segments do not hold each critical activity once")
    }

    static func same(_ a: Schedule, _ b: Schedule, _ what: String) {
        FuzzCheck.require(a.plannedStart == b.plannedStart && a.earlyStart == b.earlyStart && a.earlyFinish == b.earlyFinish
                          && a.lateStart == b.lateStart && a.lateFinish == b.lateFinish && a.totalFloat == b.totalFloat
                          && a.freeFloat == b.freeFloat && a.binding == b.binding && a.criticalPath == b.criticalPath
                          && a.projectFinish == b.projectFinish, "\(what) changed the schedule")
    }

    /// The imported roadmap schedules as the original: each activity, found by its id, on the
    /// same months with the same floats; the same critical activities; the same start and finish.
    static func roundTrip(_ original: ScheduledRoadmap, _ imported: LoadResult, _ what: String, exported: [UInt8]) {
        guard let validated = imported.validated else {
            FuzzCheck.fail("the \(what) does not import: \(imported.errors.prefix(3))\n\(String(decoding: exported, as: UTF8.self))")
        }
        let back = ScheduledRoadmap(validated)
        let before = original.roadmap, after = back.roadmap
        FuzzCheck.require(after.activities.count == before.activities.count, "\(what): \(before.activities.count) activities came back as \(after.activities.count)")
        var index: [String: Int] = [:]
        for (j, activity) in after.activities.enumerated() { index[activity.id] = j }
        let s = original.schedule, t = back.schedule
        for (i, activity) in before.activities.enumerated() {
            guard let j = index[activity.id] else { FuzzCheck.fail("\(what): the activity \(activity.id) did not come back") }
            let a = [s.month(s.earlyStart[i]), s.lastMonth(s.earlyFinish[i]), s.month(s.lateStart[i]), s.lastMonth(s.lateFinish[i])]
            let b = [t.month(t.earlyStart[j]), t.lastMonth(t.earlyFinish[j]), t.month(t.lateStart[j]), t.lastMonth(t.lateFinish[j])]
            FuzzCheck.require(a == b, "\(what): \(activity.id) was \(a), came back \(b)")
            FuzzCheck.require(s.totalFloat[i] == t.totalFloat[j] && s.freeFloat[i] == t.freeFloat[j],
                              "\(what): \(activity.id)'s floats \(s.totalFloat[i])/\(s.freeFloat[i]) came back \(t.totalFloat[j])/\(t.freeFloat[j])")
        }
        FuzzCheck.require(Set(t.criticalPath.map { after.activities[$0].id }) == Set(s.criticalPath.map { before.activities[$0].id }),
                          "\(what): the critical activities changed")
        FuzzCheck.require(s.projectStart == t.projectStart && s.projectFinishMonth == t.projectFinishMonth,
                          "\(what): the project ran \(s.projectStart)–\(s.projectFinishMonth), came back \(t.projectStart)–\(t.projectFinishMonth)")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = StructuredFuzzTarget
#endif

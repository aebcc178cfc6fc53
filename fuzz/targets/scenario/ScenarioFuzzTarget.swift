import RoadmapModel

/// The scenario file's reader (`ScenarioReading`), as `--scenario FILE` and the explorer's
/// scenario key read it, then its delays checked against a roadmap and applied to its
/// schedule, as a command does next.
///
/// Besides crashes it checks that every finding is located in the file, that only a scenario
/// without findings is valid, that a valid scenario written back (`ScenarioJSON`, as the
/// explorer saves one) reads again as the same scenario, and that its delays, each within
/// the bound, schedule the roadmap.
enum ScenarioFuzzTarget {
    /// The roadmap the delays are checked against: three activities whose ids the dictionary
    /// holds, a chain of two and one apart, so that a delay moves something.
    static let roadmap: ValidatedRoadmap = {
        let text = """
        {"schemaVersion": 1,
         "meta": {"title": "Scenario target", "timeline": {"start": "2016-10", "finish": "2018-03"},
                  "periods": [{"id": "P1", "label": "Period 1", "start": "2016-10", "finish": "2018-03"}]},
         "roles": [{"id": "Pr", "name": "Promoter"}], "areas": [{"id": "area", "name": "Area"}], "teams": [],
         "activities": [
           {"id": "propose", "name": "Propose", "area": "area", "role": "Pr", "status": "new", "start": "2016-10", "finish": "2017-03"},
           {"id": "socialize", "name": "Socialize", "area": "area", "role": "Pr", "status": "new", "start": "2017-04", "finish": "2017-09"},
           {"id": "cloud", "name": "Cloud", "area": "area", "role": "Pr", "status": "ongoing", "start": "2016-10", "finish": "2018-03"}],
         "dependencies": [{"from": "propose", "to": "socialize", "type": "FS", "lag": 0}],
         "workingGroups": [], "principles": [], "glossary": []}
        """
        guard let validated = RoadmapLoader.load(bytes: Array(text.utf8)).validated else { FuzzCheck.fail("the scenario target's roadmap does not load") }
        return validated
    }()

    static func run(_ input: [UInt8]) {
        let reading = ScenarioReading(bytes: input)
        FuzzCheck.diagnostics(reading.findings, usable: reading.findings.isEmpty, in: input, "scenario")
        let (delays, findings) = reading.delays(against: roadmap)
        FuzzCheck.diagnostics(findings, usable: findings.isEmpty, in: input, "scenario's ids")
        guard reading.isValid, let scenario = reading.scenario else { return }

        let again = ScenarioReading(bytes: ScenarioJSON.bytes(scenario))
        FuzzCheck.require(again.isValid && again.scenario == scenario,
                          "the scenario written back reads differently: \(again.findings.prefix(3)), \(String(describing: again.scenario))")
        var byActivity: [Int: Int] = [:]
        for delay in delays {
            FuzzCheck.require(abs(delay.months) <= Scenario.monthsBound, "a delay of \(delay.months) months passed the bound")
            byActivity[delay.activity, default: 0] += delay.months
        }
        let scheduled = ScheduledRoadmap(roadmap, delays: byActivity)
        let s = scheduled.schedule
        for i in 0..<s.activityCount {
            FuzzCheck.require(s.earlyStart[i] >= s.plannedStart[i] && s.totalFloat[i] >= 0, "activity \(i) scheduled wrongly under the scenario's delays")
        }
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = ScenarioFuzzTarget
#endif

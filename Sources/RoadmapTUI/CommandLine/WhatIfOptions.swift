import ArgumentParser
import RoadmapModel

/// The what-if flags — `--delay`, `--scenario`, `--stated-only` — declared once for the
/// explorer, `export` and `schedule`, so that they mean the same everywhere.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("What-if: delay activity ID by MONTHS (negative to advance). Repeatable.", valueName: "ID=MONTHS"),
            completion: CompletionCandidates.delays)
    var delay: [String] = []

    @Option(name: .long, help: ArgumentHelp("What-ifs kept in a scenario file: the schedule of the delays it holds (--delay flags add to them). Its roadmap is used when no FILE is given.", valueName: "FILE"),
            completion: FileArgument.scenario)
    var scenario: String?

    @Flag(name: .long, help: "Schedule with the stated dependencies only, leaving out those the file marks inferred.")
    var statedOnly = false

    /// The scenario's delays, then the flags', one entry an activity (the flags add to the
    /// scenario's), in that order; or the first `--delay` that names no activity or no number.
    func delays(against validated: ValidatedRoadmap, scenario loaded: ScenarioOption.Loaded?) -> Result<[(activity: Int, months: Int)], DelayOption.DelayError> {
        DelayOption.parse(delay, activityIndex: { validated.activityIndex[$0] }).map { parsed in
            var delays = loaded?.delays ?? []
            for (activity, months) in parsed {
                if let k = delays.firstIndex(where: { $0.activity == activity }) { delays[k].months += months } else { delays.append((activity, months)) }
            }
            return delays
        }
    }
}

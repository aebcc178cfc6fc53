import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapViews

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print what the dependencies imply: early and late dates, floats, slips and the critical path.",
        discussion: """
        The critical path method in whole months: each activity starts at its planned start at \
        the earliest, and no earlier than its dependencies (FS, SS, FF, SF, with lags) allow. \
        Total float is how far an activity can slip without moving the finish; free float, \
        without moving anything else. With --delay, the schedule of the what-if, what moved, \
        and whether the critical path changed. With --stated-only, the schedule leaves out the \
        dependencies the file marks inferred, to show how much of the critical path rests on them. \
        When the file has a status date, the schedule is a forecast from the progress it reports \
        (finished work where it happened, work left after the status date), with what is done and \
        what is behind (`roadmap progress` records it).
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case text, json }

    @Argument(help: FileArgument.help(scenario: true), completion: FileArgument.roadmap)
    var file: String?

    @OptionGroup var whatIf: WhatIfOptions

    @Option(help: "text (a table) or json (the export's format).")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let preferences = try Preferences.loadOrExit()
        let (_, loaded, scenarioLoaded) = try ScenarioOption.loadOrExit(file: file, scenario: whatIf.scenario, command: "schedule")
        let language = self.language.language(preferences)
        let base = ScheduledRoadmap(loaded, statedOnly: whatIf.statedOnly)
        let delays: [(activity: Int, months: Int)]
        switch whatIf.delays(against: loaded, scenario: scenarioLoaded) {
        case .success(let merged): delays = merged
        case .failure(let failure):
            printError("roadmap schedule: error: \(failure.message)")
            throw ExitCode(1)
        }
        // Every flag in one what-if: the passes run once, however many flags there are.
        let scheduled = delays.isEmpty ? base : ScheduledRoadmap(loaded, delays: DelayOption.byActivity(delays), searchIndex: base.searchIndex, statedOnly: whatIf.statedOnly)

        switch format {
        case .json:
            // Handed out as it is made, as the export's is: never the whole text at once.
            try OutputFile.writeOrExit(to: nil, command: "schedule") { sink in
                try ScheduleJSON.write(scheduled, language: language, scenario: scenarioLoaded?.inUse, to: sink)
            }
        case .text:
            let report = ScheduleReport(scheduled: scheduled, base: delays.isEmpty ? nil : base, delays: delays, scenario: scenarioLoaded?.inUse, language: language)
            try OutputFile.writeOrExit(Array(report.text.utf8), to: nil, command: "schedule")
        }
    }
}

import ArgumentParser
import RoadmapModel
import RoadmapViews

/// `roadmap progress FILE ACTIVITY PERCENT [--actual-start] [--actual-finish]` and `roadmap
/// progress FILE --status-date`: progress entered from the command line, written back into the
/// file — validated first, atomically, in canonical form so that only the activity's lines (or
/// the status date's) change, never over a version of the file it did not read, never into a
/// read-only file; every refusal leaves the file as it was and exits 1.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Record an activity's progress (percent complete, actual start and finish) or the status date, in the roadmap file.",
        discussion: """
        PERCENT is a whole number from 0 to 100 (no decimals; `40` or `40%`). The status date is \
        the month the progress is reported to: set it first (or in the same command) with \
        --status-date YYYY-MM. Work done without --actual-start started at its planned start (or \
        the status date, if earlier); 100 % without --actual-finish ended at its planned finish (or \
        the status date); --actual-finish alone means 100 %. What was filled in is said. The values \
        are marked in the file as entered by a person, with the time (UTC), never as the seed's. \
        The file is written in canonical form (`roadmap fmt`), so that a `git diff` shows only the \
        activity's lines; a file not in canonical form is refused unless --reformat gives leave to \
        rewrite it whole. Nothing is written when the result would not be valid, when the file \
        changed on disk while this ran, or when it is read-only.
        """
    )

    @Argument(help: ArgumentHelp("The roadmap file to update.", valueName: "file"), completion: FileArgument.roadmap)
    var file: String

    /// ACTIVITY and PERCENT; taken as they come (`-5` is a percentage to refuse, not an option).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The activity's id, then its percent complete (0 to 100).", valueName: "activity percent"))
    var values: [String] = []

    @Option(name: .customLong("actual-start"), help: ArgumentHelp("The month the work began.", valueName: "YYYY-MM"))
    var actualStart: String?

    @Option(name: .customLong("actual-finish"), help: ArgumentHelp("The month the work ended (it is then 100 % complete).", valueName: "YYYY-MM"))
    var actualFinish: String?

    @Option(name: .customLong("status-date"), help: ArgumentHelp("The month the progress is reported to.", valueName: "YYYY-MM"))
    var statusDate: String?

    @Flag(help: "Give leave to rewrite a file that is not in canonical form (all of it then changes, as `roadmap fmt --write` would).")
    var reformat = false

    func run() throws {
        let start = try month(actualStart, "--actual-start"), finish = try month(actualFinish, "--actual-finish")
        let status = try month(statusDate, "--status-date")
        let entry: (activity: String, percent: Int)?
        switch values.count {
        case 0:
            guard status != nil else { throw usage("say what to record: ACTIVITY PERCENT, or --status-date YYYY-MM") }
            guard start == nil, finish == nil else { throw usage("--actual-start and --actual-finish need an ACTIVITY and its PERCENT") }
            entry = nil
        case 2:
            switch PercentText.parse(values[1]) {
            case .success(let percent): entry = (values[0], percent)
            case .failure(let problem): throw usage("PERCENT \(problem.message)")
            }
        case 1: throw usage("PERCENT is missing: `roadmap progress \(file) \(values[0]) PERCENT` (a whole number from 0 to 100)")
        default: throw usage("too many values (\(values.map { Sanitized.inline($0) }.joined(separator: " "))): give ACTIVITY PERCENT")
        }

        let editable: EditableRoadmapFile
        switch EditableRoadmapFile.read(file) {
        case .success(let read): editable = read
        case .failure(let refusal):
            for line in refusal.lines { printError(line) }
            throw ExitCode(1)
        }
        if let difference = editable.notCanonical, !reformat {
            printError("\(file):\(difference.line): error: not in canonical form, so writing the progress would rewrite the whole file; the first line that differs is")
            printError("  found:    \(difference.found)")
            printError("  expected: \(difference.expected)")
            printError("(give --reformat to let `roadmap progress` rewrite it, or run `roadmap fmt --write \(file)` first); nothing written")
            throw ExitCode(1)
        }
        guard EditableRoadmapFile.isWritable(file) else { throw refuse("\(file) is read-only; nothing written") }

        var validated = editable.validated
        var said: [String] = []
        if let status {
            switch ProgressEntry.settingStatusDate(status, of: validated.roadmap) {
            case .success(let changed): validated = changed
            case .failure(let failure): throw refuse(failure, file)
            }
            said.append("status date \(status)")
        }
        if let entry {
            guard let index = validated.activityIndex[entry.activity] else {
                throw refuse("no activity \"\(Sanitized.inline(entry.activity))\" in \(file)" + Self.nearest(entry.activity, validated.roadmap))
            }
            let typed = ProgressEntry(percent: entry.percent, actualStart: start, actualFinish: finish)
            let before = validated.roadmap.activities[index]
            switch typed.applied(to: validated.roadmap, activity: index, at: EntryTime.now()) {
            case .success(let (changed, filled)):
                validated = changed
                let after = changed.roadmap.activities[index]
                said.append("\(after.id) (\(Sanitized.inline(after.name.en, limit: 60))): " + DiffReport.progressText(before, after, Vocabulary(.en))
                            + filled.map { "; \($0.field == "actualStart" ? "actual start" : "actual finish") taken as \($0.month), \($0.reason.en)" }.joined())
            case .failure(let failure): throw refuse(failure, file)
            }
        }
        do {
            try editable.write(validated.roadmap)
        } catch {
            throw refuse("\(error)")
        }
        let scheduled = ScheduledRoadmap(validated)
        var summary = "\(file): " + said.joined(separator: "; ")
        if let status = scheduled.statusDate, let planned = scheduled.plannedFinish {
            summary += " · " + Vocabulary(.en).statusAndForecast(status: status, forecast: scheduled.schedule.projectFinishMonth, planned: planned)
                + " · \(scheduled.behindCount) behind"
        }
        print(summary)
    }

    /// The ids nearest to one that does not exist: " (nearest: cloud-architecture, cloud)".
    static func nearest(_ id: String, _ roadmap: Roadmap) -> String {
        let folded = TextFolding.fold(id)
        let ranked = roadmap.activities.map { activity -> (id: String, score: Int) in
            let candidate = TextFolding.fold(activity.id)
            let contains = candidate.contains(folded) || folded.contains(candidate)
            return (activity.id, CommandTypo.editDistance(folded, candidate) - (contains ? 100 : 0))
        }.sorted { ($0.score, $0.id) < ($1.score, $1.id) }
        let close = ranked.prefix(3).filter { $0.score <= max(3, id.count / 2) }.map(\.id)
        return close.isEmpty ? "; `roadmap export \("FILE") --format csv` lists the ids" : "; the nearest ids: " + close.joined(separator: ", ")
    }

    private func month(_ text: String?, _ option: String) throws -> Month? {
        guard let text else { return nil }
        guard let month = Month(text) else {
            throw usage("\(option) \"\(Sanitized.inline(text))\" is not a month: months are written YYYY-MM, from 0000-01 to 9999-12 (e.g. 2017-03)")
        }
        return month
    }

    private func usage(_ message: String) -> Error {
        printError("roadmap progress: error: \(message); \(file) is unchanged")
        return ExitCode(64)
    }

    private func refuse(_ message: String) -> Error {
        printError("roadmap progress: error: \(message)")
        return ExitCode(1)
    }

    private func refuse(_ failure: ProgressEntry.Failure, _ file: String) -> Error {
        switch failure {
        case .noStatusDate:
            printError("roadmap progress: error: \(file) has no status date: progress is reported as of one; give --status-date YYYY-MM (the month it is reported to); nothing written")
        case .invalid(let findings):
            for finding in findings where finding.isError { printError(finding.formatted(file: file)) }
            printError("roadmap progress: error: the progress would make \(file) invalid (above); nothing written")
        }
        return ExitCode(1)
    }
}

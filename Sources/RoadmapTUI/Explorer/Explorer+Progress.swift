import Foundation
import RoadmapModel
import RoadmapViews

/// The file `W` writes the progress to: the roadmap file read, the version read (so that a
/// write never goes over a version not seen) and whether it is in canonical form (else
/// writing rewrites all of it, which is asked first).
struct ProgressFile: Equatable {
    var path: String
    var version: FileVersion?
    /// Nil until the first `W` needs it. Knowing means reading the file again and writing the
    /// whole roadmap in canonical form to compare: done as the explorer opened, that was a third
    /// of the time to the first screen at a million activities (issue 26), for a key most
    /// sessions never press.
    var isCanonical: Bool?

    /// Whether the roadmap file at `path` is in canonical form, as `roadmap fmt --check` says:
    /// false when it cannot be read or put in that form.
    static func isInCanonicalForm(_ path: String) -> Bool {
        guard case .success(let bytes) = readFile(path), case .formatted(_, firstDifference: nil) = CanonicalForm.of(bytes) else { return false }
        return true
    }
}

/// Progress entered where people look at it: `%` sets the selected activity's percent and
/// actual months through a prompt (the status date first, when the roadmap has none), `u` takes
/// an entry back, `W` writes the file, `B` and `P` filter by it. Each entry is validated as
/// it is made (`ProgressEntry`), so that nothing invalid waits to be written; the writing
/// itself is ExplorerProgressSave's, the loop's to call, as the export's and the scenario's.
extension Explorer {
    // MARK: - Entering

    /// `%`: the prompt for the selected activity's progress, or for the status date first.
    mutating func openProgressPrompt() {
        guard let activity = actionableActivity else {
            sayNothingSelected()
            return
        }
        guard scheduled.roadmap.statusDate != nil else {
            openStatusDatePrompt(then: activity)
            return
        }
        let a = scheduled.roadmap.activities[activity]
        // The values in force, to edit rather than retype: "40 2016-11".
        var text = ""
        if a.hasProgress {
            text = String(a.percentComplete ?? 0) + (a.actualStart.map { " \($0)" } ?? "") + (a.actualFinish.map { " \($0)" } ?? "")
        }
        var prompt = Prompt(kind: .progress(activity: activity), text: text)
        prompt.label = vocabulary.progressPromptLabel(Sanitized.inline(a.name[state.language], limit: 40),
                                                      status: scheduled.roadmap.statusDate ?? a.start)
        overlay = .prompt(prompt)
    }

    mutating func openStatusDatePrompt(then activity: Int?) {
        var prompt = Prompt(kind: .statusDate(then: activity), text: scheduled.roadmap.statusDate.map(\.description) ?? "")
        prompt.label = vocabulary.statusDatePromptLabel
        if scheduled.roadmap.statusDate == nil { prompt.note = vocabulary.noStatusDateYet }
        overlay = .prompt(prompt)
    }

    /// Enter in the progress prompt: the entry applied and validated, or why not, with the
    /// prompt left open to correct it.
    mutating func confirmProgress(_ prompt: Prompt, activity: Int) {
        let entry: ProgressEntry
        switch Self.parseProgress(prompt.text, language: state.language) {
        case .success(let parsed): entry = parsed
        case .failure(let problem):
            var refused = prompt
            refused.note = problem.message
            overlay = .prompt(refused)
            return
        }
        let roadmap = scheduled.roadmap
        let before = ProgressEntry.Snapshot(roadmap.activities[activity])
        switch entry.applied(to: roadmap, activity: activity, at: entryTime()) {
        case .failure(let failure):
            var refused = prompt
            refused.note = Sanitized.inline(failure.message, limit: 300)
            overlay = .prompt(refused)
        case .success(let (validated, filled)):
            overlay = nil
            let after = ProgressEntry.Snapshot(validated.roadmap.activities[activity])
            record(ProgressStep(activity: activity, id: roadmap.activities[activity].id, before: before, statusDateBefore: roadmap.statusDate,
                                after: after, statusDateAfter: validated.roadmap.statusDate))
            let old = roadmap.activities[activity]
            reschedule(validated)
            let new = scheduled.roadmap.activities[activity]
            var text = Sanitized.inline(new.name[state.language], limit: 60) + vocabulary.colon + " "
                + DiffReport.progressText(old, new, vocabulary)
            for gap in filled { text += " · " + vocabulary.filledIn(gap.field, gap.month, gap.reason[state.language]) }
            message = Message(text: text + " · " + progressTail())
        }
    }

    /// Enter in the status date prompt: set (validated), then the progress prompt it was asked for.
    mutating func confirmStatusDate(_ prompt: Prompt, then activity: Int?) {
        let typed = prompt.text.trimmingCharacters(in: .whitespaces)
        guard let month = Month(typed) else {
            var refused = prompt
            refused.note = vocabulary.notAMonth(Sanitized.inline(typed, limit: 20))
            overlay = .prompt(refused)
            return
        }
        let roadmap = scheduled.roadmap
        switch ProgressEntry.settingStatusDate(month, of: roadmap) {
        case .failure(let failure):
            var refused = prompt
            refused.note = Sanitized.inline(failure.message, limit: 300)
            overlay = .prompt(refused)
        case .success(let validated):
            overlay = nil
            if roadmap.statusDate != month {
                record(ProgressStep(activity: nil, id: nil, before: nil, statusDateBefore: roadmap.statusDate, after: nil, statusDateAfter: month))
                reschedule(validated)
            }
            message = Message(text: vocabulary.statusDate.capitalizedFirst + " " + vocabulary.monthAndYear(month) + " · " + progressTail())
            if let activity { openProgressPrompt(activity) }
        }
    }

    private mutating func openProgressPrompt(_ activity: Int) {
        state.selectedActivity = activity
        openProgressPrompt()
    }

    /// "PERCENT [ACTUAL-START [ACTUAL-FINISH]]", a `-` for a month left out.
    /// Why a line typed in a prompt was refused, said on the prompt.
    struct Refusal: Error, Equatable {
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func parseProgress(_ text: String, language: Language) -> Result<ProgressEntry, Refusal> {
        let fr = language == .fr
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else {
            return .failure(Refusal(fr ? "Tapez un pourcentage (0 à 100), puis au besoin le début et la fin réels (AAAA-MM)."
                : "Type a percentage (0 to 100), then if need be the actual start and finish (YYYY-MM)."))
        }
        guard words.count <= 3 else {
            return .failure(Refusal(fr ? "Trop de valeurs : POURCENTAGE [DÉBUT-RÉEL [FIN-RÉELLE]]." : "Too many values: PERCENT [ACTUAL-START [ACTUAL-FINISH]]."))
        }
        let percent: Int
        switch PercentText.parse(first) {
        case .success(let value): percent = value
        case .failure(let problem): return .failure(Refusal(problem.message))
        }
        var months: [Month?] = []
        for word in words.dropFirst() {
            if word == "-" { months.append(nil); continue }
            guard let month = Month(word) else {
                return .failure(Refusal(fr ? "« \(Sanitized.inline(word, limit: 20)) » n’est pas un mois : AAAA-MM (p. ex. 2017-03), ou - pour aucun."
                    : "\"\(Sanitized.inline(word, limit: 20))\" is not a month: YYYY-MM (e.g. 2017-03), or - for none."))
            }
            months.append(month)
        }
        // The prompt shows every value: what is left out is none.
        return .success(ProgressEntry(percent: percent, actualStart: months.first ?? nil, actualFinish: months.count > 1 ? months[1] : nil,
                                      keepsActuals: false))
    }

    /// "forecast finish May 2018 · 2 behind · not written (W)".
    func progressTail() -> String {
        var parts: [String] = []
        if scheduled.hasProgress {
            parts.append(vocabulary.forecastFinish + " " + vocabulary.monthAndYear(scheduled.schedule.projectFinishMonth))
            parts.append(vocabulary.behindCount(scheduled.behindCount))
        }
        parts.append(vocabulary.notWritten(unsavedProgress, write: key(.writeProgress)))
        return parts.joined(separator: " · ")
    }

    // MARK: - Steps

    private mutating func record(_ step: ProgressStep) {
        undoStack.append(.progress(step))
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        unsavedProgress += 1
        lastChange = nil
    }

    /// The roadmap changed by an entry, scheduled again with the what-ifs, the stated-only
    /// mode and the comparison in force (the activities are the same: indices hold).
    mutating func reschedule(_ validated: ValidatedRoadmap) {
        scheduled = ScheduledRoadmap(validated, delays: scheduled.delays, searchIndex: scheduled.searchIndex, statedOnly: scheduled.statedOnly,
                                     baselineVersion: scheduled.baselineVersion?.matched(to: validated))
        restoreCursor()
    }

    /// `u` on a progress step: the activity's progress and the status date as they were.
    mutating func undoProgress(_ step: ProgressStep) {
        let roadmap = scheduled.roadmap
        let result: Result<ValidatedRoadmap, ProgressEntry.Failure>
        if let activity = step.activity, let before = step.before, roadmap.activities.indices.contains(activity) {
            result = ProgressEntry.restoring(before, activity: activity, of: roadmap, statusDate: step.statusDateBefore)
        } else {
            var changed = roadmap
            changed.statusDate = step.statusDateBefore
            switch Validator.validate(changed) {
            case .valid(let validated): result = .success(validated)
            case .invalid(let findings): result = .failure(.invalid(findings))
            }
        }
        switch result {
        case .success(let validated):
            unsavedProgress = max(0, unsavedProgress - 1)
            reschedule(validated)
            message = Message(text: vocabulary.progressUndone + " · " + progressTail())
        case .failure(let failure):
            // Another entry since depends on this one (an actual month past the status date
            // it restores): said, and the step kept.
            undoStack.append(.progress(step))
            message = Message(text: vocabulary.cannotUndoProgress + Sanitized.inline(failure.message, limit: 200), isError: true)
        }
    }

    // MARK: - Filters

    mutating func toggleBehind() {
        var filter = state.filter
        filter.behindOnly.toggle()
        setFilter(filter)
        if filter.behindOnly && !scheduled.hasProgress { message = Message(text: vocabulary.nothingBehindWithoutStatusDate(key(.enterProgress))) }
    }

    // MARK: - Writing

    /// `W`: write where the roadmap came from, asking first when that rewrites a file not in
    /// canonical form or when the file changed on disk; elsewhere when it came from no
    /// roadmap file (standard input, the shipped roadmap, an imported plan).
    mutating func requestWrite() -> Effect {
        guard unsavedProgress > 0 else {
            message = Message(text: vocabulary.noProgressToWrite(key(.enterProgress)))
            return .none
        }
        guard let file = progressFile else {
            openWriteElsewhere(note: vocabulary.noFileToWriteProgress)
            return .none
        }
        if fileChangedUnderProgress {
            overlay = .question(Question(subject: .changedOnDisk(path: file.path)))
            return .none
        }
        var isCanonical = file.isCanonical
        if isCanonical == nil, FileVersion.of(file.path) == file.version {
            // The version read: whether it is canonical is known from the file. Another
            // version is the changed-on-disk question's, which the write asks.
            isCanonical = ProgressFile.isInCanonicalForm(file.path)
            progressFile?.isCanonical = isCanonical
        }
        if isCanonical == false {
            overlay = .question(Question(subject: .rewriteWhole(path: file.path)))
            return .none
        }
        return .writeProgress(path: file.path, overwrite: false)
    }

    mutating func openWriteElsewhere(note: String? = nil) {
        var stem = fileName ?? "roadmap"
        for suffix in [".json", ".xml", ".csv"] where stem.hasSuffix(suffix) { stem.removeLast(suffix.count) }
        var prompt = Prompt(kind: .writeElsewhere, text: (stem.isEmpty ? "roadmap" : stem) + "-progress.json")
        prompt.note = note
        overlay = .prompt(prompt)
    }

    /// Enter in the write-elsewhere prompt: a roadmap file name, not a folder, not the file read
    /// (that is `W` itself); asks before writing over a file that exists.
    mutating func confirmWriteElsewhere(_ prompt: Prompt) -> Effect {
        let typed = prompt.text.trimmingCharacters(in: .whitespaces)
        var refused = prompt
        guard !typed.isEmpty, !typed.hasSuffix("/") else {
            refused.note = vocabulary.typeAFileName
            overlay = .prompt(refused)
            return .none
        }
        let path = PathCompletion.expandingTilde(typed, home: home)
        if isOpenRoadmap(path) {
            refused.note = vocabulary.thatIsTheFileRead
            overlay = .prompt(refused)
            return .none
        }
        if FileVersion.of(path) != nil {
            overlay = .question(Question(subject: .overwriteProgress(path: path, prompt: prompt)))
            return .none
        }
        overlay = nil
        return .writeProgress(path: path, overwrite: true)
    }

    /// The answers of the write's questions.
    mutating func answerWrite(_ subject: Question.Subject, _ outcome: Question.Outcome) -> Effect {
        overlay = nil
        switch (subject, outcome) {
        case (.quitWithProgress, .yes): return .quit
        case let (.rewriteWhole(path), .yes): return .writeProgress(path: path, overwrite: false)
        case (.rewriteWhole, .no): message = Message(text: vocabulary.notRewritten, isError: true)
        case let (.changedOnDisk(path), .overwrite): return .writeProgress(path: path, overwrite: true)
        case (.changedOnDisk, .reload): return .reloadKeepingProgress
        case (.changedOnDisk, .elsewhere): openWriteElsewhere()
        case let (.overwriteProgress(path, _), .yes): return .writeProgress(path: path, overwrite: true)
        case let (.overwriteProgress(_, prompt), .no): overlay = .prompt(prompt)
        default: break
        }
        return .none
    }

    /// Called once the progress is written to `path`: nothing left unsaved; the entries can no
    /// longer be taken back one by one (the file, and git, hold them now).
    mutating func progressWritten(to path: String, isTheFileRead: Bool, version: FileVersion?) {
        let count = unsavedProgress
        unsavedProgress = 0
        undoStack.removeAll { if case .progress = $0 { return true } else { return false } }
        if isTheFileRead {
            progressFile = ProgressFile(path: path, version: version, isCanonical: true)
            fileChangedUnderProgress = false
        }
        message = Message(text: vocabulary.progressWritten(count, to: Sanitized.inline(path, limit: 80), elsewhere: !isTheFileRead,
                                                           read: progressFile.map { Sanitized.inline($0.path, limit: 60) }))
    }

    /// The entries not written, put back over another version of the roadmap (a reload): by
    /// the activity's id, in the order they were made. Nil when one no longer applies (its
    /// activity is gone) or the result is not valid, with why.
    func entriesReapplied(over validated: ValidatedRoadmap) -> Result<(ValidatedRoadmap, [ProgressStep]), Refusal> {
        var roadmap = validated.roadmap
        var steps: [ProgressStep] = []
        let pending = undoStack.compactMap { step -> ProgressStep? in if case let .progress(p) = step { return p } else { return nil } }
        for step in pending.suffix(unsavedProgress) {
            if let id = step.id, let after = step.after {
                guard let index = validated.activityIndex[id] else { return .failure(Refusal(vocabulary.entryActivityGone(Sanitized.inline(id, limit: 40)))) }
                let before = ProgressEntry.Snapshot(roadmap.activities[index])
                // The progress and its mark only: the rest of the activity is the file's now.
                roadmap.activities[index].percentComplete = after.percent
                roadmap.activities[index].actualStart = after.actualStart
                roadmap.activities[index].actualFinish = after.actualFinish
                if let time = after.provenance.enteredAt {
                    roadmap.activities[index].provenance = roadmap.activities[index].provenance.entering(after.provenance.enteredFields, at: time)
                }
                steps.append(ProgressStep(activity: index, id: id, before: before, statusDateBefore: roadmap.statusDate, after: after,
                                          statusDateAfter: step.statusDateAfter))
            } else {
                steps.append(ProgressStep(activity: nil, id: nil, before: nil, statusDateBefore: roadmap.statusDate, after: nil,
                                          statusDateAfter: step.statusDateAfter))
            }
            roadmap.statusDate = step.statusDateAfter
        }
        switch Validator.validate(roadmap) {
        case .valid(let result): return .success((result, steps))
        case .invalid(let findings):
            return .failure(Refusal(findings.first(where: \.isError).map { Sanitized.inline($0.path + ": " + $0.message, limit: 200) } ?? ""))
        }
    }
}

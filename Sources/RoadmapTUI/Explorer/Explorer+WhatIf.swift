import RoadmapModel
import RoadmapViews

/// What-ifs: `+`/`-` delay or advance the selected activity a month, `u` takes the last step
/// back, `U` removes them all, `i` schedules on the stated dependencies only; `S` saves them as
/// a scenario (the prompt here, the file in ExplorerScenario).
extension Explorer {
    mutating func whatIf(_ months: Int) {
        guard let activity = actionableActivity else {
            sayNothingSelected()
            return
        }
        let before = scheduled
        let after = scheduled.delaying(activity, by: months)
        pushUndo(.whatIf(WhatIfStep(activity: activity, months: months)))
        scheduled = after
        let change = ScheduleChange(from: before.schedule, to: after.schedule)
        lastChange = change
        message = Message(text: describe(change, activity: activity, months: months))
        restoreCursor()
    }

    /// "Cloud +1 month · 3 activities moved · finish Apr 2018, 1 month later than planned ·
    /// critical path changed": the change of finish said as every page and report says it.
    func describe(_ change: ScheduleChange, activity: Int, months: Int) -> String {
        // The activity by its name in the view's language, whole: the status line cuts it
        // only where it must (fitStatus keeps the finish).
        let name = Sanitized.inline(scheduled.roadmap.activities[activity].name[state.language], limit: 200)
        var parts = ["\(name) \(months > 0 ? "+" : "")\(vocabulary.months(months))"]
        parts.append(vocabulary.activitiesMoved(change.moved.count))
        parts.append(change.finishDelta == 0 ? finishText() : vocabulary.finishChange(scheduled.schedule.projectFinishMonth, by: change.finishDelta))
        if change.criticalPathChanged { parts.append(vocabulary.criticalPathChanged) }
        return parts.joined(separator: " · ")
    }

    /// `U`: every what-if off at once, the command line's too; `u` brings them all back.
    mutating func resetWhatIfs() {
        let count = scheduled.delays.count
        guard count > 0 else {
            message = Message(text: vocabulary.noWhatIfToRemove)
            return
        }
        let before = scheduled
        pushUndo(.reset(delays: scheduled.delays))
        scheduled = ScheduledRoadmap(scheduled.validated, searchIndex: scheduled.searchIndex, statedOnly: scheduled.statedOnly,
                                     baselineVersion: scheduled.baselineVersion)
        lastChange = ScheduleChange(from: before.schedule, to: scheduled.schedule)
        message = Message(text: vocabulary.whatIfsRemoved(count, undo: key(.undo)) + " " + finishText())
        restoreCursor()
    }

    mutating func undo() {
        guard let step = undoStack.popLast() else {
            message = Message(text: vocabulary.nothingToUndo)
            return
        }
        let previous: ScheduledRoadmap
        let text: String
        if case let .progress(progress) = step {
            undoProgress(progress)
            return
        }
        switch step {
        case let .whatIf(step):
            previous = scheduled.delaying(step.activity, by: -step.months)
            text = vocabulary.whatIfUndone
        case let .reset(delays):
            previous = ScheduledRoadmap(scheduled.validated, delays: delays, searchIndex: scheduled.searchIndex, statedOnly: scheduled.statedOnly,
                                        baselineVersion: scheduled.baselineVersion)
            text = vocabulary.whatIfsBroughtBack(previous.delays.count)
        case .progress:
            return  // taken back above
        }
        let change = ScheduleChange(from: scheduled.schedule, to: previous.schedule)
        scheduled = previous
        lastChange = undoStack.isEmpty ? nil : change
        message = Message(text: text + " " + finishText())
        restoreCursor()
    }

    private mutating func pushUndo(_ step: UndoStep) {
        undoStack.append(step)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
    }

    /// `i`: the schedule with the stated dependencies only, and back; the what-ifs stay.
    mutating func toggleStatedOnly() {
        scheduled = scheduled.statedOnly(!scheduled.statedOnly)
        lastChange = nil
        let mode = scheduled.statedOnly
            ? vocabulary.statedOnly(counted: scheduled.dependenciesCounted, of: scheduled.graph.edges.count).capitalizedFirst
            : vocabulary.allDependencies
        message = Message(text: mode + " · " + finishText() + " · " + vocabulary.criticalCount(scheduled.schedule.criticalPath.count))
        restoreCursor()
    }

    /// `P`: the provenance notes shown under their values, or hidden again (counted on a line).
    mutating func toggleNotes() {
        let key = self.key(.toggleNotes)
        let shown = state.notes == .shown
        state.notes = shown ? .hidden(key: key) : .shown
        message = Message(text: shown ? vocabulary.notesHiddenNow(key: key) : vocabulary.notesShownNow(key: key))
        restoreCursor()
    }

    func finishText() -> String {
        "\(vocabulary.finish) \(vocabulary.monthAndYear(scheduled.schedule.projectFinishMonth))"
    }

    /// What `S` offers to save as: the scenario in use, else a name made from the roadmap file's.
    var defaultScenarioName: String {
        // A name read from a file may hold control characters, which must not reach the screen.
        if let scenario = state.scenario { return Sanitized.text(scenario.name) }
        var stem = fileName ?? "roadmap"
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        return (stem.isEmpty ? "roadmap" : stem) + "-what-ifs"
    }

    /// Called once the scenario is written: the header names it, and quitting loses nothing.
    mutating func scenarioSaved(name: String, path: String) {
        state.scenario = ScenarioInUse(name: name, delays: scheduled.delays)
        initialDelays = scheduled.delays
        message = Message(text: vocabulary.scenarioSaved(Sanitized.inline(name, limit: 40), to: Sanitized.inline(path, limit: 80)))
    }
}

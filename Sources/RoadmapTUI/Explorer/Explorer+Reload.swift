import RoadmapModel
import RoadmapViews

/// Live reload: the roadmap file changed on disk. The view, the filters, the row order and the
/// folds are the state's and stay; the selection and the what-ifs name activities by index,
/// so they are carried over by id — a what-if whose activity left the file is dropped, and the
/// message says so.
extension Explorer {
    mutating func reload(_ validated: ValidatedRoadmap, fileName: String) {
        let old = scheduled.roadmap
        let newIndex = validated.activityIndex
        func carried(_ delays: [Int: Int]) -> (kept: [Int: Int], dropped: [String]) {
            var kept: [Int: Int] = [:], dropped: [String] = []
            for (index, months) in delays.sorted(by: { $0.key < $1.key }) {
                let id = old.activities[index].id
                if let moved = newIndex[id] { kept[moved, default: 0] += months } else { dropped.append(id) }
            }
            return (kept, dropped)
        }
        let (delays, dropped) = carried(scheduled.delays)
        let selected = state.selectedActivity.flatMap { newIndex[old.activities[$0].id] }
        replaceRoadmap(ScheduledRoadmap(validated, delays: delays, statedOnly: scheduled.statedOnly,
                                        baselineVersion: scheduled.baselineVersion?.matched(to: validated)),
                       initialDelays: carried(initialDelays).kept, selected: selected,
                       undo: undoStack.compactMap { step in
                           switch step {
                           case let .whatIf(step):
                               return newIndex[old.activities[step.activity].id].map { .whatIf(WhatIfStep(activity: $0, months: step.months)) }
                           case let .reset(before): return .reset(delays: carried(before).kept)
                           // Progress steps name the file's version they changed: a reload
                           // without progress waiting (see `reloadKeepingProgress`) has none
                           // left to take back.
                           case .progress: return nil
                           }
                       },
                       scenario: state.scenario.map { ScenarioInUse(name: $0.name, delays: carried($0.delays).kept) })
        reloadErrors = nil
        firstReloadError = nil
        var text = vocabulary.reloaded(fileName)
        if !dropped.isEmpty {
            let list = dropped.map { Sanitized.inline($0, limit: 30) }.joined(separator: ", ")
            text += " " + vocabulary.whatIfsDropped(dropped.count) + list
        }
        message = Message(text: text, isError: !dropped.isEmpty)
    }

    /// The file changed but no longer loads: the last good roadmap stays on screen, and the
    /// status line says so, with the first error where it is, until a version that loads comes.
    mutating func reloadFailed(errors: Int, first: Diagnostic? = nil) {
        reloadErrors = max(1, errors)
        firstReloadError = first
    }

    /// What the status line says while the file on disk does not load: how many errors, the
    /// first one located as `roadmap validate` locates it (file:line:column), and that the
    /// last good version stays.
    func reloadProblem(fileName: String) -> String? {
        guard let count = reloadErrors else { return nil }
        let first = firstReloadError.map { Sanitized.inline($0.formatted(file: fileName), limit: 300) }
        return vocabulary.reloadProblem(fileName, errors: count, first: first)
    }
}

/// `activities`' progress and the `statusDate`: each activity's percentage, its actual dates
/// against each other and the status date, and the mark of what a person entered. Progress is
/// never the seed's, so none of this runs on a file without it (the shipped roadmap).
extension ValidationState {
    mutating func checkProgress() {
        let statusDate = roadmap.statusDate.flatMap { $0.isValid ? $0 : nil }
        var withoutStatusDate: [Int] = []
        for i in roadmap.activities.indices {
            // Read in place: most activities of a large file report nothing and cost one test.
            let percent = roadmap.activities[i].percentComplete
            let actualStart = roadmap.activities[i].actualStart, actualFinish = roadmap.activities[i].actualFinish
            let entered = !roadmap.activities[i].provenance.enteredFields.isEmpty || roadmap.activities[i].provenance.enteredAt != nil
            guard percent != nil || actualStart != nil || actualFinish != nil || entered else { continue }
            let rawID = roadmap.activities[i].id
            var id: String { Sanitized.inline(rawID) }
            func at(_ field: String) -> DataLocation { .element("activities", i, field) }
            if entered { checkEntered(i, id: id) }
            guard percent != nil || actualStart != nil || actualFinish != nil else { continue }
            if statusDate == nil, roadmap.statusDate == nil { withoutStatusDate.append(i) }

            if let percent, !(0...100).contains(percent) {
                findings.error(.percentRange, at("percentComplete"), id: id,
                               "percent complete is a whole number from 0 to 100, not \(percent)")
            }
            let start = actualStart.flatMap { $0.isValid ? $0 : nil }, finish = actualFinish.flatMap { $0.isValid ? $0 : nil }
            if actualStart == nil {
                if actualFinish != nil {
                    findings.error(.progressNeedsStart, at("actualFinish"), id: id,
                                   "an actual finish needs an actual start: when did the work begin (actualStart)?")
                } else if let percent, percent > 0, percent <= 100 {
                    findings.error(.progressNeedsStart, at("percentComplete"), id: id,
                                   "\(percent) % done needs an actual start: when did the work begin (actualStart)?")
                }
            }
            if let start, let finish, finish < start {
                findings.error(.actualOrder, at("actualFinish"), id: id,
                               "the activity actually finished (\(finish)) before it actually started (\(start))")
            }
            if let percent, (0...100).contains(percent) {
                if percent == 100, actualFinish == nil {
                    findings.error(.finishedAtHundred, at("percentComplete"), id: id,
                                   "100 % complete, but no actual finish: say when the work ended (actualFinish)")
                } else if percent < 100, let finish {
                    findings.error(.finishedAtHundred, at("actualFinish"), id: id,
                                   "an actual finish (\(finish)) with \(percent) % complete: finished work is 100 % complete")
                }
            } else if percent == nil, let finish {
                findings.error(.finishedAtHundred, at("actualFinish"), id: id,
                               "an actual finish (\(finish)) without percentComplete: finished work is 100 % complete")
            }
            if let statusDate {
                if let start, start > statusDate {
                    findings.error(.actualAfterStatusDate, at("actualStart"), id: id,
                                   "actually started \(start), after the status date (\(statusDate)): progress is reported as of the status date")
                }
                if let finish, finish > statusDate {
                    findings.error(.actualAfterStatusDate, at("actualFinish"), id: id,
                                   "actually finished \(finish), after the status date (\(statusDate)): progress is reported as of the status date")
                }
            }
        }
        if let first = withoutStatusDate.first {
            let field = roadmap.activities[first].percentComplete != nil ? "percentComplete"
                : roadmap.activities[first].actualStart != nil ? "actualStart" : "actualFinish"
            let others = withoutStatusDate.count - 1
            let more = others == 0 ? "" : " (and \(others) other activit\(others == 1 ? "y" : "ies"))"
            findings.error(.progressNeedsStatusDate, .element("activities", first, field), id: Sanitized.inline(roadmap.activities[first].id),
                           "the activity reports progress\(more), but the roadmap has no statusDate: say the month the progress is reported to (`roadmap progress FILE --status-date YYYY-MM`)")
        }
    }

    /// What a person entered names the activity's own fields, and when.
    private mutating func checkEntered(_ i: Int, id: @autoclosure () -> String) {
        let provenance = roadmap.activities[i].provenance
        for (k, field) in provenance.enteredFields.enumerated() where !RoadmapFormat.activity.fields.contains(field) {
            findings.error(.enteredProvenance, .element("activities", i, "enteredFields[\(k)]"), id: id(),
                           "\"\(Sanitized.inline(field))\" is not a field of an activity (\(RoadmapFormat.activity.fields.joined(separator: ", ")))")
        }
        if !provenance.enteredFields.isEmpty, provenance.enteredAt == nil {
            findings.error(.enteredProvenance, .element("activities", i, "enteredFields"), id: id(),
                           "entered fields without enteredAt: say when they were entered (\"YYYY-MM-DDThh:mm:ssZ\")")
        } else if provenance.enteredFields.isEmpty, let time = provenance.enteredAt, !time.isEmpty {
            findings.error(.enteredProvenance, .element("activities", i, "enteredAt"), id: id(),
                           "enteredAt without enteredFields: say which fields were entered")
        }
    }
}

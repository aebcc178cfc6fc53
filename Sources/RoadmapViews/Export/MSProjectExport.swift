import RoadmapModel

/// MS Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject open: one summary
/// task per area of interest, under it one task per activity on its early dates, the
/// dependencies as predecessor links with their types and lags, the task teams as resources
/// assigned to the activities they carry, and the codes MS Project has no field for as text
/// fields named by an alias (`fields`). Streamed a task at a time, like the text export.
///
/// What a reader of the file should know (the README says it too):
/// - Dates follow `WorkingCalendar`: a month of work is its working days, 08:00 to 17:00.
///   Each activity is constrained to start no earlier than its planned month, so that a tool
///   which reschedules the file finds the roadmap's early dates again.
/// - A lag of n months is written as n months of MS Project's (`DaysPerMonth` 20 working days),
///   in the file's tenths of a minute, with the format "months".
/// - The activity's id is its WBS code (the area's id for a summary task); its provenance note
///   is the task's note.
/// - An area with no activity in the view has no summary task.
/// - Only the links the schedule honours are written (without the inferred ones in
///   stated-only mode), and only between activities the filters show.
enum MSProjectExport {
    /// The four text fields, as agreed with `roadmap import`: role, status, area, provenance.
    static let fields: [(id: Int, name: String, alias: String)] = [
        (188_743_731, "Text1", "Role"), (188_743_734, "Text2", "Status"),
        (188_743_737, "Text3", "Area"), (188_743_740, "Text4", "Provenance"),
    ]

    /// MSPDI's codes for the link types.
    static func linkType(_ kind: Dependency.Kind) -> Int {
        switch kind {
        case .FF: return 0
        case .FS: return 1
        case .SF: return 2
        case .SS: return 3
        }
    }

    /// A month of lag in tenths of a minute: MS Project's month of 20 working days of 480 minutes.
    static let tenthsOfMinutePerMonth = WorkingCalendar.daysPerMonth * WorkingCalendar.minutesPerDay * 10
    /// MSPDI's duration format for months.
    static let monthsFormat = 11

    static func write(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let scheduled = input.scheduled, roadmap = input.roadmap, language = input.language
        let schedule = scheduled.schedule
        let visible = input.state.filter.apply(to: scheduled)
        let byArea = ActivityRow.byArea(scheduled, visible: visible, order: input.state.order)
        // An area with no activity is left out: a summary task of nothing is a leaf task to
        // MS Project and MPXJ, which a reader would take for an activity.
        let areaOrder = input.state.order.areaOrder(roadmap.areas).filter { !byArea[$0].isEmpty }
        var shown = [Bool](repeating: false, count: roadmap.activities.count)
        for i in visible { shown[i] = true }
        // Areas take the UIDs 1…A and activity i the UID A + 1 + i, so that a link can name
        // its predecessor before the predecessor is written.
        let activityUID = roadmap.areas.count + 1

        let first = visible.map { schedule.earlyStart[$0] }.min() ?? 0
        let end = visible.map { schedule.earlyFinish[$0] }.max() ?? 1
        var out: [UInt8] = []
        out.reserveCapacity(Array.exportChunk + 4096)
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.raw("<Project xmlns=\"http://schemas.microsoft.com/project\">\n")
        out.raw("<SaveVersion>14</SaveVersion>\n")
        let pageName = PageBuilder.name(of: input.state.view, language)
        let title = roadmap.meta.title[language]
        out.element("Title", title.isEmpty ? pageName : title)
        out.raw("\n")
        // MSPDI has no field for a language: the subject says it, with the filters.
        let filterLine = PageHeader.filterLine(scheduled, input.state, shown: visible.count)
        out.element("Subject", pageName + " — " + languageName(language) + " — " + filterLine)
        out.raw("\n<ScheduleFromStart>1</ScheduleFromStart>\n<StartDate>")
        WorkingCalendar.appendStart(schedule.month(first), to: &out)
        out.raw("</StartDate>\n<FinishDate>")
        WorkingCalendar.appendFinish(schedule.lastMonth(end), to: &out)
        out.raw("</FinishDate>\n<CalendarUID>1</CalendarUID>\n")
        out.raw("<DefaultStartTime>08:00:00</DefaultStartTime>\n<DefaultFinishTime>17:00:00</DefaultFinishTime>\n")
        out.append("<MinutesPerDay>\(WorkingCalendar.minutesPerDay)</MinutesPerDay>\n<MinutesPerWeek>\(WorkingCalendar.minutesPerDay * 5)</MinutesPerWeek>\n")
        out.append("<DaysPerMonth>\(WorkingCalendar.daysPerMonth)</DaysPerMonth>\n")
        if let status = scheduled.statusDate {
            // Progress is reported to the end of the status month (MSPDI's place for it, before
            // the extended attributes).
            out.raw("<StatusDate>"); WorkingCalendar.appendFinish(status, to: &out); out.raw("</StatusDate>\n")
        }
        out.raw("<ExtendedAttributes>\n")
        for field in fields {
            out.append("<ExtendedAttribute><FieldID>\(field.id)</FieldID><FieldName>\(field.name)</FieldName><Alias>\(field.alias)</Alias></ExtendedAttribute>\n")
        }
        out.raw("</ExtendedAttributes>\n")
        out.append(calendar)
        out.raw("<Tasks>\n")

        // Every task in order with its row (ID) and outline number, so that the tasks can be
        // written on every processor (`ParallelRows`).
        var entries: [Entry] = []
        entries.reserveCapacity(visible.count + areaOrder.count)
        for (number, area) in areaOrder.enumerated() {
            entries.append(Entry(area: area, activity: -1, outline: number + 1, position: 0, row: entries.count + 1))
            for (k, i) in byArea[area].enumerated() {
                entries.append(Entry(area: area, activity: i, outline: number + 1, position: k + 1, row: entries.count + 1))
            }
        }
        try sink(out)
        out.removeAll(keepingCapacity: true)
        let tasks = entries, shownNow = shown, activities = byArea, graph = scheduled.graph
        try ParallelRows.write(count: tasks.count, to: sink) { k, out in
            let entry = tasks[k]
            if entry.activity < 0 {
                appendSummary(entry, activities[entry.area], scheduled, language, to: &out)
            } else {
                appendTask(entry, roadmap, graph, schedule, language, shown: shownNow, to: &out)
            }
        }
        out.raw("</Tasks>\n<Resources>\n")

        // The teams that carry a shown activity, in the file's order.
        var teamUsed = [Bool](repeating: false, count: roadmap.teams.count)
        for i in visible {
            if let team = roadmap.activities[i].team.flatMap({ scheduled.teamIndex[$0] }) { teamUsed[team] = true }
        }
        var resourceRow = 0
        for (team, used) in teamUsed.enumerated() where used {
            resourceRow += 1
            out.raw("<Resource><UID>"); out.decimal(team + 1)
            out.raw("</UID><ID>"); out.decimal(resourceRow)
            out.raw("</ID>"); out.element("Name", roadmap.teams[team].name[language])
            // The team's id as the resource's code (as the WBS holds the activity's): what
            // `roadmap import` takes back as the team's id.
            out.raw("<Type>1</Type><IsNull>0</IsNull>"); out.element("Code", roadmap.teams[team].id)
            appendNotes(roadmap.teams[team].provenance, language, to: &out)
            out.raw("</Resource>\n")
            try out.flush(to: sink)
        }
        out.raw("</Resources>\n<Assignments>\n")
        // The activities a team carries, each an assignment numbered in task order.
        var assigned: [(activity: Int, team: Int)] = []
        for entry in entries where entry.activity >= 0 {
            if let team = roadmap.activities[entry.activity].team.flatMap({ scheduled.teamIndex[$0] }) { assigned.append((entry.activity, team)) }
        }
        try sink(out)
        out.removeAll(keepingCapacity: true)
        let assignments = assigned
        try ParallelRows.write(count: assignments.count, to: sink) { k, out in
            let (i, team) = assignments[k]
            out.raw("<Assignment><UID>"); out.decimal(k + 1)
            out.raw("</UID><TaskUID>"); out.decimal(activityUID + i)
            out.raw("</TaskUID><ResourceUID>"); out.decimal(team + 1)
            out.raw("</ResourceUID><Finish>"); WorkingCalendar.appendFinish(schedule.lastMonth(schedule.earlyFinish[i]), to: &out)
            out.raw("</Finish><Start>"); WorkingCalendar.appendStart(schedule.month(schedule.earlyStart[i]), to: &out)
            out.raw("</Start><Units>1</Units></Assignment>\n")
        }
        out.raw("</Assignments>\n</Project>\n")
        try sink(out)
    }

    /// A task's place: its area, its activity (-1 for the area's summary task), its outline
    /// number (area, position under it) and its row.
    struct Entry: Sendable {
        let area: Int, activity: Int, outline: Int, position: Int, row: Int
    }

    private static func appendSummary(_ entry: Entry, _ activities: [Int], _ scheduled: ScheduledRoadmap, _ language: Language,
                                      to out: inout [UInt8]) {
        let schedule = scheduled.schedule
        let areaStart = activities.map { schedule.earlyStart[$0] }.min() ?? 0
        let areaEnd = activities.map { schedule.earlyFinish[$0] }.max() ?? 1
        let a = scheduled.roadmap.areas[entry.area]
        out.raw("<Task><UID>"); out.decimal(entry.area + 1)
        out.raw("</UID><ID>"); out.decimal(entry.row)
        out.raw("</ID>"); out.element("Name", a.name[language])
        out.raw("<Type>1</Type><IsNull>0</IsNull>"); out.element("WBS", a.id)
        out.raw("<OutlineNumber>"); out.decimal(entry.outline)
        out.raw("</OutlineNumber><OutlineLevel>1</OutlineLevel>")
        appendSpan(schedule.month(areaStart), schedule.lastMonth(areaEnd), to: &out)
        out.raw("<Milestone>0</Milestone><Summary>1</Summary>")
        appendNotes(a.provenance, language, to: &out)
        appendAttributes(role: nil, status: nil, area: a.id, a.provenance, to: &out)
        out.raw("</Task>\n")
    }

    // The roadmap, graph and schedule are passed in rather than read from `scheduled` on every
    // task: a copy of each is a dozen reference counts, which the processors writing tasks at
    // once would share.
    private static func appendTask(_ entry: Entry, _ roadmap: Roadmap, _ graph: DependencyGraph, _ schedule: Schedule, _ language: Language,
                                   shown: [Bool], to out: inout [UInt8]) {
        let i = entry.activity
        let activity = roadmap.activities[i]
        let activityUID = roadmap.areas.count + 1
        out.raw("<Task><UID>"); out.decimal(activityUID + i)
        out.raw("</UID><ID>"); out.decimal(entry.row)
        out.raw("</ID>"); out.element("Name", activity.name[language])
        out.raw("<Type>1</Type>"); out.element("WBS", activity.id)
        out.raw("<OutlineNumber>"); out.decimal(entry.outline); out.append(UInt8(ascii: ".")); out.decimal(entry.position)
        out.raw("</OutlineNumber><OutlineLevel>2</OutlineLevel>")
        let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i]
        appendSpan(schedule.month(es), schedule.lastMonth(ef), to: &out)
        out.raw("<Milestone>0</Milestone><Summary>0</Summary><Critical>")
        out.append(schedule.isCritical(i) ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        // The early dates are Start and Finish; the late ones say the float.
        out.raw("</Critical><LateStart>"); WorkingCalendar.appendStart(schedule.month(schedule.lateStart[i]), to: &out)
        out.raw("</LateStart><LateFinish>"); WorkingCalendar.appendFinish(schedule.lastMonth(schedule.lateFinish[i]), to: &out)
        out.raw("</LateFinish>")
        if schedule.progress != nil { appendProgress(activity, to: &out) }
        // Start no earlier than the planned month: what holds an activity without
        // predecessors where the roadmap puts it.
        out.raw("<ConstraintType>4</ConstraintType><ConstraintDate>")
        WorkingCalendar.appendStart(schedule.month(schedule.plannedStart[i]), to: &out)
        out.raw("</ConstraintDate>")
        appendNotes(activity.provenance, language, to: &out)
        for edgeIndex in graph.predecessors(of: i) where schedule.counts(edgeIndex) {
            let edge = graph.edges[edgeIndex]
            guard shown[edge.from] else { continue }
            out.raw("<PredecessorLink><PredecessorUID>"); out.decimal(activityUID + edge.from)
            out.raw("</PredecessorUID><Type>"); out.decimal(linkType(edge.type))
            out.raw("</Type><LinkLag>"); out.decimal(edge.lag * tenthsOfMinutePerMonth)
            out.raw("</LinkLag><LagFormat>"); out.decimal(monthsFormat)
            out.raw("</LagFormat></PredecessorLink>")
        }
        appendAttributes(role: activity.role, status: activity.status.rawValue, area: activity.area, activity.provenance, to: &out)
        if schedule.progress != nil {
            // The plan as the file draws it, as MS Project's baseline: its tracking Gantt then
            // shows the forecast against it.
            out.raw("<Baseline><Number>0</Number>")
            appendSpan(activity.start, activity.finish, to: &out)
            out.raw("</Baseline>")
        }
        out.raw("</Task>\n")
    }

    /// PercentComplete, ActualStart, ActualFinish, in MSPDI's order (after the late dates).
    private static func appendProgress(_ activity: Activity, to out: inout [UInt8]) {
        out.raw("<PercentComplete>"); out.decimal(activity.percentComplete ?? (activity.actualFinish == nil ? 0 : 100))
        out.raw("</PercentComplete>")
        if let start = activity.actualStart { out.raw("<ActualStart>"); WorkingCalendar.appendStart(start, to: &out); out.raw("</ActualStart>") }
        if let finish = activity.actualFinish { out.raw("<ActualFinish>"); WorkingCalendar.appendFinish(finish, to: &out); out.raw("</ActualFinish>") }
    }

    /// Start, finish and the duration in working hours, shown in days.
    private static func appendSpan(_ start: Month, _ last: Month, to out: inout [UInt8]) {
        out.raw("<Start>"); WorkingCalendar.appendStart(start, to: &out)
        out.raw("</Start><Finish>"); WorkingCalendar.appendFinish(last, to: &out)
        out.raw("</Finish><Duration>PT"); out.decimal(WorkingCalendar.workingDays(from: start, through: last) * 8)
        out.raw("H0M0S</Duration><DurationFormat>7</DurationFormat>")
    }

    private static func appendNotes(_ provenance: Provenance, _ language: Language, to out: inout [UInt8]) {
        guard let note = provenance.note?[language], !note.isEmpty else { return }
        out.element("Notes", note)
    }

    private static func appendAttributes(role: String?, status: String?, area: String, _ provenance: Provenance, to out: inout [UInt8]) {
        let values = [role, status, area, provenanceValue(provenance)]
        for (field, value) in zip(fields, values) {
            guard let value else { continue }
            out.raw("<ExtendedAttribute><FieldID>"); out.decimal(field.id)
            out.raw("</FieldID>"); out.element("Value", value)
            out.raw("</ExtendedAttribute>")
        }
    }

    /// "seed", "inferred" (the whole object) or "inferred: start, finish" (those fields): the
    /// codes of the JSON and CSV exports, the same in both languages.
    static func provenanceValue(_ provenance: Provenance) -> String {
        guard provenance.isInferred else { return provenance.source.rawValue }
        return provenance.inferredFields.isEmpty ? provenance.source.rawValue
            : provenance.source.rawValue + ": " + provenance.inferredFields.joined(separator: ", ")
    }

    static func languageName(_ language: Language) -> String {
        language == .fr ? "noms en français (fr)" : "names in English (en)"
    }

    /// MS Project's standard calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00.
    static let calendar: String = {
        let hours = "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
            + "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>"
        // DayType 1 is Sunday, 7 Saturday.
        let days = (1...7).map { day in
            day == 1 || day == 7 ? "<WeekDay><DayType>\(day)</DayType><DayWorking>0</DayWorking></WeekDay>\n"
                : "<WeekDay><DayType>\(day)</DayType><DayWorking>1</DayWorking>\(hours)</WeekDay>\n"
        }
        return "<Calendars>\n<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>\n<WeekDays>\n"
            + days.joined() + "</WeekDays>\n</Calendar>\n</Calendars>\n"
    }()
}

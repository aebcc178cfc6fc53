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
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        out.append("<Project xmlns=\"http://schemas.microsoft.com/project\">\n")
        out.append("<SaveVersion>14</SaveVersion>\n")
        let pageName = PageBuilder.name(of: input.state.view, language)
        let title = roadmap.meta.title[language]
        out.element("Title", title.isEmpty ? pageName : title)
        out.append("\n")
        // MSPDI has no field for a language: the subject says it, with the filters.
        let filterLine = PageHeader.filterLine(scheduled, input.state, shown: visible.count)
        out.element("Subject", pageName + " — " + languageName(language) + " — " + filterLine)
        out.append("\n<ScheduleFromStart>1</ScheduleFromStart>\n<StartDate>")
        WorkingCalendar.appendStart(schedule.month(first), to: &out)
        out.append("</StartDate>\n<FinishDate>")
        WorkingCalendar.appendFinish(schedule.lastMonth(end), to: &out)
        out.append("</FinishDate>\n<CalendarUID>1</CalendarUID>\n")
        out.append("<DefaultStartTime>08:00:00</DefaultStartTime>\n<DefaultFinishTime>17:00:00</DefaultFinishTime>\n")
        out.append("<MinutesPerDay>\(WorkingCalendar.minutesPerDay)</MinutesPerDay>\n<MinutesPerWeek>\(WorkingCalendar.minutesPerDay * 5)</MinutesPerWeek>\n")
        out.append("<DaysPerMonth>\(WorkingCalendar.daysPerMonth)</DaysPerMonth>\n")
        out.append("<ExtendedAttributes>\n")
        for field in fields {
            out.append("<ExtendedAttribute><FieldID>\(field.id)</FieldID><FieldName>\(field.name)</FieldName><Alias>\(field.alias)</Alias></ExtendedAttribute>\n")
        }
        out.append("</ExtendedAttributes>\n")
        out.append(calendar)
        out.append("<Tasks>\n")

        var row = 0
        for (number, area) in areaOrder.enumerated() {
            let activities = byArea[area]
            row += 1
            let areaStart = activities.map { schedule.earlyStart[$0] }.min() ?? 0
            let areaEnd = activities.map { schedule.earlyFinish[$0] }.max() ?? 1
            let a = roadmap.areas[area]
            out.append("<Task><UID>"); out.decimal(area + 1)
            out.append("</UID><ID>"); out.decimal(row)
            out.append("</ID>"); out.element("Name", a.name[language])
            out.append("<Type>1</Type><IsNull>0</IsNull>"); out.element("WBS", a.id)
            out.append("<OutlineNumber>"); out.decimal(number + 1)
            out.append("</OutlineNumber><OutlineLevel>1</OutlineLevel>")
            appendSpan(schedule.month(areaStart), schedule.lastMonth(areaEnd), to: &out)
            out.append("<Milestone>0</Milestone><Summary>1</Summary>")
            appendNotes(a.provenance, language, to: &out)
            appendAttributes(role: nil, status: nil, area: a.id, a.provenance, to: &out)
            out.append("</Task>\n")

            for (k, i) in activities.enumerated() {
                let activity = roadmap.activities[i]
                row += 1
                out.append("<Task><UID>"); out.decimal(activityUID + i)
                out.append("</UID><ID>"); out.decimal(row)
                out.append("</ID>"); out.element("Name", activity.name[language])
                out.append("<Type>1</Type><IsNull>0</IsNull>"); out.element("WBS", activity.id)
                out.append("<OutlineNumber>"); out.decimal(number + 1); out.append(UInt8(ascii: ".")); out.decimal(k + 1)
                out.append("</OutlineNumber><OutlineLevel>2</OutlineLevel>")
                let es = schedule.earlyStart[i], ef = schedule.earlyFinish[i]
                appendSpan(schedule.month(es), schedule.lastMonth(ef), to: &out)
                out.append("<Milestone>0</Milestone><Summary>0</Summary><Critical>")
                out.append(schedule.isCritical(i) ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                out.append("</Critical><EarlyStart>"); WorkingCalendar.appendStart(schedule.month(es), to: &out)
                out.append("</EarlyStart><EarlyFinish>"); WorkingCalendar.appendFinish(schedule.lastMonth(ef), to: &out)
                out.append("</EarlyFinish><LateStart>"); WorkingCalendar.appendStart(schedule.month(schedule.lateStart[i]), to: &out)
                out.append("</LateStart><LateFinish>"); WorkingCalendar.appendFinish(schedule.lastMonth(schedule.lateFinish[i]), to: &out)
                // Start no earlier than the planned month: what holds an activity without
                // predecessors where the roadmap puts it.
                out.append("</LateFinish><ConstraintType>4</ConstraintType><ConstraintDate>")
                WorkingCalendar.appendStart(schedule.month(schedule.plannedStart[i]), to: &out)
                out.append("</ConstraintDate>")
                appendNotes(activity.provenance, language, to: &out)
                for edgeIndex in scheduled.graph.predecessors(of: i) where schedule.counts(edgeIndex) {
                    let edge = scheduled.graph.edges[edgeIndex]
                    guard shown[edge.from] else { continue }
                    out.append("<PredecessorLink><PredecessorUID>"); out.decimal(activityUID + edge.from)
                    out.append("</PredecessorUID><Type>"); out.decimal(linkType(edge.type))
                    out.append("</Type><CrossProject>0</CrossProject><LinkLag>"); out.decimal(edge.lag * tenthsOfMinutePerMonth)
                    out.append("</LinkLag><LagFormat>"); out.decimal(monthsFormat)
                    out.append("</LagFormat></PredecessorLink>")
                }
                appendAttributes(role: activity.role, status: activity.status.rawValue, area: activity.area, activity.provenance, to: &out)
                out.append("</Task>\n")
                try out.flush(to: sink)
            }
        }
        out.append("</Tasks>\n<Resources>\n")

        // The teams that carry a shown activity, in the file's order.
        var teamUsed = [Bool](repeating: false, count: roadmap.teams.count)
        for i in visible {
            if let team = roadmap.activities[i].team.flatMap({ scheduled.teamIndex[$0] }) { teamUsed[team] = true }
        }
        var resourceRow = 0
        for (team, used) in teamUsed.enumerated() where used {
            resourceRow += 1
            out.append("<Resource><UID>"); out.decimal(team + 1)
            out.append("</UID><ID>"); out.decimal(resourceRow)
            out.append("</ID>"); out.element("Name", roadmap.teams[team].name[language])
            out.append("<Type>1</Type><IsNull>0</IsNull>")
            appendNotes(roadmap.teams[team].provenance, language, to: &out)
            out.append("</Resource>\n")
            try out.flush(to: sink)
        }
        out.append("</Resources>\n<Assignments>\n")
        var assignment = 0
        for area in areaOrder {
            for i in byArea[area] {
                guard let team = roadmap.activities[i].team.flatMap({ scheduled.teamIndex[$0] }) else { continue }
                assignment += 1
                out.append("<Assignment><UID>"); out.decimal(assignment)
                out.append("</UID><TaskUID>"); out.decimal(activityUID + i)
                out.append("</TaskUID><ResourceUID>"); out.decimal(team + 1)
                out.append("</ResourceUID><Finish>"); WorkingCalendar.appendFinish(schedule.lastMonth(schedule.earlyFinish[i]), to: &out)
                out.append("</Finish><Start>"); WorkingCalendar.appendStart(schedule.month(schedule.earlyStart[i]), to: &out)
                out.append("</Start><Units>1</Units></Assignment>\n")
                try out.flush(to: sink)
            }
        }
        out.append("</Assignments>\n</Project>\n")
        try sink(out)
    }

    /// Start, finish and the duration in working hours, shown in days.
    private static func appendSpan(_ start: Month, _ last: Month, to out: inout [UInt8]) {
        out.append("<Start>"); WorkingCalendar.appendStart(start, to: &out)
        out.append("</Start><Finish>"); WorkingCalendar.appendFinish(last, to: &out)
        out.append("</Finish><Duration>PT"); out.decimal(WorkingCalendar.workingDays(from: start, through: last) * 8)
        out.append("H0M0S</Duration><DurationFormat>7</DurationFormat>")
    }

    private static func appendNotes(_ provenance: Provenance, _ language: Language, to out: inout [UInt8]) {
        guard let note = provenance.note?[language], !note.isEmpty else { return }
        out.element("Notes", note)
    }

    private static func appendAttributes(role: String?, status: String?, area: String, _ provenance: Provenance, to out: inout [UInt8]) {
        let values = [role, status, area, provenanceValue(provenance)]
        for (field, value) in zip(fields, values) {
            guard let value else { continue }
            out.append("<ExtendedAttribute><FieldID>"); out.decimal(field.id)
            out.append("</FieldID>"); out.element("Value", value)
            out.append("</ExtendedAttribute>")
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

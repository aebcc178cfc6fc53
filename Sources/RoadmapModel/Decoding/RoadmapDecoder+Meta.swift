/// `meta`: the document's title and notes, the posters' headings, the legends, the timeline,
/// its periods and the phases.
extension RoadmapDecoder {
    mutating func decodeMeta() throws(JSONSyntaxError) -> Meta? {
        guard try expectObject(.named("meta")) else { return nil }
        let start = reader.position
        var title: LocalizedText?, status: LocalizedText?, source: LocalizedText?
        var titleNote: LocalizedText?, draftDateNote: LocalizedText?, languageNote: LocalizedText?, question: LocalizedText?
        var headings: PosterHeadings?
        var activityStatuses: [LegendEntry] = [], teamStatuses: [LegendEntry] = []
        var draftDate: String?
        var timeline: Timeline?
        var periods: [Period]?
        var phases: [Phase] = []
        var present: Set<String> = []
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            present.insert(key)
            switch key {
            case "title": title = try localized(.named("meta.title"))
            case "status": status = try localized(.named("meta.status"))
            case "source": source = try localized(.named("meta.source"))
            case "draftDate": draftDate = try string(.named("meta.draftDate"))
            case "timeline": timeline = try decodeTimeline()
            case "periods": periods = try list(.named("meta.periods")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePeriod(p) }
            case "phases": phases = try list(.named("meta.phases")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePhase(p) } ?? []
            case "titleNote": titleNote = try localized(.named("meta.titleNote"))
            case "draftDateNote": draftDateNote = try localized(.named("meta.draftDateNote"))
            case "language": languageNote = try localized(.named("meta.language"))
            case "roadmapQuestion": question = try localized(.named("meta.roadmapQuestion"))
            case "headings": headings = try decodeHeadings()
            case "activityStatuses": activityStatuses = try list(.named("meta.activityStatuses")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeLegendEntry(p) } ?? []
            case "teamStatuses": teamStatuses = try list(.named("meta.teamStatuses")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeLegendEntry(p) } ?? []
            default: try unknownKey(key, of: RoadmapFormat.meta, .named("meta"))
            }
        }
        for name in RoadmapFormat.meta.required where !present.contains(name) {
            report(.named("meta"), "missing required field \"\(name)\"", at: start)
        }
        guard let timeline else { return nil }
        var meta = Meta(title: title ?? LocalizedText(""), status: status, draftDate: draftDate, source: source,
                        timeline: timeline, periods: periods ?? [], phases: phases)
        meta.titleNote = titleNote
        meta.draftDateNote = draftDateNote
        meta.languageNote = languageNote
        meta.roadmapQuestion = question
        meta.headings = headings
        meta.activityStatuses = activityStatuses
        meta.teamStatuses = teamStatuses
        return meta
    }

    mutating func decodeHeadings() throws(JSONSyntaxError) -> PosterHeadings? {
        guard try expectObject(.named("meta.headings")) else { return nil }
        var headings = PosterHeadings()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            if try provenanceField(key, .named("meta.headings"), &headings.provenance) { continue }
            guard RoadmapFormat.headings.fields.contains(key) else {
                try unknownKey(key, of: RoadmapFormat.headings, .named("meta.headings"))
                continue
            }
            if let text = try localized(.named("meta.headings").member(key)) {
                headings.headings.append(PosterHeadings.Heading(key: key, text: text))
            }
        }
        return headings
    }

    /// `{"id", "label"}`, with its provenance: an entry of a legend.
    mutating func decodeLegendEntry(_ path: Path) throws(JSONSyntaxError) -> LegendEntry {
        var entry = LegendEntry(id: "", label: LocalizedText(""))
        try fields(path(), RoadmapFormat.legendEntry) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": entry.id = try d.identifier(path().member("id")) ?? ""
            case "label": entry.label = try d.localized(path().member("label")) ?? LocalizedText("")
            default: return try d.provenanceField(key, path(), &entry.provenance)
            }
            return true
        }
        return entry
    }

    mutating func decodeTimeline() throws(JSONSyntaxError) -> Timeline? {
        guard try expectObject(.named("meta.timeline")) else { return nil }
        let start = reader.position
        var from: Month?, to: Month?
        var present: Set<String> = []
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            present.insert(key)
            switch key {
            case "start": from = try month(.named("meta.timeline.start"))
            case "finish": to = try month(.named("meta.timeline.finish"))
            default: try unknownKey(key, of: RoadmapFormat.timeline, .named("meta.timeline"))
            }
        }
        for name in RoadmapFormat.timeline.required where !present.contains(name) {
            report(.named("meta.timeline"), "missing required month \"\(name)\"", at: start)
        }
        // A month that is missing or malformed is already reported; the validator skips it.
        return Timeline(start: from ?? .invalid, finish: to ?? .invalid)
    }

    mutating func decodePeriod(_ path: Path) throws(JSONSyntaxError) -> Period {
        var period = Period(id: "", label: LocalizedText(""), start: .invalid, finish: .invalid)
        try fields(path(), RoadmapFormat.period) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": period.id = try d.identifier(path().member("id")) ?? ""
            case "label": period.label = try d.localized(path().member("label")) ?? LocalizedText("")
            case "start": period.start = try d.month(path().member("start")) ?? .invalid
            case "finish": period.finish = try d.month(path().member("finish")) ?? .invalid
            case "dates": period.dates = try d.localized(path().member("dates"))
            default: return try d.provenanceField(key, path(), &period.provenance)
            }
            return true
        }
        return period
    }

    mutating func decodePhase(_ path: Path) throws(JSONSyntaxError) -> Phase {
        var phase = Phase(id: "", label: LocalizedText(""))
        try fields(path(), RoadmapFormat.phase) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": phase.id = try d.identifier(path().member("id")) ?? ""
            case "label": phase.label = try d.localized(path().member("label")) ?? LocalizedText("")
            case "start": phase.start = try d.optionalMonth(path().member("start"))
            case "finish": phase.finish = try d.optionalMonth(path().member("finish"))
            case "description": phase.description = try d.localized(path().member("description"))
            case "dates": phase.dates = try d.localized(path().member("dates"))
            default: return try d.provenanceField(key, path(), &phase.provenance)
            }
            return true
        }
        return phase
    }
}

/// Decodes the bytes of a roadmap file straight into the model, in one pass over the bytes.
///
/// A syntax error stops the reading (nothing after it can be trusted) and is reported with its
/// line and column. Everything else — a wrong type, a missing field, a malformed month, an
/// unknown enumeration value — is recorded with its path and the reading goes on, so that one
/// run reports every problem. Objects with such problems are kept with empty or invalid
/// values, which the validator knows not to report twice.
struct RoadmapDecoder {
    /// Where a value is in the data (list "activities", element 3, field "finish"), computed
    /// only when needed.
    typealias Path = () -> DataLocation

    private var reader: JSONReader
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each element of the lists outside any array starts, by list (`activities`,
    /// `meta.periods`), so that the validator's findings can carry a line and column too.
    private(set) var elementOffsets: [String: [Int]] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>) {
        reader = JSONReader(bytes: bytes)
    }

    // MARK: - Document

    mutating func decodeDocument() throws(JSONSyntaxError) -> Roadmap? {
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.document, "a roadmap file holds one JSON object, not \(kind.article)", at: reader.position)
            try reader.skipValue()
            try reader.expectEnd()
            return nil
        }
        let documentStart = reader.position
        var schemaVersion: Int?
        var meta: Meta?
        var strategy: Strategy?
        var principles: [Principle]?, roles: [Role]?, subcommittees: [Subcommittee]?
        var areas: [AreaOfInterest]?, teams: [TaskTeam]?, activities: [Activity]?
        var dependencies: [Dependency]?, workingGroups: [WorkingGroup]?, glossary: [GlossaryEntry]?
        var councils: [Council]?, changeAnalysis: ChangeAnalysis?, currentState: CurrentState?

        var present: Set<String> = []
        var schemaVersionOffset: Int?
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            present.insert(key)
            switch key {
            case "schemaVersion":
                reader.skipWhitespace()
                schemaVersionOffset = reader.position
                schemaVersion = try integer(.named("schemaVersion"))
            case "meta": meta = try decodeMeta()
            case "strategy": strategy = try decodeStrategy()
            case "principles": principles = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePrinciple(p) }
            case "roles": roles = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeRole(p) }
            case "subcommittees": subcommittees = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeSubcommittee(p) }
            case "areas": areas = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeArea(p) }
            case "teams": teams = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeTeam(p) }
            case "activities": activities = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                if let activity = d.fastActivity() { return activity }
                return try d.decodeActivity(p)
            }
            case "dependencies": dependencies = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                if let dependency = d.fastDependency() { return dependency }
                return try d.decodeDependency(p)
            }
            case "workingGroups": workingGroups = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeWorkingGroup(p) }
            case "glossary": glossary = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeGlossaryEntry(p) }
            case "councils": councils = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeCouncil(p) }
            case "changeAnalysis": changeAnalysis = try decodeChangeAnalysis()
            case "currentState": currentState = try decodeCurrentState()
            default: try reader.skipValue()
            }
        }
        try reader.expectEnd()

        let required = ["schemaVersion", "meta", "roles", "areas", "teams", "activities", "dependencies",
                        "workingGroups", "principles", "glossary"]
        for name in required where !present.contains(name) {
            report(.document, "missing required field \"\(name)\"", at: documentStart)
        }
        if let schemaVersion, schemaVersion != 1 {
            report(.named("schemaVersion"), "this program reads schema version 1, the file says \(schemaVersion)", at: schemaVersionOffset)
        }
        guard let meta else { return nil }
        return Roadmap(
            schemaVersion: schemaVersion ?? 1, meta: meta, strategy: strategy, principles: principles ?? [],
            roles: roles ?? [], subcommittees: subcommittees ?? [], areas: areas ?? [], teams: teams ?? [],
            activities: activities ?? [], dependencies: dependencies ?? [], workingGroups: workingGroups ?? [],
            glossary: glossary ?? [], councils: councils ?? [], changeAnalysis: changeAnalysis, currentState: currentState)
    }

    // MARK: - Meta and strategy

    private mutating func decodeMeta() throws(JSONSyntaxError) -> Meta? {
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
            default: try reader.skipValue()
            }
        }
        for name in ["title", "timeline", "periods"] where !present.contains(name) {
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

    private mutating func decodeHeadings() throws(JSONSyntaxError) -> PosterHeadings? {
        guard try expectObject(.named("meta.headings")) else { return nil }
        var headings = PosterHeadings()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            if try provenanceField(key, .named("meta.headings"), &headings.provenance) { continue }
            if let text = try localized(.named("meta.headings").member(key)) {
                headings.headings.append(PosterHeadings.Heading(key: key, text: text))
            }
        }
        return headings
    }

    /// `{"id", "label"}`, with its provenance: an entry of a legend.
    private mutating func decodeLegendEntry(_ path: Path) throws(JSONSyntaxError) -> LegendEntry {
        var entry = LegendEntry(id: "", label: LocalizedText(""))
        try fields(path(), required: ["id", "label"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": entry.id = try d.identifier(path().member("id")) ?? ""
            case "label": entry.label = try d.localized(path().member("label")) ?? LocalizedText("")
            default: return try d.provenanceField(key, path(), &entry.provenance)
            }
            return true
        }
        return entry
    }

    private mutating func decodeTimeline() throws(JSONSyntaxError) -> Timeline? {
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
            default: try reader.skipValue()
            }
        }
        for name in ["start", "finish"] where !present.contains(name) {
            report(.named("meta.timeline"), "missing required month \"\(name)\"", at: start)
        }
        // A month that is missing or malformed is already reported; the validator skips it.
        return Timeline(start: from ?? .invalid, finish: to ?? .invalid)
    }

    private mutating func decodePeriod(_ path: Path) throws(JSONSyntaxError) -> Period {
        var period = Period(id: "", label: LocalizedText(""), start: .invalid, finish: .invalid)
        try fields(path(), required: ["id", "label", "start", "finish"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
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

    private mutating func decodePhase(_ path: Path) throws(JSONSyntaxError) -> Phase {
        var phase = Phase(id: "", label: LocalizedText(""))
        try fields(path(), required: ["id"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
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

    private mutating func decodeStrategy() throws(JSONSyntaxError) -> Strategy? {
        guard try expectObject(.named("strategy")) else { return nil }
        var strategy = Strategy()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let path = DataLocation.named("strategy").member(key)
            switch key {
            case "vision": strategy.vision = try localized(path)
            case "callToAction": strategy.callToAction = try localized(path)
            case "objective": strategy.objective = try localized(path)
            case "immediateResults": strategy.immediateResults = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "outcomes":
                strategy.outcomes = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                    var outcome = Strategy.Outcome(id: "", name: LocalizedText(""))
                    try d.fields(p(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                        switch key {
                        case "id": outcome.id = try d.identifier(p().member("id")) ?? ""
                        case "name": outcome.name = try d.localized(p().member("name")) ?? LocalizedText("")
                        case "description": outcome.description = try d.localized(p().member("description"))
                        default: return try d.provenanceField(key, p(), &outcome.provenance)
                        }
                        return true
                    }
                    return outcome
                } ?? []
            case "horizons":
                strategy.horizons = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                    var horizon = Strategy.Horizon(id: "", name: LocalizedText(""))
                    try d.fields(p(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                        switch key {
                        case "id": horizon.id = try d.identifier(p().member("id")) ?? ""
                        case "name": horizon.name = try d.localized(p().member("name")) ?? LocalizedText("")
                        case "span": horizon.span = try d.localized(p().member("span"))
                        case "description": horizon.description = try d.localized(p().member("description"))
                        default: return try d.provenanceField(key, p(), &horizon.provenance)
                        }
                        return true
                    }
                    return horizon
                } ?? []
            case "futureState": strategy.futureState = try documentNode(path, depth: 0)
            case "immediateResultsNote": strategy.immediateResultsNote = try localized(path)
            case "initiativesHeading": strategy.initiativesHeading = try localized(path)
            case "variants": strategy.variants = try decodeVariants(path)
            case "posterLabels": strategy.posterLabels = try decodePosterLabels(path)
            case "resultBoxes":
                strategy.resultBoxes = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeResultBox(p) } ?? []
            default:
                if try !provenanceField(key, DataLocation.named("strategy"), &strategy.provenance) { try reader.skipValue() }
            }
        }
        return strategy
    }

    private mutating func decodeVariants(_ path: DataLocation) throws(JSONSyntaxError) -> Strategy.Variants {
        var variants = Strategy.Variants()
        try fields(path, required: []) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "vision": variants.vision = try d.localized(path.member("vision"))
            case "callToAction": variants.callToAction = try d.localized(path.member("callToAction"))
            case "note": variants.note = try d.localized(path.member("note"))
            default: return false
            }
            return true
        }
        return variants
    }

    private mutating func decodePosterLabels(_ path: DataLocation) throws(JSONSyntaxError) -> Strategy.PosterLabels {
        var labels = Strategy.PosterLabels()
        try fields(path, required: ["labels"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "labels": labels.labels = try d.list(path.member("labels")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            default: return try d.provenanceField(key, path, &labels.provenance)
            }
            return true
        }
        return labels
    }

    private mutating func decodeResultBox(_ path: Path) throws(JSONSyntaxError) -> Strategy.ResultBox {
        var box = Strategy.ResultBox()
        try fields(path(), required: []) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "horizon": box.horizon = try d.optionalIdentifier(path().member("horizon"))
            case "textBlock": box.textBlock = try d.optionalInteger(path().member("textBlock"), range: 1...1_000_000)
            default: return try d.provenanceField(key, path(), &box.provenance)
            }
            return true
        }
        return box
    }

    // MARK: - Current state, change analysis, councils

    private mutating func decodeCurrentState() throws(JSONSyntaxError) -> CurrentState? {
        let path = DataLocation.named("currentState")
        guard try expectObject(path) else { return nil }
        var state = CurrentState()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let at = path.member(key)
            switch key {
            case "heading": state.heading = try localized(at)
            case "subheading": state.subheading = try localized(at)
            case "considerationsHeading": state.considerationsHeading = try localized(at)
            case "coverageHeading": state.coverageHeading = try localized(at)
            case "strengths": state.strengths = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePoint(p) } ?? []
            case "difficulties": state.difficulties = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePoint(p) } ?? []
            case "unattributedWork": state.unattributedWork = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            default:
                if try !provenanceField(key, path, &state.provenance) { try reader.skipValue() }
            }
        }
        return state
    }

    private mutating func decodePoint(_ path: Path) throws(JSONSyntaxError) -> CurrentState.Point {
        var point = CurrentState.Point(name: LocalizedText(""), description: LocalizedText(""))
        try fields(path(), required: ["name", "description"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "name": point.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": point.description = try d.localized(path().member("description")) ?? LocalizedText("")
            default: return false
            }
            return true
        }
        return point
    }

    private mutating func decodeChangeAnalysis() throws(JSONSyntaxError) -> ChangeAnalysis? {
        let path = DataLocation.named("changeAnalysis")
        guard try expectObject(path) else { return nil }
        var analysis = ChangeAnalysis()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let at = path.member(key)
            switch key {
            case "heading": analysis.heading = try localized(at)
            case "columns": analysis.columns = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeLegendEntry(p) } ?? []
            case "tableHeadings": analysis.tableHeadings = try list(at) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "teamsNotConsidered":
                var teams = ChangeAnalysis.TeamsNotConsidered()
                try fields(at, required: ["teams"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                    switch key {
                    case "intro": teams.intro = try d.localized(at.member("intro"))
                    case "teams": teams.teams = try d.list(at.member("teams")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
                    default: return false
                    }
                    return true
                }
                analysis.teamsNotConsidered = teams
            default:
                if try !provenanceField(key, path, &analysis.provenance) { try reader.skipValue() }
            }
        }
        return analysis
    }

    private mutating func decodeCouncil(_ path: Path) throws(JSONSyntaxError) -> Council {
        var council = Council(id: "", name: LocalizedText(""))
        try fields(path(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": council.id = try d.identifier(path().member("id")) ?? ""
            case "name": council.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "abbreviation": council.abbreviation = try d.localized(path().member("abbreviation"))
            case "description": council.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &council.provenance)
            }
            return true
        }
        return council
    }

    // MARK: - Lists

    private mutating func decodePrinciple(_ path: Path) throws(JSONSyntaxError) -> Principle {
        var principle = Principle(id: "", name: LocalizedText(""))
        try fields(path(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": principle.id = try d.identifier(path().member("id")) ?? ""
            case "name": principle.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": principle.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &principle.provenance)
            }
            return true
        }
        return principle
    }

    private mutating func decodeRole(_ path: Path) throws(JSONSyntaxError) -> Role {
        var role = Role(id: "", name: LocalizedText(""))
        try fields(path(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": role.id = try d.identifier(path().member("id")) ?? ""
            case "name": role.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "aliases": role.aliases = try d.list(path().member("aliases")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
            case "alternateNames": role.alternateNames = try d.list(path().member("alternateNames")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "description": role.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &role.provenance)
            }
            return true
        }
        return role
    }

    private mutating func decodeSubcommittee(_ path: Path) throws(JSONSyntaxError) -> Subcommittee {
        var subcommittee = Subcommittee(id: "", name: LocalizedText(""))
        try fields(path(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": subcommittee.id = try d.identifier(path().member("id")) ?? ""
            case "name": subcommittee.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "description": subcommittee.description = try d.localized(path().member("description"))
            default: return try d.provenanceField(key, path(), &subcommittee.provenance)
            }
            return true
        }
        return subcommittee
    }

    private mutating func decodeArea(_ path: Path) throws(JSONSyntaxError) -> AreaOfInterest {
        var area = AreaOfInterest(id: "", name: LocalizedText(""))
        try fields(path(), required: ["id", "name"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": area.id = try d.identifier(path().member("id")) ?? ""
            case "name": area.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "initiatives": area.initiatives = try d.list(path().member("initiatives")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "coverage": area.coverage = try d.localized(path().member("coverage"))
            case "considerations": area.considerations = try d.texts(path().member("considerations"))
            case "challenges": area.challenges = try d.texts(path().member("challenges"))
            case "alternateNames": area.alternateNames = try d.texts(path().member("alternateNames"))
            case "posterOrder": area.posterOrder = try d.optionalInteger(path().member("posterOrder"), range: 1...Int(Int32.max))
            case "gridRow": area.gridRow = try d.optionalInteger(path().member("gridRow"), range: 1...Int(Int32.max))
            default: return try d.provenanceField(key, path(), &area.provenance)
            }
            return true
        }
        return area
    }

    private mutating func decodeTeam(_ path: Path) throws(JSONSyntaxError) -> TaskTeam {
        var team = TaskTeam(id: "", name: LocalizedText(""), role: "")
        try fields(path(), required: ["id", "name", "role", "status"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": team.id = try d.identifier(path().member("id")) ?? ""
            case "name": team.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "role": team.role = try d.identifier(path().member("role")) ?? ""
            case "subcommittee": team.subcommittee = try d.optionalIdentifier(path().member("subcommittee"))
            case "status": team.status = try d.enumeration(path().member("status"), TaskTeam.Status.self) ?? .new
            case "alternateNames": team.alternateNames = try d.texts(path().member("alternateNames"))
            case "listedActivities": team.listedActivities = try d.texts(path().member("listedActivities"))
            case "area": team.area = try d.optionalIdentifier(path().member("area"))
            case "phase": team.phase = try d.optionalIdentifier(path().member("phase"))
            default: return try d.provenanceField(key, path(), &team.provenance)
            }
            return true
        }
        return team
    }

    private mutating func decodeActivity(_ path: Path) throws(JSONSyntaxError) -> Activity {
        var activity = Activity(id: "", name: LocalizedText(""), area: "", role: "", start: .invalid, finish: .invalid)
        try fields(path(), required: ["id", "name", "area", "role", "status", "start", "finish"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": activity.id = try d.identifier(path().member("id")) ?? ""
            case "name": activity.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "area": activity.area = try d.identifier(path().member("area")) ?? ""
            case "role":
                activity.role = try d.identifier(path().member("role")) ?? ""
                activity.roleAsWritten = activity.role
            case "status": activity.status = try d.enumeration(path().member("status"), Activity.Status.self) ?? .new
            case "team": activity.team = try d.optionalIdentifier(path().member("team"))
            case "start": activity.start = try d.month(path().member("start")) ?? .invalid
            case "finish": activity.finish = try d.month(path().member("finish")) ?? .invalid
            case "period": activity.period = try d.optionalIdentifier(path().member("period"))
            case "gridOrder": activity.gridOrder = try d.optionalInteger(path().member("gridOrder"), range: 1...Int(Int32.max))
            case "alternateNames": activity.alternateNames = try d.texts(path().member("alternateNames"))
            case "supportingTeams":
                activity.supportingTeams = try d.list(path().member("supportingTeams")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.identifier(p()) ?? "" } ?? []
            default: return try d.provenanceField(key, path(), &activity.provenance)
            }
            return true
        }
        return activity
    }

    private mutating func decodeDependency(_ path: Path) throws(JSONSyntaxError) -> Dependency {
        var dependency = Dependency(from: "", to: "")
        let diagnosticsBefore = diagnostics.count
        defer {
            if !dependency.from.isEmpty, !dependency.to.isEmpty {
                for k in diagnosticsBefore..<diagnostics.count where diagnostics[k].objectID == nil {
                    diagnostics[k].objectID = Sanitized.inline("\(dependency.from) → \(dependency.to)")
                }
            }
        }
        try fields(path(), required: ["from", "to"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "from": dependency.from = try d.identifier(path().member("from")) ?? ""
            case "to": dependency.to = try d.identifier(path().member("to")) ?? ""
            case "type":
                if let kind = try d.enumeration(path().member("type"), Dependency.Kind.self, describe: "a dependency type") {
                    dependency.type = kind
                } else {
                    dependency.type = .FS
                }
            case "lag": dependency.lag = try d.integer(path().member("lag"), range: -1200...1200) ?? 0
            default: return try d.provenanceField(key, path(), &dependency.provenance)
            }
            return true
        }
        return dependency
    }

    private mutating func decodeWorkingGroup(_ path: Path) throws(JSONSyntaxError) -> WorkingGroup {
        var group = WorkingGroup(id: "", name: LocalizedText(""), disposition: .continued)
        try fields(path(), required: ["id", "name", "disposition"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "id": group.id = try d.identifier(path().member("id")) ?? ""
            case "name": group.name = try d.localized(path().member("name")) ?? LocalizedText("")
            case "council": group.council = try d.optionalIdentifier(path().member("council"))
            case "disposition": group.disposition = try d.enumeration(path().member("disposition"), WorkingGroup.Disposition.self) ?? .continued
            case "becomes": group.becomes = try d.optionalIdentifier(path().member("becomes"))
            case "rationale": group.rationale = try d.localized(path().member("rationale"))
            case "currentWork": group.currentWork = try d.localized(path().member("currentWork"))
            case "assessment": group.assessment = try d.localized(path().member("assessment"))
            default: return try d.provenanceField(key, path(), &group.provenance)
            }
            return true
        }
        return group
    }

    private mutating func decodeGlossaryEntry(_ path: Path) throws(JSONSyntaxError) -> GlossaryEntry {
        var entry = GlossaryEntry(term: LocalizedText(""), definition: LocalizedText(""))
        try fields(path(), required: ["term", "definition"]) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "term": entry.term = try d.localized(path().member("term")) ?? LocalizedText("")
            case "definition": entry.definition = try d.localized(path().member("definition")) ?? LocalizedText("")
            default: return try d.provenanceField(key, path(), &entry.provenance)
            }
            return true
        }
        return entry
    }

    // MARK: - Building blocks

    /// Reads an array, one element per call of `element` with the element's path; reports and
    /// skips anything that is not an array. Remembers where each element starts.
    ///
    /// Locations are closures, made only when a problem is reported: building
    /// "activities[41].name.fr" for every field read was most of the cost of decoding.
    private mutating func list<T>(_ path: @autoclosure () -> DataLocation, _ element: (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> [T]? {
        let kind = try reader.peekKind()
        guard kind == .array else {
            report(path(), "expected an array, found \(kind.article)", at: reader.position)
            try reader.skipValue()
            return nil
        }
        try reader.beginArray()
        var result: [T] = []
        var offsets: [Int] = []
        var first = true
        try withoutActuallyEscaping(path) { (listPath) throws(JSONSyntaxError) in
            while try reader.nextElement(&first) {
                reader.skipWhitespace()
                offsets.append(reader.position)
                let index = result.count
                if index == 64 {
                    // A long list: make room for as many more elements as the rest of the file
                    // could hold at the size of the first ones, rather than growing by
                    // doubling (each time a copy, and fresh memory to fault in). The estimate
                    // is high (the file goes on after the list), but room never written to
                    // costs address space only.
                    let size = max(1, (reader.position - offsets[0]) / 64)
                    let more = (reader.bytes.count - reader.position) / size
                    result.reserveCapacity(index + more + 1)
                    offsets.reserveCapacity(index + more + 1)
                    let capacity = result.capacity
                    result.withUnsafeMutableBufferPointer { if let base = $0.baseAddress { HugePages.advise(base, count: capacity) } }
                }
                result.append(try element(&self, { listPath().element(index) }))
            }
        }
        // The validator's findings name an element of a list outside any array (their
        // location's list and index), so the offsets of nested lists are not kept.
        let name = path()
        if name.index == nil { elementOffsets[name.list] = offsets }
        return result
    }

    /// Reads an object's fields with `field`, which returns false for a key it does not know
    /// (then skipped: unknown fields are allowed, for tools that add their own); reports the
    /// required fields that are missing.
    private mutating func fields(_ path: @autoclosure () -> DataLocation, required: [String], _ field: (inout RoadmapDecoder, String) throws(JSONSyntaxError) -> Bool) throws(JSONSyntaxError) {
        guard try expectObject(path()) else { return }
        let start = reader.position
        let diagnosticsBefore = diagnostics.count
        // One bit per required field (there are never more than a handful).
        var seen: UInt64 = 0
        try reader.beginObject()
        var first = true
        var id: String?
        while let key = try reader.nextKey(&first) {
            if let index = required.firstIndex(of: key), index < 64 { seen |= 1 << UInt64(index) }
            if key == "id", try reader.peekKind() == .string {
                // Peek at the id so that later findings about this object can name it.
                let save = reader
                id = try? reader.readString()
                if id?.isEmpty == true { id = nil }
                reader = save
            }
            if try !field(&self, key) { try reader.skipValue() }
        }
        for (index, name) in required.enumerated() where index < 64 && seen & (1 << UInt64(index)) == 0 {
            report(path(), id: id, "missing required field \"\(name)\"", at: start)
        }
        // Findings about this object's fields name the object too.
        if let id {
            for k in diagnosticsBefore..<diagnostics.count where diagnostics[k].objectID == nil {
                diagnostics[k].objectID = Sanitized.inline(id)
            }
        }
    }

    private mutating func expectObject(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Bool {
        let kind = try reader.peekKind()
        if kind == .object { return true }
        report(path(), "expected an object, found \(kind.article)", at: reader.position)
        try reader.skipValue()
        return false
    }

    private mutating func string(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        let kind = try reader.peekKind()
        if kind == .string { return try reader.readString() }
        report(path(), "expected a string, found \(kind.article)", at: reader.position)
        try reader.skipValue()
        return nil
    }

    /// A non-empty string naming or referring to an object.
    private mutating func identifier(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        reader.skipWhitespace()
        let at = reader.position
        guard let text = try string(path()) else { return nil }
        if text.isEmpty {
            report(path(), "must not be empty", at: at)
            return nil
        }
        return text
    }

    private mutating func optionalIdentifier(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try identifier(path())
    }

    private mutating func localized(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> LocalizedText? {
        let kind = try reader.peekKind()
        switch kind {
        case .string: return LocalizedText(try reader.readString())
        case .object:
            let start = reader.position
            var fr: String?, en: String?
            try reader.beginObject()
            var first = true
            while let key = try reader.nextKey(&first) {
                switch key {
                case "fr": fr = try string(path().member("fr"))
                case "en": en = try string(path().member("en"))
                default: try reader.skipValue()
                }
            }
            if fr == nil || en == nil {
                let missing = fr == nil ? "fr" : "en"
                report(path(), "a bilingual text needs both \"fr\" and \"en\"; \"\(missing)\" is missing", at: start)
            }
            if fr == nil && en == nil { return nil }
            return LocalizedText(fr: fr ?? en ?? "", en: en ?? fr ?? "")
        default:
            report(path(), "expected a text (a string, or an object with \"fr\" and \"en\"), found \(kind.article)", at: reader.position)
            try reader.skipValue()
            return nil
        }
    }

    /// A list of texts.
    private mutating func texts(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> [LocalizedText] {
        try list(path()) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
    }

    private mutating func optionalInteger(_ path: @autoclosure () -> DataLocation, range: ClosedRange<Int>) throws(JSONSyntaxError) -> Int? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try integer(path(), range: range)
    }

    private mutating func month(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Month? {
        if let month = reader.readPlainMonth() { return month }
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .string else {
            report(path(), "expected a month \"YYYY-MM\", found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let text = try reader.readString()
        guard let month = Month(text) else {
            report(path(), "\"\(Sanitized.inline(text))\" is not a month: months are written \"YYYY-MM\", e.g. \"2016-10\"", at: at)
            return nil
        }
        return month
    }

    private mutating func optionalMonth(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Month? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try month(path())
    }

    private mutating func integer(_ path: @autoclosure () -> DataLocation, range: ClosedRange<Int>? = nil) throws(JSONSyntaxError) -> Int? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .number else {
            report(path(), "expected a whole number, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let number = try reader.readNumber()
        guard let value = number.integer ?? (number.value.rounded() == number.value && abs(number.value) < 1e15 ? Int(number.value) : nil) else {
            report(path(), "expected a whole number, found \(number.value)", at: at)
            return nil
        }
        if let range, !range.contains(value) {
            report(path(), "\(value) is out of range (\(range.lowerBound) to \(range.upperBound))", at: at)
            return nil
        }
        return value
    }

    private mutating func enumeration<E: RawRepresentable & CaseIterable>(_ path: @autoclosure () -> DataLocation, _ type: E.Type, describe: String = "a value") throws(JSONSyntaxError) -> E? where E.RawValue == String {
        reader.skipWhitespace()
        let at = reader.position
        guard let text = try string(path()) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        report(path(), "\"\(Sanitized.inline(text))\" is not \(describe) this program knows; expected one of \(allowed)", at: at)
        return nil
    }

    /// `source`, `note` and `inferredFields`: where a value comes from.
    private mutating func provenanceField(_ key: String, _ path: @autoclosure () -> DataLocation, _ provenance: inout Provenance) throws(JSONSyntaxError) -> Bool {
        switch key {
        case "source":
            provenance.source = try enumeration(path().member("source"), Provenance.Source.self, describe: "a source") ?? .seed
        case "note": provenance.note = try localized(path().member("note"))
        case "inferredFields":
            provenance.inferredFields = try list(path().member("inferredFields")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.string(p()) ?? "" } ?? []
        default: return false
        }
        return true
    }

    /// A free-form part of the document, nested at most `maximumDepth` levels.
    private mutating func documentNode(_ path: @autoclosure () -> DataLocation, depth: Int) throws(JSONSyntaxError) -> DocumentNode {
        let maximumDepth = 32
        let kind = try reader.peekKind()
        if depth >= maximumDepth, kind == .object || kind == .array {
            report(path(), "nested more than \(maximumDepth) levels deep", at: reader.position)
            try reader.skipValue()
            return .empty
        }
        switch kind {
        case .string: return .text(LocalizedText(try reader.readString()))
        case .number: return .number(try reader.readNumber().value)
        case .bool: return .flag(try reader.readBool())
        case .null:
            try reader.readNull()
            return .empty
        case .array:
            var items: [DocumentNode] = []
            try reader.beginArray()
            var first = true
            while try reader.nextElement(&first) {
                items.append(try documentNode(path().element(items.count), depth: depth + 1))
            }
            return .list(items)
        case .object:
            // A {"fr", "en"} pair is a text; any other object is a section of named parts.
            let save = reader
            var members: [(key: String, value: DocumentNode)] = []
            try reader.beginObject()
            var first = true
            while let key = try reader.nextKey(&first) {
                members.append((key, try documentNode(path().member(key), depth: depth + 1)))
            }
            let keys = Set(members.map(\.key))
            if keys == ["fr", "en"] {
                reader = save
                if let text = try localized(path()) { return .text(text) }
            }
            return .section(members)
        }
    }

    private mutating func report(_ path: DataLocation, id: String? = nil, _ message: String, at offset: Int?) {
        var location = path
        location.offset = offset
        diagnostics.append(Diagnostic(.error, at: location, objectID: id, message))
    }


    // MARK: - Fast paths

    // Activities and dependencies are nearly all of a large file. For them, a first reading
    // handles the common, well-formed case only: keys compared as bytes, no paths, no
    // bookkeeping for messages. At the first thing it does not expect — a problem, an escape,
    // provenance fields, an unknown key — it gives up, the reader goes back to the object's
    // start and the general reading above takes over, so that every message stays the same.

    /// The activity at the reader, or nil (the reader unmoved) when the general reading is needed.
    mutating func fastActivity() -> Activity? {
        let start = reader
        if let activity = try? readFastActivity() { return activity }
        reader = start
        return nil
    }

    private mutating func readFastActivity() throws(JSONSyntaxError) -> Activity? {
        guard try reader.peekKind() == .object else { return nil }
        try reader.beginObject()
        var id: String?, name: LocalizedText?, area: String?, role: String?, status: Activity.Status?
        var team: String?, start: Month?, finish: Month?, period: String?, gridOrder: Int?
        var first = true
        while let key = try reader.nextRawKey(&first) {
            if key.spells("id") {
                guard let value = try fastIdentifier() else { return nil }
                id = value
            } else if key.spells("name") {
                guard let value = try fastText() else { return nil }
                name = value
            } else if key.spells("area") {
                guard let value = try fastIdentifier() else { return nil }
                area = value
            } else if key.spells("role") {
                guard let value = try fastIdentifier() else { return nil }
                role = value
            } else if key.spells("status") {
                guard try reader.peekKind() == .string, let value = Activity.Status(rawValue: try reader.readString()) else { return nil }
                status = value
            } else if key.spells("team") {
                guard let value = try fastOptionalIdentifier() else { return nil }
                team = value
            } else if key.spells("start") {
                guard let value = reader.readPlainMonth() else { return nil }
                start = value
            } else if key.spells("finish") {
                guard let value = reader.readPlainMonth() else { return nil }
                finish = value
            } else if key.spells("period") {
                guard let value = try fastOptionalIdentifier() else { return nil }
                period = value
            } else if key.spells("gridOrder") {
                guard try reader.peekKind() == .number, let value = try reader.readNumber().integer, value >= 1, value <= Int(Int32.max) else { return nil }
                gridOrder = value
            } else {
                return nil
            }
        }
        guard let id, let name, let area, let role, let status, let start, let finish else { return nil }
        var activity = Activity(id: id, name: name, area: area, role: role, status: status, team: team,
                                start: start, finish: finish, period: period)
        activity.gridOrder = gridOrder
        return activity
    }

    /// The dependency at the reader, or nil (the reader unmoved) when the general reading is needed.
    mutating func fastDependency() -> Dependency? {
        let start = reader
        if let dependency = try? readFastDependency() { return dependency }
        reader = start
        return nil
    }

    private mutating func readFastDependency() throws(JSONSyntaxError) -> Dependency? {
        guard try reader.peekKind() == .object else { return nil }
        try reader.beginObject()
        var from: String?, to: String?, type = Dependency.Kind.FS, lag = 0
        var first = true
        while let key = try reader.nextRawKey(&first) {
            if key.spells("from") {
                guard let value = try fastIdentifier() else { return nil }
                from = value
            } else if key.spells("to") {
                guard let value = try fastIdentifier() else { return nil }
                to = value
            } else if key.spells("type") {
                guard try reader.peekKind() == .string, let value = Dependency.Kind(rawValue: try reader.readString()) else { return nil }
                type = value
            } else if key.spells("lag") {
                guard try reader.peekKind() == .number, let value = try reader.readNumber().integer, (-1200...1200).contains(value) else { return nil }
                lag = value
            } else {
                return nil
            }
        }
        guard let from, let to else { return nil }
        return Dependency(from: from, to: to, type: type, lag: lag)
    }

    /// A non-empty string, or nil.
    private mutating func fastIdentifier() throws(JSONSyntaxError) -> String? {
        guard try reader.peekKind() == .string else { return nil }
        let text = try reader.readString()
        return text.isEmpty ? nil : text
    }

    /// `.some(nil)` for null, `.some(text)` for a non-empty string, nil for anything else.
    private mutating func fastOptionalIdentifier() throws(JSONSyntaxError) -> String?? {
        switch try reader.peekKind() {
        case .null:
            try reader.readNull()
            return .some(nil)
        case .string:
            let text = try reader.readString()
            return text.isEmpty ? nil : .some(text)
        default:
            return nil
        }
    }

    /// A text: a string, or an object with string "fr" and "en" (other keys skipped).
    private mutating func fastText() throws(JSONSyntaxError) -> LocalizedText? {
        switch try reader.peekKind() {
        case .string:
            return LocalizedText(try reader.readString())
        case .object:
            try reader.beginObject()
            var fr: String?, en: String?
            var first = true
            while let key = try reader.nextRawKey(&first) {
                if key.spells("fr") || key.spells("en") {
                    guard try reader.peekKind() == .string else { return nil }
                    let text = try reader.readString()
                    if key.spells("fr") { fr = text } else { en = text }
                } else {
                    try reader.skipValue()
                }
            }
            guard let fr, let en else { return nil }
            return LocalizedText(fr: fr, en: en)
        default:
            return nil
        }
    }
}

extension Month {
    /// Stands for a month the file did not give or gave malformed, already reported.
    public static let invalid = Month(ordinal: Int.min / 4)
    public var isValid: Bool { ordinal != Month.invalid.ordinal }
}

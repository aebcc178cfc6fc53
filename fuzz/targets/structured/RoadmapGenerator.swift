import RoadmapModel

/// A roadmap file made from the fuzzer's choices: JSON of the roadmap's shape, with
/// references that resolve, dates in the timeline, and a dependency network of the shapes the
/// schedule finds hard — chains, fan-in, fan-out, every link type, lags up to the format's
/// bound, leads, inferred links, extreme months (year 0 and 9999), timelines of up to two
/// hundred years — and, now and then, a cycle or one deliberate fault.
///
/// The objects are written from the format's own table (`RoadmapFormat`): each object's keys
/// in the table's order, its required keys always, its optional keys by choice. The generator
/// knows the values of the fields it was written for; a field added to the format since gets
/// a value of a common shape (a month, a number, a text, a flag, null, an empty list) when it
/// is required, or now and then when it is not — and then the generator no longer vouches
/// for the file (`certain` is false), so that a new field never needs this file changed.
struct RoadmapGenerator {
    /// A rule the file breaks on purpose; the validator must refuse the file.
    enum Fault: CaseIterable {
        case finishBeforeStart, startBeforeTimeline, finishAfterTimeline, unknownArea, unknownRole, unknownTeam
        case unknownActivity, duplicateActivityID, missingRequiredField, malformedMonth, wrongType, badID
        case selfDependency, schemaVersion
    }

    /// What was made, and what the generator can say of it.
    struct Made {
        var bytes: [UInt8]
        var fault: Fault?
        /// The dependencies as written form a cycle: the validator must refuse the file.
        var hasCycle: Bool
        /// Every field written is one the generator knows the rules of: without a fault or a
        /// cycle, the file is valid.
        var certain: Bool
    }

    static func make(_ input: [UInt8]) -> Made {
        var generator = RoadmapGenerator(choices: FuzzChoices(input))
        return generator.make()
    }

    /// What a field's value is, to the generator.
    private enum Field {
        case value(FuzzJSON)
        /// Known, and written whether the field is required or not: the rest of the file
        /// relies on it (a role's aliases, which activities use).
        case always(FuzzJSON)
        /// Known, and left out (an optional field with nothing to say).
        case omit
        /// A field the generator does not know.
        case unknown
    }

    private var choices: FuzzChoices
    private var certain = true
    private var fault: Fault?
    private var faulty = 0
    private var timeline = (start: Month(ordinal: 2016 * 12), finish: Month(ordinal: 2016 * 12 + 17))
    /// The roles: the roadmap format's four codes, which `roadmap import` also knows.
    private var roles: [(id: String, aliases: [String])] = []
    private var subcommittees: [String] = [], areas: [String] = [], teams: [String] = [], periods: [String] = []
    private var activities: [String] = []
    private var dates: [(start: Month, finish: Month)] = []
    private var links: [(from: Int, to: Int)] = []
    /// Progress is reported as of this month, or not at all (nil): half the plans have it.
    private var statusDate: Month?

    private init(choices: FuzzChoices) {
        self.choices = choices
    }

    private mutating func make() -> Made {
        let f = choices.byte()
        fault = f >= 224 ? Fault.allCases[Int(f) % Fault.allCases.count] : nil
        makeTimeline()
        let mask = 1 + choices.below(15)
        for (k, role) in [("CE", [String]()), ("Pr", []), ("Int", ["Br"]), ("In", [])].enumerated() where mask & (1 << k) != 0 {
            roles.append((role.0, role.1.filter { _ in choices.bool() }))
        }
        subcommittees = (0..<choices.below(3)).map { "subcommittee-\($0 + 1)" }
        areas = (0..<1 + choices.below(3)).map { "area-\($0 + 1)" }
        teams = (0..<choices.below(4)).map { "team-\($0 + 1)" }
        periods = (0..<choices.below(4)).map { "P\($0 + 1)" }
        // Small plans reach the deep cases at a fraction of the cost; one in thirty-two is
        // larger, for fan-in and long chains.
        var count = choices.oneIn(32) ? 13 + choices.below(88) : choices.below(13)
        if fault != nil && fault != .schemaVersion { count = max(count, 1) }
        activities = (0..<count).map { "activity-\($0 + 1)" }
        faulty = choices.below(max(count, 1))
        let span = timeline.finish - timeline.start + 1
        for _ in activities {
            let offset = choices.below(span)
            let length = 1 + choices.below(min(span - offset, 48))
            dates.append((timeline.start + offset, timeline.start + (offset + length - 1)))
        }
        makeLinks()
        // A status date within the timeline, so that some work is done, some under way and
        // some not started (each activity's progress follows from it: `progress(_:_:)`).
        if choices.bool() { statusDate = timeline.start + choices.below(timeline.finish - timeline.start + 1) }

        var document = object(RoadmapFormat.document) { g, key in
            switch key {
            case "statusDate": return g.statusDate.map { .always(.string($0.description)) } ?? .omit
            case "schemaVersion": return .value(.int(1))
            case "meta": return .value(g.meta())
            case "principles": return .value(.array((0..<g.choices.below(2)).map { g.named(RoadmapFormat.principle, id: "principle-\($0 + 1)") }))
            case "roles": return .value(.array(g.roles.map { g.role($0) }))
            case "subcommittees":
                return g.subcommittees.isEmpty ? .omit : .always(.array(g.subcommittees.map { g.named(RoadmapFormat.subcommittee, id: $0) }))
            case "areas": return .value(.array(g.areas.map { g.area($0) }))
            case "teams": return .value(.array(g.teams.map { g.team($0) }))
            case "activities": return .value(.array(g.activities.indices.map { g.activity($0) }))
            case "dependencies": return .value(.array(g.links.map { g.dependency(from: g.activities[$0.from], to: g.activities[$0.to]) }))
            case "workingGroups": return .value(.array([]))
            case "glossary": return .value(.array((0..<g.choices.below(2)).map { _ in g.glossaryEntry() }))
            // The strategy, the councils and the posters' parts are not the schedule's: the
            // pipeline and roadmap-json targets reach them.
            case "strategy", "councils", "changeAnalysis", "currentState": return .omit
            default: return .unknown
            }
        }
        plantFault(in: &document)
        let bytes = document.bytes(indented: choices.bool(), escapingNonASCII: choices.oneIn(4))
        return Made(bytes: bytes, fault: fault, hasCycle: Self.hasCycle(links, count: activities.count), certain: certain)
    }

    // MARK: - The plan's shape

    /// Mostly a few years from 2016; one time in eight at year 0 or 9999, the format's edges.
    private mutating func makeTimeline() {
        let year: Int
        switch choices.below(8) {
        case 6: year = 0
        case 7: year = 9999 - choices.below(3)
        default: year = 2016 + choices.below(20)
        }
        let start = Month(ordinal: year * 12 + choices.below(12))
        let span = choices.oneIn(8) ? 1 + choices.below(2400) : 12 + choices.below(60)
        let last = Month(ordinal: 9999 * 12 + 11)
        timeline = (start, Month(ordinal: min(start.ordinal + span - 1, last.ordinal)))
    }

    /// Links forward in the file's order (a network without cycles), as chains, fan-in into
    /// the last activity, fan-out from the first, and — when the input allows cycles, one
    /// time in eight — between any two activities.
    private mutating func makeLinks() {
        let n = activities.count
        guard n >= 2 else { return }
        let cycles = choices.oneIn(8)
        var chain = 0
        for _ in 0..<choices.below(2 * n + 1) {
            var from: Int, to: Int
            switch choices.below(8) {
            case 4:
                from = chain % (n - 1)
                to = from + 1
                chain += 1
            case 5:
                from = choices.below(n - 1)
                to = n - 1
            case 6:
                from = 0
                to = 1 + choices.below(n - 1)
            case 7 where cycles:
                from = choices.below(n)
                to = (from + 1 + choices.below(n - 1)) % n
            default:
                from = choices.below(n - 1)
                to = from + 1 + choices.below(n - 1 - from)
            }
            links.append((from, to))
        }
    }

    /// Kahn's algorithm on the links: whether some activities wait on each other in a circle.
    /// The validator finds cycles its own way; the two must agree.
    static func hasCycle(_ links: [(from: Int, to: Int)], count: Int) -> Bool {
        var incoming = [Int](repeating: 0, count: count)
        var successors = [[Int]](repeating: [], count: count)
        for link in links {
            incoming[link.to] += 1
            successors[link.from].append(link.to)
        }
        var ready = (0..<count).filter { incoming[$0] == 0 }
        var done = 0
        while let node = ready.popLast() {
            done += 1
            for next in successors[node] {
                incoming[next] -= 1
                if incoming[next] == 0 { ready.append(next) }
            }
        }
        return done < count
    }

    // MARK: - Objects, from the format's table

    /// An object of the format, its keys in the table's order. `known` gives the value of each
    /// field the generator knows; a required field it leaves out or does not know, and now and
    /// then an optional one it does not know, gets a value of a common shape instead.
    private mutating func object(_ format: FormatObject, _ known: (inout RoadmapGenerator, String) -> Field) -> FuzzJSON {
        var members: [(key: String, value: FuzzJSON)] = []
        for key in format.fields {
            let required = format.required.contains(key)
            let field = known(&self, key)
            if case .always(let value) = field {
                members.append((key, value))
                continue
            }
            guard required || choices.bool() else { continue }
            switch field {
            case .value(let value), .always(let value): members.append((key, value))
            case .omit where !required: break
            case .omit, .unknown:
                guard required || choices.oneIn(8) else { break }
                members.append((key, commonValue()))
                certain = false
            }
        }
        if format.carriesProvenance, choices.oneIn(4) {
            provenance(format, into: &members)
        }
        return .object(members)
    }

    /// `source`, `inferredFields` (fields of the object, only when it is inferred) and `note`.
    private mutating func provenance(_ format: FormatObject, into members: inout [(key: String, value: FuzzJSON)]) {
        let inferred = choices.bool()
        for key in RoadmapFormat.provenanceKeys {
            switch key {
            case "source": members.append((key, .string(inferred ? "inferred" : "seed")))
            case "inferredFields" where inferred && choices.bool():
                members.append((key, .array(format.fields.filter { _ in choices.oneIn(3) }.map { .string($0) })))
            case "note" where choices.bool(): members.append((key, text()))
            default: break
            }
        }
    }

    private mutating func meta() -> FuzzJSON {
        object(RoadmapFormat.meta) { g, key in
            switch key {
            case "title", "titleNote", "status", "draftDateNote", "source", "language", "roadmapQuestion": return .value(g.text())
            case "draftDate": return .value(.string("2016-10-03"))
            case "timeline":
                return .value(g.object(RoadmapFormat.timeline) { g, key in
                    switch key {
                    case "start": return .value(.string(g.timeline.start.description))
                    case "finish": return .value(.string(g.timeline.finish.description))
                    default: return .unknown
                    }
                })
            case "periods": return .value(.array(g.periods.map { g.period($0) }))
            case "headings", "phases", "activityStatuses", "teamStatuses": return .omit
            default: return .unknown
            }
        }
    }

    private mutating func period(_ key: String) -> FuzzJSON {
        let span = timeline.finish - timeline.start + 1
        let offset = choices.below(span)
        let start = timeline.start + offset, finish = timeline.start + offset + choices.below(span - offset)
        return object(RoadmapFormat.period) { g, field in
            switch field {
            case "id": return .value(.string(key))
            case "label", "dates": return .value(g.text())
            case "start": return .value(.string(start.description))
            case "finish": return .value(.string(finish.description))
            default: return .unknown
            }
        }
    }

    private mutating func role(_ role: (id: String, aliases: [String])) -> FuzzJSON {
        object(RoadmapFormat.role) { g, key in
            switch key {
            case "id": return .value(.string(role.id))
            case "name", "description": return .value(g.text())
            case "aliases": return role.aliases.isEmpty ? .omit : .always(.array(role.aliases.map { .string($0) }))
            case "alternateNames": return .value(.array([g.text()]))
            default: return .unknown
            }
        }
    }

    /// Principles and sub-committees: an id, a name, a description.
    private mutating func named(_ format: FormatObject, id: String) -> FuzzJSON {
        object(format) { g, key in
            switch key {
            case "id": return .value(.string(id))
            case "name", "description": return .value(g.text())
            default: return .unknown
            }
        }
    }

    private mutating func area(_ id: String) -> FuzzJSON {
        object(RoadmapFormat.area) { g, key in
            switch key {
            case "id": return .value(.string(id))
            case "name", "coverage": return .value(g.text())
            case "alternateNames", "initiatives", "considerations", "challenges": return .value(.array([g.text()]))
            case "posterOrder", "gridRow": return .value(.int(1 + g.choices.below(9)))
            default: return .unknown
            }
        }
    }

    private mutating func team(_ id: String) -> FuzzJSON {
        object(RoadmapFormat.team) { g, key in
            switch key {
            case "id": return .value(.string(id))
            case "name": return .value(g.text())
            case "alternateNames", "listedActivities": return .value(.array([g.text()]))
            case "role": return .value(.string(g.roleCode()))
            case "status": return .value(.string(g.choices.pick(TaskTeam.Status.allCases).rawValue))
            case "subcommittee": return .value(g.subcommittees.isEmpty || g.choices.bool() ? .null : .string(g.choices.pick(g.subcommittees)))
            case "area": return .value(g.choices.bool() ? .null : .string(g.choices.pick(g.areas)))
            case "phase": return .value(.null)
            default: return .unknown
            }
        }
    }

    private mutating func activity(_ k: Int) -> FuzzJSON {
        let (start, finish) = dates[k]
        return object(RoadmapFormat.activity) { g, key in
            switch key {
            case "id": return .value(.string(g.activities[k]))
            case "name": return .value(g.text())
            case "alternateNames": return .value(.array([g.text()]))
            case "area": return .value(.string(g.choices.pick(g.areas)))
            case "role": return .value(.string(g.roleCode()))
            case "status": return .value(.string(g.choices.pick(Activity.Status.allCases).rawValue))
            case "team": return .value(g.teams.isEmpty || g.choices.bool() ? .null : .string(g.choices.pick(g.teams)))
            case "start": return .value(.string(start.description))
            case "finish": return .value(.string(finish.description))
            case "period": return .value(g.periods.isEmpty || g.choices.bool() ? .null : .string(g.choices.pick(g.periods)))
            case "gridOrder": return .value(.int(1 + g.choices.below(100)))
            case "supportingTeams": return g.teams.isEmpty ? .omit : .value(.array([.string(g.choices.pick(g.teams))]))
            case "percentComplete", "actualStart", "actualFinish": return g.progress(key, k)
            // Entered by a person: the rule wants both or neither, and a time; left to the
            // files the fuzzer mutates.
            case "enteredFields", "enteredAt": return .omit
            default: return .unknown
            }
        }
    }

    /// Activity `k`'s progress as of the status date, as the rules want it: started at its
    /// planned start when that is by the status date, finished (100 %) when its planned finish
    /// is too, else under way at 1 to 99 %; nothing when there is no status date or it has not
    /// started.
    private mutating func progress(_ key: String, _ k: Int) -> Field {
        guard let status = statusDate, dates[k].start <= status else { return .omit }
        let done = dates[k].finish <= status
        switch key {
        case "actualStart": return .always(.string(dates[k].start.description))
        case "actualFinish": return done ? .always(.string(dates[k].finish.description)) : .omit
        default: return .always(.int(done ? 100 : 1 + choices.below(99)))
        }
    }

    private mutating func dependency(from: String, to: String) -> FuzzJSON {
        object(RoadmapFormat.dependency) { g, key in
            switch key {
            case "from": return .value(.string(from))
            case "to": return .value(.string(to))
            case "type": return .value(.string(g.choices.pick(Dependency.Kind.allCases).rawValue))
            case "lag": return .value(.int(g.lag()))
            case "strength": return .value(.string(g.choices.pick(Dependency.Strength.allCases).rawValue))
            default: return .unknown
            }
        }
    }

    private mutating func glossaryEntry() -> FuzzJSON {
        object(RoadmapFormat.glossaryEntry) { g, key in
            switch key {
            case "term", "definition": return .value(g.text())
            default: return .unknown
            }
        }
    }

    // MARK: - Values

    /// Mostly a few months either way; now and then a year, ten, or the format's bound.
    private mutating func lag() -> Int {
        choices.oneIn(8) ? choices.pick([-1200, 1200, -120, 120, -12, 12, 600]) : choices.below(9) - 3
    }

    /// A role's code or alias, now and then in another case (codes are compared without it).
    private mutating func roleCode() -> String {
        let codes = roles.flatMap { [$0.id] + $0.aliases }
        let code = choices.pick(codes)
        switch choices.below(8) {
        case 6: return code.uppercased()
        case 7: return code.lowercased()
        default: return code
        }
    }

    /// Words that are hard to carry through every format: commas, quotes, line breaks, markup,
    /// CDATA's end, wide and combining characters, a flag, control characters, an override.
    private static let words = [
        "Plan", "Réseau", "Cloud, data", "say \"yes\"", "two\nlines", "<tag> & ]]>", "東京都", "🇨🇦 flag", "e\u{301}",
        "tab\there", "\u{202E}override", "ESC \u{1B}[31m", "x",
    ]

    /// A text: a string, or an object in both languages (the format's own keys).
    private mutating func text() -> FuzzJSON {
        guard choices.bool() else { return .string(choices.pick(Self.words)) }
        return object(RoadmapFormat.localizedText) { g, key in .value(.string(g.choices.pick(Self.words))) }
    }

    /// For a field the generator does not know: a value of a shape common in the format.
    private mutating func commonValue() -> FuzzJSON {
        switch choices.below(7) {
        case 0: return .string((timeline.start + choices.below(timeline.finish - timeline.start + 1)).description)
        case 1: return .int(choices.below(101))
        case 2: return text()
        case 3: return .bool(choices.bool())
        case 4: return .null
        case 5: return .array([])
        default: return .string(choices.pick(Self.words))
        }
    }

    // MARK: - Faults

    private mutating func plantFault(in document: inout FuzzJSON) {
        guard let fault else { return }
        if fault == .schemaVersion {
            document["schemaVersion"] = .int(2)
            return
        }
        guard case .array(var list)? = document["activities"], list.indices.contains(faulty) else { return }
        var activity = list[faulty]
        let (start, finish) = dates[faulty]
        switch fault {
        case .finishBeforeStart: activity["finish"] = .string((start + -1).description)
        case .startBeforeTimeline: activity["start"] = .string((timeline.start + -(1 + choices.below(24))).description)
        case .finishAfterTimeline: activity["finish"] = .string((timeline.finish + 1 + choices.below(24)).description)
        case .unknownArea: activity["area"] = .string("no-such-area")
        case .unknownRole: activity["role"] = .string("Zz9")
        case .unknownTeam: activity["team"] = .string("no-such-team")
        case .missingRequiredField:
            let required = RoadmapFormat.activity.required
            activity[required[choices.below(required.count)]] = nil
        case .malformedMonth: activity["start"] = .string("\(finish.description.prefix(4))-13")
        case .wrongType: activity["name"] = .int(42)
        case .badID: activity["id"] = .string("Bad Id")
        case .duplicateActivityID: list.append(activity)
        case .unknownActivity, .selfDependency:
            guard case .array(var dependencies)? = document["dependencies"] else { return }
            let to = fault == .selfDependency ? activities[faulty] : "no-such-activity"
            dependencies.append(.object([("from", .string(activities[faulty])), ("to", .string(to))]))
            document["dependencies"] = .array(dependencies)
        case .schemaVersion: break
        }
        list[faulty] = activity
        document["activities"] = .array(list)
    }
}

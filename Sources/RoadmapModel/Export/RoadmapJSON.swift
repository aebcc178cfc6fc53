/// A roadmap written back in its own file format (schema version 1), by the same byte writer
/// as the exports. `roadmap generate` writes its synthetic roadmaps with it; reading the result
/// with `RoadmapLoader` gives the same roadmap back. Texts are kept exactly (only escaped), as
/// this is data, not a display: a name that reads the same in both languages is written once.
public enum RoadmapJSON {
    public static func bytes(_ roadmap: Roadmap) -> [UInt8] {
        var w = Writer(out: JSONBytes(mode: .exact, reservingCapacity: 4096 + roadmap.activities.count * 300 + roadmap.dependencies.count * 60))
        w.document(roadmap)
        return w.out.bytes
    }

    private struct Writer {
        var out: JSONBytes
        /// Whether the current object has a member yet (a comma is due before the next).
        private var needsComma = false

        init(out: JSONBytes) { self.out = out }

        mutating func document(_ r: Roadmap) {
            out.raw("{\n  \"schemaVersion\": ")
            out.int(r.schemaVersion)
            out.raw(",\n  \"meta\": {\n    \"title\": ")
            text(r.meta.title)
            if let x = r.meta.titleNote { out.raw(",\n    \"titleNote\": "); text(x) }
            if let status = r.meta.status { out.raw(",\n    \"status\": "); text(status) }
            if let draftDate = r.meta.draftDate { out.raw(",\n    \"draftDate\": "); out.string(draftDate) }
            if let x = r.meta.draftDateNote { out.raw(",\n    \"draftDateNote\": "); text(x) }
            if let source = r.meta.source { out.raw(",\n    \"source\": "); text(source) }
            if let x = r.meta.languageNote { out.raw(",\n    \"language\": "); text(x) }
            if let x = r.meta.roadmapQuestion { out.raw(",\n    \"roadmapQuestion\": "); text(x) }
            if let headings = r.meta.headings {
                out.raw(",\n    \"headings\": ")
                begin()
                for heading in headings.headings { dataName(heading.key); text(heading.text) }
                provenance(headings.provenance)
                end()
            }
            out.raw(",\n    \"timeline\": {\"start\": ")
            out.month(r.meta.timeline.start)
            out.raw(", \"finish\": ")
            out.month(r.meta.timeline.finish)
            out.raw("},\n    \"periods\": ")
            list(r.meta.periods, indent: 4) { w, p in
                w.begin(); w.field("id", p.id); w.field("label", p.label); w.field("start", p.start); w.field("finish", p.finish)
                if let d = p.dates { w.field("dates", d) }
                w.provenance(p.provenance); w.end()
            }
            if !r.meta.phases.isEmpty {
                out.raw(",\n    \"phases\": ")
                list(r.meta.phases, indent: 4) { w, p in
                    w.begin(); w.field("id", p.id); w.field("label", p.label)
                    if let start = p.start { w.field("start", start) }
                    if let finish = p.finish { w.field("finish", finish) }
                    if let d = p.dates { w.field("dates", d) }
                    if let d = p.description { w.field("description", d) }
                    w.provenance(p.provenance); w.end()
                }
            }
            if !r.meta.activityStatuses.isEmpty { out.raw(",\n    \"activityStatuses\": "); legend(r.meta.activityStatuses, indent: 4) }
            if !r.meta.teamStatuses.isEmpty { out.raw(",\n    \"teamStatuses\": "); legend(r.meta.teamStatuses, indent: 4) }
            out.raw("\n  }")
            if let strategy = r.strategy { out.raw(",\n  \"strategy\": "); self.strategy(strategy) }
            out.raw(",\n  \"principles\": ")
            list(r.principles, indent: 2) { w, p in
                w.begin(); w.field("id", p.id); w.field("name", p.name)
                if let d = p.description { w.field("description", d) }
                w.provenance(p.provenance); w.end()
            }
            out.raw(",\n  \"roles\": ")
            list(r.roles, indent: 2) { w, role in
                w.begin(); w.field("id", role.id); w.field("name", role.name)
                if !role.aliases.isEmpty { w.name("aliases"); w.out.stringList(role.aliases, indent: 4, column: 0, width: .max) }
                if !role.alternateNames.isEmpty { w.name("alternateNames"); w.texts(role.alternateNames) }
                if let d = role.description { w.field("description", d) }
                w.provenance(role.provenance); w.end()
            }
            if !r.councils.isEmpty {
                out.raw(",\n  \"councils\": ")
                list(r.councils, indent: 2) { w, c in
                    w.begin(); w.field("id", c.id); w.field("name", c.name)
                    if let x = c.abbreviation { w.field("abbreviation", x) }
                    if let x = c.description { w.field("description", x) }
                    w.provenance(c.provenance); w.end()
                }
            }
            out.raw(",\n  \"subcommittees\": ")
            list(r.subcommittees, indent: 2) { w, s in
                w.begin(); w.field("id", s.id); w.field("name", s.name)
                if let d = s.description { w.field("description", d) }
                w.provenance(s.provenance); w.end()
            }
            out.raw(",\n  \"areas\": ")
            list(r.areas, indent: 2) { w, a in
                w.begin(); w.field("id", a.id); w.field("name", a.name)
                if !a.alternateNames.isEmpty { w.name("alternateNames"); w.texts(a.alternateNames) }
                if let x = a.posterOrder { w.name("posterOrder"); w.out.int(x) }
                if let x = a.gridRow { w.name("gridRow"); w.out.int(x) }
                if !a.initiatives.isEmpty { w.name("initiatives"); w.texts(a.initiatives) }
                if let c = a.coverage { w.field("coverage", c) }
                if !a.considerations.isEmpty { w.name("considerations"); w.texts(a.considerations) }
                if !a.challenges.isEmpty { w.name("challenges"); w.texts(a.challenges) }
                w.provenance(a.provenance); w.end()
            }
            out.raw(",\n  \"teams\": ")
            list(r.teams, indent: 2) { w, t in
                w.begin(); w.field("id", t.id); w.field("name", t.name); w.field("role", t.role)
                w.name("subcommittee"); w.out.optionalString(t.subcommittee)
                w.field("status", t.status.rawValue)
                if !t.alternateNames.isEmpty { w.name("alternateNames"); w.texts(t.alternateNames) }
                if let x = t.area { w.field("area", x) }
                if let x = t.phase { w.field("phase", x) }
                if !t.listedActivities.isEmpty { w.name("listedActivities"); w.texts(t.listedActivities) }
                w.provenance(t.provenance); w.end()
            }
            out.raw(",\n  \"activities\": ")
            list(r.activities, indent: 2) { w, a in
                w.begin(); w.field("id", a.id); w.field("name", a.name); w.field("area", a.area)
                // The code as written keeps an alias (Br) where the file used one.
                w.field("role", a.roleAsWritten.isEmpty ? a.role : a.roleAsWritten)
                w.field("status", a.status.rawValue)
                w.name("team"); w.out.optionalString(a.team)
                w.field("start", a.start); w.field("finish", a.finish)
                if let period = a.period { w.field("period", period) }
                if let x = a.gridOrder { w.name("gridOrder"); w.out.int(x) }
                if !a.alternateNames.isEmpty { w.name("alternateNames"); w.texts(a.alternateNames) }
                if !a.supportingTeams.isEmpty { w.name("supportingTeams"); w.out.stringList(a.supportingTeams, indent: 0, column: 0, width: .max) }
                w.provenance(a.provenance); w.end()
            }
            out.raw(",\n  \"dependencies\": ")
            list(r.dependencies, indent: 2) { w, d in
                w.begin(); w.field("from", d.from); w.field("to", d.to); w.field("type", d.type.rawValue)
                w.name("lag"); w.out.int(d.lag)
                w.provenance(d.provenance); w.end()
            }
            out.raw(",\n  \"workingGroups\": ")
            list(r.workingGroups, indent: 2) { w, g in
                w.begin(); w.field("id", g.id); w.field("name", g.name)
                if let council = g.council { w.field("council", council) }
                w.field("disposition", g.disposition.rawValue)
                if let becomes = g.becomes { w.field("becomes", becomes) }
                if let x = g.rationale { w.field("rationale", x) }
                if let x = g.currentWork { w.field("currentWork", x) }
                if let x = g.assessment { w.field("assessment", x) }
                w.provenance(g.provenance); w.end()
            }
            if let analysis = r.changeAnalysis { out.raw(",\n  \"changeAnalysis\": "); changeAnalysis(analysis) }
            if let state = r.currentState { out.raw(",\n  \"currentState\": "); currentState(state) }
            out.raw(",\n  \"glossary\": ")
            list(r.glossary, indent: 2) { w, g in
                w.begin(); w.field("term", g.term); w.field("definition", g.definition); w.provenance(g.provenance); w.end()
            }
            out.raw("\n}\n")
        }

        mutating func strategy(_ s: Strategy) {
            begin()
            if let x = s.vision { field("vision", x) }
            if let x = s.callToAction { field("callToAction", x) }
            if let x = s.objective { field("objective", x) }
            if !s.outcomes.isEmpty {
                name("outcomes")
                list(s.outcomes, indent: 4) { w, o in
                    w.begin(); w.field("id", o.id); w.field("name", o.name)
                    if let d = o.description { w.field("description", d) }
                    w.provenance(o.provenance); w.end()
                }
            }
            if !s.horizons.isEmpty {
                name("horizons")
                list(s.horizons, indent: 4) { w, h in
                    w.begin(); w.field("id", h.id); w.field("name", h.name)
                    if let x = h.span { w.field("span", x) }
                    if let x = h.description { w.field("description", x) }
                    w.provenance(h.provenance); w.end()
                }
            }
            if let v = s.variants {
                name("variants"); begin()
                if let x = v.vision { field("vision", x) }
                if let x = v.callToAction { field("callToAction", x) }
                if let x = v.note { field("note", x) }
                end()
            }
            if let p = s.posterLabels {
                name("posterLabels"); begin(); name("labels"); texts(p.labels); provenance(p.provenance); end()
            }
            if let x = s.initiativesHeading { field("initiativesHeading", x) }
            if !s.immediateResults.isEmpty { name("immediateResults"); texts(s.immediateResults) }
            if let x = s.immediateResultsNote { field("immediateResultsNote", x) }
            if !s.resultBoxes.isEmpty {
                name("resultBoxes")
                list(s.resultBoxes, indent: 4) { w, b in
                    w.begin(); w.name("horizon"); w.out.optionalString(b.horizon)
                    if let x = b.textBlock { w.name("textBlock"); w.out.int(x) }
                    w.provenance(b.provenance); w.end()
                }
            }
            if let node = s.futureState { name("futureState"); document(node) }
            provenance(s.provenance)
            end()
        }

        mutating func legend(_ entries: [LegendEntry], indent: Int) {
            list(entries, indent: indent) { w, e in
                w.begin(); w.field("id", e.id); w.field("label", e.label); w.provenance(e.provenance); w.end()
            }
        }

        mutating func points(_ items: [CurrentState.Point]) {
            list(items, indent: 4) { w, p in
                w.begin(); w.field("name", p.name); w.field("description", p.description); w.end()
            }
        }

        mutating func changeAnalysis(_ a: ChangeAnalysis) {
            begin()
            if let x = a.heading { field("heading", x) }
            if !a.columns.isEmpty { name("columns"); legend(a.columns, indent: 4) }
            if !a.tableHeadings.isEmpty { name("tableHeadings"); texts(a.tableHeadings) }
            if let t = a.teamsNotConsidered {
                name("teamsNotConsidered"); begin()
                if let x = t.intro { field("intro", x) }
                name("teams"); out.stringList(t.teams, indent: 0, column: 0, width: .max)
                end()
            }
            provenance(a.provenance)
            end()
        }

        mutating func currentState(_ c: CurrentState) {
            begin()
            if let x = c.heading { field("heading", x) }
            if let x = c.subheading { field("subheading", x) }
            if !c.strengths.isEmpty { name("strengths"); points(c.strengths) }
            if !c.difficulties.isEmpty { name("difficulties"); points(c.difficulties) }
            if let x = c.considerationsHeading { field("considerationsHeading", x) }
            if let x = c.coverageHeading { field("coverageHeading", x) }
            if !c.unattributedWork.isEmpty { name("unattributedWork"); texts(c.unattributedWork) }
            provenance(c.provenance)
            end()
        }

        mutating func document(_ node: DocumentNode) {
            switch node {
            case .text(let t): text(t)
            case .number(let n):
                if n.rounded() == n, abs(n) < 1e15 { out.int(Int(n)) } else { rawText(n.isFinite ? "\(n)" : "null") }
            case .flag(let f): out.bool(f)
            case .empty: out.null()
            case .list(let items):
                out.byte(UInt8(ascii: "["))
                for (k, item) in items.enumerated() {
                    if k > 0 { out.raw(", ") }
                    document(item)
                }
                out.byte(UInt8(ascii: "]"))
            case .section(let members):
                out.byte(UInt8(ascii: "{"))
                for (k, member) in members.enumerated() {
                    if k > 0 { out.raw(", ") }
                    out.dataKey(member.key)
                    document(member.value)
                }
                out.byte(UInt8(ascii: "}"))
            }
        }

        // MARK: - Pieces

        /// An array of objects, one per line.
        mutating func list<T>(_ items: [T], indent: Int, _ element: (inout Writer, T) -> Void) {
            if items.isEmpty { out.raw("[]"); return }
            out.byte(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.byte(UInt8(ascii: ",")) }
                out.newline(indent: indent + 2)
                element(&self, item)
            }
            out.newline(indent: indent)
            out.byte(UInt8(ascii: "]"))
        }

        mutating func begin() {
            out.byte(UInt8(ascii: "{"))
            needsComma = false
        }

        mutating func end() {
            out.byte(UInt8(ascii: "}"))
            needsComma = true
        }

        mutating func name(_ key: StaticString) {
            if needsComma { out.raw(", ") }
            needsComma = true
            out.key(key)
        }

        /// A member whose name comes from the data.
        mutating func dataName(_ key: String) {
            if needsComma { out.raw(", ") }
            needsComma = true
            out.dataKey(key)
        }

        mutating func field(_ key: StaticString, _ value: String) { name(key); out.string(value) }
        mutating func field(_ key: StaticString, _ value: Month) { name(key); out.month(value) }
        mutating func field(_ key: StaticString, _ value: LocalizedText) { name(key); text(value) }

        mutating func text(_ t: LocalizedText) {
            if t.fr == t.en {
                out.string(t.fr)
            } else {
                out.raw("{\"fr\": "); out.string(t.fr); out.raw(", \"en\": "); out.string(t.en); out.byte(UInt8(ascii: "}"))
            }
        }

        mutating func texts(_ items: [LocalizedText]) {
            out.byte(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.raw(", ") }
                text(item)
            }
            out.byte(UInt8(ascii: "]"))
        }

        mutating func rawText(_ s: String) { out.rawUTF8(s) }

        mutating func provenance(_ p: Provenance) {
            if p.source != .seed { field("source", p.source.rawValue) }
            if let note = p.note { field("note", note) }
            if !p.inferredFields.isEmpty { name("inferredFields"); out.stringList(p.inferredFields, indent: 0, column: 0, width: .max) }
        }
    }
}

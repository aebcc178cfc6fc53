/// A roadmap written back in its own file format (schema version 1): the one writer of roadmap
/// files. `roadmap fmt` prints its canonical form with it, `roadmap import --output` and
/// `roadmap generate` save with it, and reading the result with `RoadmapLoader` gives the same
/// roadmap back. Texts are kept exactly (only escaped), as this is data, not a display: a text
/// that reads the same in both languages is written once.
///
/// The canonical form (`Layout.canonical`):
/// - keys in the order of `RoadmapFormat` (the schema's order), provenance last;
/// - two spaces per level, every member and every element on its own line, arrays of ids
///   included: a change to one value, one id added to a list, or one language of a text
///   fixed, is a diff of one line, which a review reads at a glance. It is also how the
///   shipped roadmap has been written by hand, so that putting it in canonical form moves keys,
///   not lines;
/// - an empty list as `[]`; a field whose value is absent (and not required) left out, except
///   the fields the schema allows to be `null`, always written (`null` when absent): an
///   activity's `team`, a team's `subcommittee`, `area` and `phase`, a working group's
///   `becomes`, a result box's `horizon`, a phase's `finish`; and a role's `aliases` and
///   `alternateNames`, even empty, as they are how the activities' codes are read;
/// - a line feed at the end.
public enum RoadmapJSON {
    public enum Layout: Sendable {
        /// `roadmap fmt`'s: every member and element on its own line.
        case canonical
        /// Each element of the document's lists on one line (the rest as in `.canonical`):
        /// what `roadmap generate` writes, so that a synthetic file of a million activities
        /// stays compact and quick to read for the benchmarks.
        case elementPerLine
    }

    public static func bytes(_ roadmap: Roadmap, layout: Layout = .canonical) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096 + roadmap.activities.count * (layout == .canonical ? 500 : 300) + roadmap.dependencies.count * 100)
        write(roadmap, layout: layout) { bytes += $0 }
        return bytes
    }

    /// The same bytes as `bytes`, handed to `sink` as they are made: the activities and the
    /// links a batch at a time on every processor (`ParallelBatches`), each batch handed over
    /// while the next is written. `roadmap import` made the whole file first and copied it
    /// into an array: at 100,000 activities two fresh 46 MB regions whose pages the kernel
    /// zeroed on first touch, a fifth of the import (perf).
    public static func write(_ roadmap: Roadmap, layout: Layout = .canonical, to sink: ([UInt8]) throws -> Void) rethrows {
        try write(roadmap, layout: layout, parallelFrom: 20_000, to: sink)
    }

    /// `write`, on every processor from `parallelFrom` elements in a list, in slices of
    /// `rowsPerSlice` elements when told (the tests compare it with the writing on one, in one
    /// slice: the writer as it was before).
    static func write(_ roadmap: Roadmap, layout: Layout, parallelFrom: Int, rowsPerSlice: Int? = nil,
                      to sink: ([UInt8]) throws -> Void) rethrows {
        let inlineBelow = layout == .canonical ? Int.max : 2
        var w = Writer(out: JSONBytes(mode: .exact, reservingCapacity: 65_536), inlineBelow: inlineBelow)
        w.upToActivities(roadmap)
        // Each list's elements written apart, by writers that start where `w` stands: the
        // same depth, and empty before the first element only.
        func elements<T: Sendable>(_ items: [T], rowsPerSlice: Int, _ write: @escaping @Sendable (inout Writer, T) -> Void) throws {
            try sink(w.out.bytes)
            w.out.removeAll()
            let depth = w.depth
            let slices = items.count >= parallelFrom ? 4 * min(4, max(1, ProcessorCount.available)) : 1
            try ParallelBatches.write(count: items.count, rowsPerSlice: min(rowsPerSlice, max(1, items.count)), slices: slices, to: sink) { rows, out in
                // Each slice's own buffer, 512 bytes an element: more than a plain activity
                // takes in the canonical layout (about 350 bytes, a link about 95), so that it
                // seldom grows.
                var part = Writer(out: JSONBytes(mode: .exact, reservingCapacity: rows.count * 512), inlineBelow: inlineBelow,
                                  depth: depth, empty: rows.lowerBound == 0)
                for k in rows { part.element(); write(&part, items[k]) }
                part.out.append(to: &out)
            }
            w.empty = items.isEmpty
        }
        try elements(roadmap.activities, rowsPerSlice: rowsPerSlice ?? 1024) { w, a in w.activity(a) }
        w.close("]")
        w.name("dependencies")
        w.open("[")
        try elements(roadmap.dependencies, rowsPerSlice: rowsPerSlice ?? 4096) { w, d in w.dependency(d) }
        w.close("]")
        w.fromWorkingGroups(roadmap)
        w.out.byte(0x0A)
        try sink(w.out.bytes)
    }

    /// Writes JSON values with the layout's line breaks: members and elements one per line,
    /// indented two spaces per level, except inside containers nested deeper than
    /// `inlineBelow`, which are written on one line.
    private struct Writer {
        var out: JSONBytes
        let inlineBelow: Int
        /// How many containers are open.
        fileprivate var depth = 0
        /// Whether the innermost open container has no member yet.
        fileprivate var empty = true

        init(out: JSONBytes, inlineBelow: Int, depth: Int = 0, empty: Bool = true) {
            self.out = out
            self.inlineBelow = inlineBelow
            self.depth = depth
            self.empty = empty
        }

        // MARK: - The document, in RoadmapFormat's order

        /// From the document's start to the opening of its list of activities.
        mutating func upToActivities(_ r: Roadmap) {
            open("{")
            name("schemaVersion"); out.int(r.schemaVersion)
            name("meta"); meta(r.meta)
            if let x = r.statusDate { field("statusDate", x) }
            if let strategy = r.strategy { name("strategy"); self.strategy(strategy) }
            name("principles")
            list(r.principles) { w, p in
                w.open("{"); w.field("id", p.id); w.field("name", p.name)
                if let d = p.description { w.field("description", d) }
                w.provenance(p.provenance); w.close("}")
            }
            name("roles")
            list(r.roles) { w, role in
                w.open("{"); w.field("id", role.id); w.field("name", role.name)
                // Always said, even when empty: they are how activities' role codes are read.
                w.name("aliases"); w.strings(role.aliases)
                w.name("alternateNames"); w.texts(role.alternateNames)
                if let d = role.description { w.field("description", d) }
                w.provenance(role.provenance); w.close("}")
            }
            if !r.councils.isEmpty {
                name("councils")
                list(r.councils) { w, c in
                    w.open("{"); w.field("id", c.id); w.field("name", c.name)
                    if let x = c.abbreviation { w.field("abbreviation", x) }
                    if let x = c.description { w.field("description", x) }
                    w.provenance(c.provenance); w.close("}")
                }
            }
            name("subcommittees")
            list(r.subcommittees) { w, s in
                w.open("{"); w.field("id", s.id); w.field("name", s.name)
                if let d = s.description { w.field("description", d) }
                w.provenance(s.provenance); w.close("}")
            }
            name("areas")
            list(r.areas) { w, a in
                w.open("{"); w.field("id", a.id); w.field("name", a.name)
                if !a.alternateNames.isEmpty { w.name("alternateNames"); w.texts(a.alternateNames) }
                if let x = a.posterOrder { w.name("posterOrder"); w.out.int(x) }
                if let x = a.gridRow { w.name("gridRow"); w.out.int(x) }
                if !a.initiatives.isEmpty { w.name("initiatives"); w.texts(a.initiatives) }
                if let c = a.coverage { w.field("coverage", c) }
                if !a.considerations.isEmpty { w.name("considerations"); w.texts(a.considerations) }
                if !a.challenges.isEmpty { w.name("challenges"); w.texts(a.challenges) }
                w.provenance(a.provenance); w.close("}")
            }
            name("teams")
            list(r.teams) { w, t in
                w.open("{"); w.field("id", t.id); w.field("name", t.name)
                if !t.alternateNames.isEmpty { w.name("alternateNames"); w.texts(t.alternateNames) }
                w.field("role", t.roleAsPrinted)
                w.name("subcommittee"); w.out.optionalString(t.subcommittee)
                w.field("status", t.status.rawValue)
                w.name("area"); w.out.optionalString(t.area)
                w.name("phase"); w.out.optionalString(t.phase)
                if t.isInTeamList || !t.listedActivities.isEmpty { w.name("listedActivities"); w.texts(t.listedActivities) }
                w.provenance(t.provenance); w.close("}")
            }
            name("activities")
            open("[")
        }

        /// From the list of working groups, after the links' list, to the end of the document.
        mutating func fromWorkingGroups(_ r: Roadmap) {
            name("workingGroups")
            list(r.workingGroups) { w, g in
                w.open("{"); w.field("id", g.id); w.field("name", g.name)
                if let council = g.council { w.field("council", council) }
                w.field("disposition", g.disposition.rawValue)
                w.name("becomes"); w.out.optionalString(g.becomes)
                if let x = g.rationale { w.field("rationale", x) }
                if let x = g.currentWork { w.field("currentWork", x) }
                if let x = g.assessment { w.field("assessment", x) }
                w.provenance(g.provenance); w.close("}")
            }
            if let analysis = r.changeAnalysis { name("changeAnalysis"); changeAnalysis(analysis) }
            if let state = r.currentState { name("currentState"); currentState(state) }
            name("glossary")
            list(r.glossary) { w, g in
                w.open("{"); w.field("term", g.term); w.field("definition", g.definition); w.provenance(g.provenance); w.close("}")
            }
            close("}")
        }

        /// One element of the list of activities.
        mutating func activity(_ a: Activity) {
            open("{"); field("id", a.id); field("name", a.name)
            if !a.alternateNames.isEmpty { name("alternateNames"); texts(a.alternateNames) }
            field("area", a.area)
            // The code as written keeps an alias (Br) where the file used one.
            field("role", a.roleAsPrinted)
            field("status", a.status.rawValue)
            name("team"); out.optionalString(a.team)
            field("start", a.start); field("finish", a.finish)
            if let period = a.period { field("period", period) }
            if let x = a.gridOrder { name("gridOrder"); out.int(x) }
            if !a.supportingTeams.isEmpty { name("supportingTeams"); strings(a.supportingTeams) }
            if let x = a.percentComplete { name("percentComplete"); out.int(x) }
            if let x = a.actualStart { field("actualStart", x) }
            if let x = a.actualFinish { field("actualFinish", x) }
            if !a.provenance.enteredFields.isEmpty { name("enteredFields"); strings(a.provenance.enteredFields) }
            if let x = a.provenance.enteredAt { field("enteredAt", x) }
            provenance(a.provenance); close("}")
        }

        /// One element of the list of links.
        mutating func dependency(_ d: Dependency) {
            open("{"); field("from", d.from); field("to", d.to); field("type", d.type.rawValue)
            name("lag"); out.int(d.lag)
            if let x = d.strength { field("strength", x.rawValue) }
            provenance(d.provenance); close("}")
        }

        mutating func meta(_ m: Meta) {
            open("{")
            field("title", m.title)
            if let x = m.titleNote { field("titleNote", x) }
            if let x = m.status { field("status", x) }
            if let x = m.draftDate { field("draftDate", x) }
            if let x = m.draftDateNote { field("draftDateNote", x) }
            if let x = m.source { field("source", x) }
            if let x = m.languageNote { field("language", x) }
            if let x = m.roadmapQuestion { field("roadmapQuestion", x) }
            if let headings = m.headings { name("headings"); self.headings(headings) }
            name("timeline"); open("{"); field("start", m.timeline.start); field("finish", m.timeline.finish); close("}")
            name("periods")
            list(m.periods) { w, p in
                w.open("{"); w.field("id", p.id); w.field("label", p.label); w.field("start", p.start); w.field("finish", p.finish)
                if let d = p.dates { w.field("dates", d) }
                w.provenance(p.provenance); w.close("}")
            }
            if !m.phases.isEmpty {
                name("phases")
                list(m.phases) { w, p in
                    w.open("{"); w.field("id", p.id); w.field("label", p.label)
                    if let start = p.start { w.field("start", start) }
                    // An open-ended phase says so.
                    w.name("finish"); if let finish = p.finish { w.out.month(finish) } else { w.out.null() }
                    if let d = p.dates { w.field("dates", d) }
                    if let d = p.description { w.field("description", d) }
                    w.provenance(p.provenance); w.close("}")
                }
            }
            if !m.activityStatuses.isEmpty { name("activityStatuses"); legend(m.activityStatuses) }
            if !m.teamStatuses.isEmpty { name("teamStatuses"); legend(m.teamStatuses) }
            close("}")
        }

        /// In the format's order of the headings, whatever the file's.
        mutating func headings(_ h: PosterHeadings) {
            open("{")
            for key in RoadmapFormat.headings.fields {
                if let text = h[key] { dataName(key); self.text(text) }
            }
            provenance(h.provenance)
            close("}")
        }

        mutating func strategy(_ s: Strategy) {
            open("{")
            if let x = s.vision { field("vision", x) }
            if let x = s.callToAction { field("callToAction", x) }
            if let x = s.objective { field("objective", x) }
            if let v = s.variants {
                name("variants"); open("{")
                if let x = v.vision { field("vision", x) }
                if let x = v.callToAction { field("callToAction", x) }
                if let x = v.note { field("note", x) }
                close("}")
            }
            if !s.outcomes.isEmpty {
                name("outcomes")
                list(s.outcomes) { w, o in
                    w.open("{"); w.field("id", o.id); w.field("name", o.name)
                    if let d = o.description { w.field("description", d) }
                    w.provenance(o.provenance); w.close("}")
                }
            }
            if !s.horizons.isEmpty {
                name("horizons")
                list(s.horizons) { w, h in
                    w.open("{"); w.field("id", h.id); w.field("name", h.name)
                    if let x = h.span { w.field("span", x) }
                    if let x = h.description { w.field("description", x) }
                    w.provenance(h.provenance); w.close("}")
                }
            }
            if let p = s.posterLabels {
                name("posterLabels"); open("{"); name("labels"); texts(p.labels); provenance(p.provenance); close("}")
            }
            if let x = s.initiativesHeading { field("initiativesHeading", x) }
            if !s.immediateResults.isEmpty { name("immediateResults"); texts(s.immediateResults) }
            if let x = s.immediateResultsNote { field("immediateResultsNote", x) }
            if !s.resultBoxes.isEmpty {
                name("resultBoxes")
                list(s.resultBoxes) { w, b in
                    w.open("{"); w.name("horizon"); w.out.optionalString(b.horizon)
                    if let x = b.textBlock { w.name("textBlock"); w.out.int(x) }
                    w.provenance(b.provenance); w.close("}")
                }
            }
            if let node = s.futureState { name("futureState"); document(node) }
            provenance(s.provenance)
            close("}")
        }

        mutating func legend(_ entries: [LegendEntry]) {
            list(entries) { w, e in
                w.open("{"); w.field("id", e.id); w.field("label", e.label); w.provenance(e.provenance); w.close("}")
            }
        }

        mutating func points(_ items: [CurrentState.Point]) {
            list(items) { w, p in
                w.open("{"); w.field("name", p.name); w.field("description", p.description); w.provenance(p.provenance); w.close("}")
            }
        }

        mutating func changeAnalysis(_ a: ChangeAnalysis) {
            open("{")
            if let x = a.heading { field("heading", x) }
            if !a.columns.isEmpty { name("columns"); legend(a.columns) }
            if !a.tableHeadings.isEmpty { name("tableHeadings"); texts(a.tableHeadings) }
            if let t = a.teamsNotConsidered {
                name("teamsNotConsidered"); open("{")
                if let x = t.intro { field("intro", x) }
                name("teams"); strings(t.teams)
                close("}")
            }
            provenance(a.provenance)
            close("}")
        }

        mutating func currentState(_ c: CurrentState) {
            open("{")
            if let x = c.heading { field("heading", x) }
            if let x = c.subheading { field("subheading", x) }
            if !c.strengths.isEmpty { name("strengths"); points(c.strengths) }
            if !c.difficulties.isEmpty { name("difficulties"); points(c.difficulties) }
            if let x = c.considerationsHeading { field("considerationsHeading", x) }
            if let x = c.coverageHeading { field("coverageHeading", x) }
            if !c.unattributedWork.isEmpty { name("unattributedWork"); texts(c.unattributedWork) }
            provenance(c.provenance)
            close("}")
        }

        /// A free-form part, in the file's order of keys (its shape is the document's).
        mutating func document(_ node: DocumentNode) {
            switch node {
            case .text(let t): text(t)
            case .number(let n):
                if n.rounded() == n, abs(n) < 1e15 { out.int(Int(n)) } else { out.rawUTF8(n.isFinite ? "\(n)" : "null") }
            case .flag(let f): out.bool(f)
            case .empty: out.null()
            case .list(let items):
                open("[")
                for item in items { element(); document(item) }
                close("]")
            case .section(let members):
                open("{")
                for member in members { dataName(member.key); document(member.value) }
                close("}")
            }
        }

        mutating func provenance(_ p: Provenance) {
            if p.source != .seed || p.statesSeed { field("source", p.source.rawValue) }
            if !p.inferredFields.isEmpty { name("inferredFields"); strings(p.inferredFields) }
            if let note = p.note { field("note", note) }
        }

        // MARK: - Layout

        /// Opens an object or an array.
        mutating func open(_ bracket: StaticString) {
            out.raw(bracket)
            depth += 1
            empty = true
        }

        /// Closes the innermost container, on a line of its own unless it is empty or inline.
        mutating func close(_ bracket: StaticString) {
            if !empty && depth <= inlineBelow { out.newline(indent: 2 * (depth - 1)) }
            depth -= 1
            out.raw(bracket)
            // The container just closed was a member of its parent.
            empty = false
        }

        /// Starts the next member or element of the innermost container.
        mutating func element() {
            if !empty { out.byte(UInt8(ascii: ",")) }
            if depth <= inlineBelow {
                out.newline(indent: 2 * depth)
            } else if !empty {
                out.byte(0x20)
            }
            empty = false
        }

        mutating func name(_ key: StaticString) { element(); out.key(key) }

        /// A member whose name comes from the data.
        mutating func dataName(_ key: String) { element(); out.dataKey(key) }

        mutating func list<T>(_ items: [T], _ write: (inout Writer, T) -> Void) {
            open("[")
            for item in items { element(); write(&self, item) }
            close("]")
        }

        mutating func field(_ key: StaticString, _ value: String) { name(key); out.string(value) }
        mutating func field(_ key: StaticString, _ value: Month) { name(key); out.month(value) }
        mutating func field(_ key: StaticString, _ value: LocalizedText) { name(key); text(value) }

        mutating func text(_ t: LocalizedText) {
            if t.fr == t.en {
                out.string(t.fr)
            } else {
                open("{"); field("fr", t.fr); field("en", t.en); close("}")
            }
        }

        mutating func texts(_ items: [LocalizedText]) {
            open("[")
            for item in items { element(); text(item) }
            close("]")
        }

        mutating func strings(_ items: [String]) {
            open("[")
            for item in items { element(); out.string(item) }
            close("]")
        }
    }
}

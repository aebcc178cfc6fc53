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
            if let status = r.meta.status { out.raw(",\n    \"status\": "); text(status) }
            if let draftDate = r.meta.draftDate { out.raw(",\n    \"draftDate\": "); out.string(draftDate) }
            if let source = r.meta.source { out.raw(",\n    \"source\": "); text(source) }
            out.raw(",\n    \"timeline\": {\"start\": ")
            out.month(r.meta.timeline.start)
            out.raw(", \"finish\": ")
            out.month(r.meta.timeline.finish)
            out.raw("},\n    \"periods\": ")
            list(r.meta.periods, indent: 4) { w, p in
                w.begin(); w.field("id", p.id); w.field("label", p.label); w.field("start", p.start); w.field("finish", p.finish)
                w.provenance(p.provenance); w.end()
            }
            if !r.meta.phases.isEmpty {
                out.raw(",\n    \"phases\": ")
                list(r.meta.phases, indent: 4) { w, p in
                    w.begin(); w.field("id", p.id); w.field("label", p.label)
                    if let start = p.start { w.field("start", start) }
                    if let finish = p.finish { w.field("finish", finish) }
                    if let d = p.description { w.field("description", d) }
                    w.end()
                }
            }
            out.raw("\n  }")
            if let strategy = r.strategy { out.raw(",\n  \"strategy\": "); self.strategy(strategy) }
            out.raw(",\n  \"principles\": ")
            list(r.principles, indent: 2) { w, p in
                w.begin(); w.field("id", p.id); w.field("name", p.name)
                if let d = p.description { w.field("description", d) }
                w.end()
            }
            out.raw(",\n  \"roles\": ")
            list(r.roles, indent: 2) { w, role in
                w.begin(); w.field("id", role.id); w.field("name", role.name)
                if !role.aliases.isEmpty { w.name("aliases"); w.out.stringList(role.aliases, indent: 4, column: 0, width: .max) }
                if !role.alternateNames.isEmpty { w.name("alternateNames"); w.texts(role.alternateNames) }
                if let d = role.description { w.field("description", d) }
                w.end()
            }
            out.raw(",\n  \"subcommittees\": ")
            list(r.subcommittees, indent: 2) { w, s in
                w.begin(); w.field("id", s.id); w.field("name", s.name)
                if let d = s.description { w.field("description", d) }
                w.end()
            }
            out.raw(",\n  \"areas\": ")
            list(r.areas, indent: 2) { w, a in
                w.begin(); w.field("id", a.id); w.field("name", a.name)
                if !a.initiatives.isEmpty { w.name("initiatives"); w.texts(a.initiatives) }
                if let c = a.coverage { w.field("coverage", c) }
                if !a.considerations.isEmpty { w.name("considerations"); w.texts(a.considerations) }
                w.end()
            }
            out.raw(",\n  \"teams\": ")
            list(r.teams, indent: 2) { w, t in
                w.begin(); w.field("id", t.id); w.field("name", t.name); w.field("role", t.role)
                w.name("subcommittee"); w.out.optionalString(t.subcommittee)
                w.field("status", t.status.rawValue)
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
                    w.end()
                }
            }
            if !s.horizons.isEmpty {
                name("horizons")
                list(s.horizons, indent: 4) { w, h in
                    w.begin(); w.field("id", h.id); w.field("name", h.name)
                    if let x = h.span { w.field("span", x) }
                    if let x = h.description { w.field("description", x) }
                    w.end()
                }
            }
            if !s.immediateResults.isEmpty { name("immediateResults"); texts(s.immediateResults) }
            if let node = s.futureState { name("futureState"); document(node) }
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

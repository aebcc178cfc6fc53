import RoadmapModel

/// The plans `roadmap bench` imports: a synthetic roadmap written as a spreadsheet's CSV and as
/// MS Project XML, in this process. The XML has what the importer reads — the outline, dates,
/// links with their lags, extended attributes, resources and assignments — and none of the
/// hundreds of other elements MS Project writes (see docs/performance.md for a file MPXJ wrote).
enum BenchImportFiles {
    static func csv(_ roadmap: Roadmap) -> [UInt8] {
        let areaName = Dictionary(uniqueKeysWithValues: roadmap.areas.map { ($0.id, $0.name.fr) })
        let teamName = Dictionary(uniqueKeysWithValues: roadmap.teams.map { ($0.id, $0.name.fr) })
        var predecessors: [String: [String]] = [:]
        for d in roadmap.dependencies {
            predecessors[d.to, default: []].append(d.from + (d.type == .FS && d.lag == 0 ? "" : d.type.rawValue) + (d.lag == 0 ? "" : d.lag > 0 ? "+\(d.lag)" : "\(d.lag)"))
        }
        var out: [UInt8] = []
        out.reserveCapacity(roadmap.activities.count * 160)
        out += Array("id,name_fr,name_en,area,role,status,team,start,finish,predecessors\r\n".utf8)
        for a in roadmap.activities {
            let fields = [a.id, a.name.fr, a.name.en, areaName[a.area] ?? "", a.role, a.status.rawValue, a.team.flatMap { teamName[$0] } ?? "",
                          a.start.description, a.finish.description, (predecessors[a.id] ?? []).joined(separator: ";")]
            for (k, field) in fields.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            }
            out += [0x0D, 0x0A]
        }
        return out
    }

    static func mspdi(_ roadmap: Roadmap) -> [UInt8] {
        var out = ""
        out.reserveCapacity(roadmap.activities.count * 700)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
        out += "<Title>\(escaped(roadmap.meta.title.fr))</Title>\n<MinutesPerDay>480</MinutesPerDay>\n<DaysPerMonth>20</DaysPerMonth>\n<ExtendedAttributes>\n"
        for (k, alias) in ["Role", "Status"].enumerated() {
            out += "<ExtendedAttribute><FieldID>\(188743731 + 3 * k)</FieldID><FieldName>Text\(k + 1)</FieldName><Alias>\(alias)</Alias></ExtendedAttribute>\n"
        }
        out += "</ExtendedAttributes>\n<Tasks>\n"
        var uid = 0
        var uidOf: [String: Int] = [:]
        uidOf.reserveCapacity(roadmap.activities.count)
        for a in roadmap.activities { uid += 1; uidOf[a.id] = uid }
        var links: [String: [Dependency]] = [:]
        for d in roadmap.dependencies { links[d.to, default: []].append(d) }
        let byArea = Dictionary(grouping: roadmap.activities.indices, by: { roadmap.activities[$0].area })
        for area in roadmap.areas {
            uid += 1
            out += "<Task><UID>\(uid)</UID><Name>\(escaped(area.name.fr))</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>\n"
            for i in byArea[area.id] ?? [] {
                let a = roadmap.activities[i]
                out += "<Task><UID>\(uidOf[a.id]!)</UID><Name>\(escaped(a.name.fr))</Name><OutlineLevel>2</OutlineLevel><Summary>0</Summary><Milestone>0</Milestone>"
                out += "<Start>\(a.start)-01T08:00:00</Start><Finish>\(a.finish)-28T17:00:00</Finish>\n"
                for d in links[a.id] ?? [] {
                    let type = ["FF": 0, "FS": 1, "SF": 2, "SS": 3][d.type.rawValue]!
                    out += "<PredecessorLink><PredecessorUID>\(uidOf[d.from]!)</PredecessorUID><Type>\(type)</Type><LinkLag>\(d.lag * 96000)</LinkLag><LagFormat>11</LagFormat></PredecessorLink>\n"
                }
                out += "<ExtendedAttribute><FieldID>188743731</FieldID><Value>\(a.role)</Value></ExtendedAttribute>"
                out += "<ExtendedAttribute><FieldID>188743734</FieldID><Value>\(a.status.rawValue)</Value></ExtendedAttribute></Task>\n"
            }
        }
        out += "</Tasks>\n<Resources>\n"
        for (k, team) in roadmap.teams.enumerated() { out += "<Resource><UID>\(k + 1)</UID><Name>\(escaped(team.name.fr))</Name></Resource>\n" }
        out += "</Resources>\n<Assignments>\n"
        let teamUID = Dictionary(uniqueKeysWithValues: roadmap.teams.enumerated().map { ($1.id, $0 + 1) })
        for a in roadmap.activities {
            if let team = a.team, let r = teamUID[team] {
                out += "<Assignment><TaskUID>\(uidOf[a.id]!)</TaskUID><ResourceUID>\(r)</ResourceUID></Assignment>\n"
            }
        }
        out += "</Assignments>\n</Project>\n"
        return Array(out.utf8)
    }

    private static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return text.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
    }
}

private extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for c in self { if c == target { result += replacement } else { result.append(c) } }
        return result
    }
}

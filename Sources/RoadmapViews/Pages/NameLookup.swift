import RoadmapModel

/// The names a page shows for the ids of the data — councils, task teams, areas,
/// sub-committees, principles, horizons, phases — so that no page shows a raw id where the file
/// gives a name. The id itself is the answer only when nothing in the file bears it.
struct NameLookup {
    let scheduled: ScheduledRoadmap
    let language: Language

    init(_ scheduled: ScheduledRoadmap, _ language: Language) {
        self.scheduled = scheduled
        self.language = language
    }

    private var roadmap: Roadmap { scheduled.roadmap }

    /// The council's name, or nil when the file lists no council of that id (a file without a
    /// council list uses the ids as labels).
    func council(_ id: String) -> String? {
        roadmap.councils.first { sameID($0.id, id) }?.name[language]
    }

    func team(_ id: String) -> String {
        scheduled.teamIndex[id].map { roadmap.teams[$0].name[language] } ?? id
    }

    func area(_ id: String) -> String {
        scheduled.areaIndex[id].map { roadmap.areas[$0].name[language] } ?? id
    }

    func phase(_ id: String) -> String {
        roadmap.meta.phases.first { sameID($0.id, id) }?.label[language] ?? id
    }

    func horizon(_ id: String) -> String {
        roadmap.strategy?.horizons.first { sameID($0.id, id) }?.name[language] ?? id
    }

    /// The name of whatever the id names, when it names something: for the free-form parts of
    /// the document, which refer to councils and teams by id without saying which.
    func anything(_ id: String) -> String? {
        if let council = roadmap.councils.first(where: { sameID($0.id, id) }) { return council.name[language] }
        if let t = scheduled.teamIndex[id] { return roadmap.teams[t].name[language] }
        if let a = scheduled.areaIndex[id] { return roadmap.areas[a].name[language] }
        if let s = roadmap.subcommittees.first(where: { sameID($0.id, id) }) { return s.name[language] }
        if let p = roadmap.principles.first(where: { sameID($0.id, id) }) { return p.name[language] }
        if let h = roadmap.strategy?.horizons.first(where: { sameID($0.id, id) }) { return h.name[language] }
        return nil
    }

    /// A note of the file with the ids it mentions ("see canadian-data-exchange") replaced by
    /// the quoted names. Only ids with a hyphen are taken for ids: a one-word id ("research")
    /// is also a word of the note's language. One pass over the text, each word looked up.
    func withNames(_ text: String) -> String {
        guard text.contains("-") else { return text }
        var result = ""
        var word = ""
        func flush() {
            if word.contains("-"), let name = name(ofID: word) {
                result += language == .fr ? "« \(name) »" : "“\(name)”"
            } else {
                result += word
            }
            word = ""
        }
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber || character == "-") {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private func name(ofID id: String) -> String? {
        if let a = scheduled.activityIndex[id] { return roadmap.activities[a].name[language] }
        if let group = roadmap.workingGroups.first(where: { sameID($0.id, id) }) { return group.name[language] }
        return anything(id)
    }
}

/// Turns an imported plan into a roadmap and validates it through the normal path. Whatever
/// the file does not state — the roles, a default role or status, the periods, an area for tasks
/// outside any, a team's role — is made here and marked inferred, with a note saying why, as
/// the shipped roadmap marks its own readings. Every finding, the validator's included, points
/// at the task's (or the link's) place in the imported file.
public enum ImportBuilder {
    /// The role an activity gets when the file names none.
    static let defaultRole = "CE"

    public static func build(_ plan: ImportedPlan, options: ImportOptions) -> LoadResult {
        var findings = plan.diagnostics
        guard !findings.contains(where: \.isError) else { return .invalid(findings) }
        let tasks = adoptingCodes(plan.tasks)
        guard !tasks.isEmpty else {
            findings.append(Diagnostic(.error, at: .document, "the file has no task: nothing to import", line: 1))
            return .invalid(findings)
        }
        func field(_ task: ImportedTask, _ name: String) -> DataLocation {
            switch plan.format {
            case .csv: return .named("column \"\(name)\"")
            case .msproject: return .named(task.label.isEmpty ? name : "\(task.label) \(name)")
            }
        }
        func error(_ task: ImportedTask, _ name: String, _ message: String) {
            findings.append(Diagnostic(.error, at: field(task, name), message, line: task.place.line, column: task.place.column))
        }
        // Once per area or team: the first name stays, and the row that says otherwise is named.
        var namedTwice: Set<String> = []
        func differentName(_ task: ImportedTask, _ what: String, _ id: String, _ kept: LocalizedText, _ other: LocalizedText) {
            guard namedTwice.insert(what + " " + id).inserted else { return }
            findings.append(Diagnostic(.warning, at: field(task, what + "_name"),
                                       "the \(what) \(id) is named \"\(Sanitized.inline(other.en))\" here and \"\(Sanitized.inline(kept.en))\" on an earlier row; the first name is kept",
                                       line: task.place.line, column: task.place.column))
        }

        // Activity ids: the file's own where it states them (each checked, and unique), made
        // from the key otherwise.
        var ids = ImportIdentifiers(fallback: "task")
        // By bytes, as every id of the format is compared (`sameID`), and hashed eight bytes at
        // a time rather than by the standard library's SipHash (perf).
        var idOfKey = IDIndex(capacity: tasks.count)
        var isFirstOfKey: [Bool] = []
        isFirstOfKey.reserveCapacity(tasks.count)
        for i in tasks.indices {
            // By index, each field read in place: `enumerated()` copied every task (perf). One
            // hash per key: the first row with it keeps it.
            let key = tasks[i].key
            let earlier = idOfKey.insert(key, at: i)
            isFirstOfKey.append(earlier == nil)
            if let id = tasks[i].id {
                if let problem = IDRule.id.problem(id) {
                    error(tasks[i], "id", problem)
                } else if let earlier {
                    error(tasks[i], "id", "\"\(Sanitized.inline(id))\" is the id of an earlier row (line \(tasks[earlier].place.line))")
                }
                ids.reserve(id)
            } else if let earlier {
                error(tasks[i], "UID", "UID \(Sanitized.inline(key)) is the UID of an earlier task (line \(tasks[earlier].place.line))")
            }
        }
        var activityIDs: [String] = []
        activityIDs.reserveCapacity(tasks.count)
        func isPlainUID(_ key: String) -> Bool {
            !key.isEmpty && key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && key.utf8.count < 19
        }
        for i in tasks.indices where tasks[i].id == nil && isPlainUID(tasks[i].key) { ids.reserve("task-" + tasks[i].key) }
        for i in tasks.indices {
            if let id = tasks[i].id {
                activityIDs.append(id)
            } else if isPlainUID(tasks[i].key), isFirstOfKey[i] {
                // An MS Project UID, unique and all digits: the id as it is, without a slug.
                activityIDs.append("task-" + tasks[i].key)
            } else {
                activityIDs.append(ids.make(from: "task-" + tasks[i].key))
            }
        }

        // Areas and teams from the names the tasks use, in the order of first use.
        var areaIDs = ImportIdentifiers(fallback: "area")
        var areas: [AreaOfInterest] = []
        // Each area (and team) by its name, which reads the same however its accents are
        // written; in front, the same by the name's bytes, which the rows repeat: hashing a
        // name with accents as text normalizes it first, two lookups a row (perf).
        var areaOfName: [String: Int] = [:], areaOfBytes = IDIndex()
        func known(_ key: String, _ exact: inout IDIndex, _ named: [String: Int]) -> Int? {
            if let k = exact[key] { return k }
            guard let k = named[key] else { return nil }
            exact.insert(key, at: k)
            return k
        }
        var teamIDs = ImportIdentifiers(fallback: "team")
        // The file's own codes first, so that an id made from a name never takes one.
        let areaCodes = usableCodes(tasks.indices.map { tasks[$0].areaCode }), teamCodes = usableCodes(tasks.indices.map { tasks[$0].teamCode })
        areaCodes.forEach { areaIDs.reserve($0) }
        teamCodes.forEach { teamIDs.reserve($0) }
        var defaultArea: String?
        var teams: [TaskTeam] = []
        var teamOfName: [String: Int] = [:], teamOfBytes = IDIndex()
        // The task that first names each area and team, for a finding located at one. Every
        // row is an activity once the rows are without error, which the validation waits for.
        var firstTaskOfArea: [Int] = [], firstTaskOfTeam: [Int] = []
        var teamRoles: [[String: Int]] = []
        // What the file states of each team (the CSV export's team_role and team_status).
        var teamStated: [(role: String?, status: TaskTeam.Status?)] = []
        var activities: [Activity] = []
        activities.reserveCapacity(tasks.count)
        var withoutRole: [Int] = [], withoutStatus: [Int] = []
        for i in tasks.indices {
            // `tasks[i]` each time, not a local copy of the row: the copy retained and
            // released each of its strings (perf). Its export columns once: each read of
            // `exported` makes them anew from their box.
            let exported = tasks[i].exported
            var inferred: [String] = []
            var notes: [LocalizedText] = []
            let areaID: String
            if let name = tasks[i].area {
                let code = tasks[i].areaCode.flatMap { areaCodes.contains($0) ? $0 : nil }
                if let k = known(code ?? name, &areaOfBytes, areaOfName) {
                    areaID = areas[k].id
                    if let names = exported?.areaNames, areas[k].name != names {
                        differentName(tasks[i], "area", areaID, areas[k].name, names)
                    }
                } else {
                    areaID = code ?? areaIDs.make(from: name)
                    areaOfName[code ?? name] = areas.count
                    areaOfBytes.insert(code ?? name, at: areas.count)
                    areas.append(AreaOfInterest(id: areaID, name: exported?.areaNames ?? LocalizedText(name)))
                    firstTaskOfArea.append(i)
                }
            } else {
                if defaultArea == nil {
                    let id = areaIDs.make(from: "plan")
                    defaultArea = id
                    areas.append(AreaOfInterest(
                        id: id, name: LocalizedText(fr: "Toutes les activités", en: "All activities"),
                        provenance: Provenance(source: .inferred, note: LocalizedText(
                            fr: "Le fichier importé ne groupe pas ses tâches : un seul domaine les réunit.",
                            en: "The imported file does not group its tasks: one area holds them all."))))
                    firstTaskOfArea.append(i)
                }
                areaID = defaultArea!
                inferred.append("area")
            }
            let role: String
            if let printed = exported?.roleAsPrinted, !printed.isEmpty, tasks[i].role.map({ $0.isEmpty || sameRole($0, printed) }) ?? true {
                // Br where the role column says Int: the code the roadmap printed.
                role = printed
            } else if let stated = tasks[i].role, !stated.isEmpty {
                if let printed = exported?.roleAsPrinted, !printed.isEmpty {
                    findings.append(Diagnostic(.warning, at: field(tasks[i], "role_as_printed"),
                                               "\"\(Sanitized.inline(printed))\" is not the role \"\(Sanitized.inline(stated))\" of the role column, which is taken",
                                               line: tasks[i].place.line, column: tasks[i].place.column))
                }
                role = stated
            } else {
                role = defaultRole
                inferred.append("role")
                withoutRole.append(i)
            }
            var status = Activity.Status.new
            if let stated = tasks[i].status, !stated.isEmpty {
                if let known = statusOf(stated) {
                    status = known
                } else {
                    error(tasks[i], "status", "unknown status \"\(Sanitized.inline(stated))\"; the statuses are new and ongoing (nouvelle, en cours)")
                }
            } else {
                inferred.append("status")
                withoutStatus.append(i)
            }
            var teamID: String?
            if let name = tasks[i].team, !name.isEmpty {
                let code = tasks[i].teamCode.flatMap { teamCodes.contains($0) ? $0 : nil }
                let t: Int
                if let k = known(code ?? name, &teamOfBytes, teamOfName) {
                    t = k
                    if let names = exported?.teamNames, teams[t].name != names { differentName(tasks[i], "team", teams[t].id, teams[t].name, names) }
                } else {
                    t = teams.count
                    teamOfName[code ?? name] = t
                    teamOfBytes.insert(code ?? name, at: t)
                    teams.append(TaskTeam(id: code ?? teamIDs.make(from: name), name: exported?.teamNames ?? LocalizedText(name), role: ""))
                    firstTaskOfTeam.append(i)
                    teamRoles.append([:])
                    var status: TaskTeam.Status?
                    if let stated = exported?.teamStatus {
                        status = TaskTeam.Status(rawValue: stated.lowercased())
                        if status == nil { error(tasks[i], "team_status", "unknown team status \"\(Sanitized.inline(stated))\"; the statuses are existing, new and external") }
                    }
                    teamStated.append((exported?.teamRole.flatMap { $0.isEmpty ? nil : $0 }, status))
                }
                teamID = teams[t].id
                teamRoles[t][role, default: 0] += 1
            }
            guard let start = tasks[i].start, let stated = tasks[i].finish ?? (tasks[i].isMilestone ? tasks[i].start : nil) else {
                error(tasks[i], tasks[i].start == nil ? "start" : "finish", "the task has no \(tasks[i].start == nil ? "start" : "finish") date; every activity needs both")
                continue
            }
            var finish = stated
            if tasks[i].isMilestone {
                finish = start
                inferred.append("finish")
                notes.append(LocalizedText(fr: "Un jalon (sans durée) dans le fichier : une activité d’un mois ici.",
                                           en: "A milestone (no duration) in the file: a one-month activity here."))
            } else if finish < start {
                error(tasks[i], "finish", "finishes \(finish), before it starts (\(start))")
                continue
            }
            let name = tasks[i].name ?? LocalizedText("")
            if name.isEmpty { error(tasks[i], "name", "the task has no name") }
            var activity = Activity(id: activityIDs[i], name: name, area: areaID, role: role, status: status, team: teamID, start: start, finish: finish)
            activity.provenance = exported?.provenance ?? .seed
            applyProgress(tasks[i], to: &activity, inferred: &inferred, notes: &notes)
            if !inferred.isEmpty {
                notes.insert(missingNote(inferred.filter { $0 != "finish" }, role: defaultRole), at: 0)
                let note = joined(notes)
                let stated = activity.provenance
                activity.provenance.source = .inferred
                // An object the file says is inferred as a whole stays so; otherwise the fields
                // made here join those the file names.
                if !(stated.isInferred && stated.inferredFields.isEmpty) {
                    activity.provenance.inferredFields += inferred.filter { !stated.inferredFields.contains($0) }
                }
                activity.provenance.note = stated.note.map { joined([$0, note]) } ?? note
            }
            if let said = tasks[i].provenance, !said.isEmpty, said.lowercased() != "seed" {
                // The file marks the task as an inference of its own (a roadmap exported before).
                activity.provenance.source = .inferred
                let note = LocalizedText(said)
                activity.provenance.note = activity.provenance.note.map { joined([note, $0]) } ?? note
            }
            activities.append(activity)
        }
        if let first = withoutRole.first {
            findings.append(Diagnostic(.warning, at: field(tasks[first], plan.format == .csv ? "role" : "Role"),
                                       "\(count(withoutRole.count, "task")) without a role (the first on line \(tasks[first].place.line)): \(defaultRole) by default, marked inferred",
                                       line: tasks[first].place.line, column: tasks[first].place.column))
        }
        if let first = withoutStatus.first {
            findings.append(Diagnostic(.warning, at: field(tasks[first], plan.format == .csv ? "status" : "Status"),
                                       "\(count(withoutStatus.count, "task")) without a status (the first on line \(tasks[first].place.line)): new by default, marked inferred",
                                       line: tasks[first].place.line, column: tasks[first].place.column))
        }
        for t in teams.indices {
            // The role the team's activities play most (the first named on a tie).
            let roles = teamRoles[t]
            let best = roles.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? defaultRole
            let stated = teamStated[t]
            teams[t].role = stated.role ?? best
            teams[t].roleAsWritten = teams[t].role
            teams[t].status = stated.status ?? .new
            switch (stated.role, stated.status) {
            case (nil, nil):
                teams[t].provenance = Provenance(source: .inferred, note: LocalizedText(
                    fr: "Équipe faite d’une ressource du fichier importé : son rôle est celui que jouent le plus ses activités, son statut « nouvelle » par défaut.",
                    en: "A team made from a resource of the imported file: its role is the one its activities play most, its status new by default."),
                    inferredFields: ["role", "status"])
            case (nil, _?):
                teams[t].provenance = Provenance(source: .inferred, note: LocalizedText(
                    fr: "Le fichier importé ne donne pas le rôle de l’équipe : celui que jouent le plus ses activités.",
                    en: "The imported file does not give the team's role: the one its activities play most."), inferredFields: ["role"])
            case (_?, nil):
                teams[t].provenance = Provenance(source: .inferred, note: LocalizedText(
                    fr: "Le fichier importé ne donne pas le statut de l’équipe : « nouvelle » par défaut.",
                    en: "The imported file does not give the team's status: new by default."), inferredFields: ["status"])
            case (_?, _?):
                break
            }
        }

        var dependencies: [Dependency] = []
        var linkPlaces: [(task: Int, place: SourcePlace)] = []
        // Read once: `tasks[p].isMilestone` on every link copied the whole task (perf).
        var isMilestone: [Bool] = []
        isMilestone.reserveCapacity(tasks.count)
        for i in tasks.indices { isMilestone.append(tasks[i].isMilestone) }
        for i in tasks.indices {
            for link in tasks[i].links {
                guard let p = idOfKey[link.predecessor] else {
                    findings.append(Diagnostic(.error, at: field(tasks[i], plan.format == .csv ? "predecessors" : "PredecessorLink"),
                                               "no task \(plan.format == .csv ? "has the id" : "has the UID") \"\(Sanitized.inline(link.predecessor))\"",
                                               line: link.place.line, column: link.place.column))
                    continue
                }
                // The readers take any lag a file writes (MS Project's in tenths of a minute); a
                // roadmap holds it only within the format's bound, which every command reads.
                guard Dependency.lagRange.contains(link.lag) else {
                    findings.append(Diagnostic(.error, at: field(tasks[i], plan.format == .csv ? "predecessors" : "LinkLag"),
                                               "a lag of \(link.lag) months is out of range (\(Dependency.lagRange.lowerBound) to \(Dependency.lagRange.upperBound))",
                                               line: link.place.line, column: link.place.column))
                    continue
                }
                var dependency = Dependency(from: activityIDs[p], to: activityIDs[i], type: link.type, lag: link.lag, provenance: link.provenance ?? .seed)
                var notes: [LocalizedText] = [], fields: [String] = []
                if let note = link.lagNote {
                    notes.append(note)
                    fields.append("lag")
                }
                // A milestone is an instant in the file and a month here: a link from its
                // finish would wait for the month to end, where the file's successor may
                // start at once. Its finish is its start, so the link is from its start.
                if link.type == .FS || link.type == .FF, isMilestone[p] {
                    dependency.type = link.type == .FS ? .SS : .SF
                    notes.append(LocalizedText(
                        fr: "Lien depuis un jalon, sans durée dans le fichier : sa fin est son début, d’où \(dependency.type.rawValue) pour \(link.type.rawValue) (le jalon est ici une activité d’un mois).",
                        en: "A link from a milestone, which has no length in the file: its finish is its start, hence \(dependency.type.rawValue) for \(link.type.rawValue) (the milestone is a one-month activity here)."))
                    fields.append("type")
                }
                if !notes.isEmpty { dependency.provenance = Provenance(source: .inferred, note: joined(notes), inferredFields: fields) }
                dependencies.append(dependency)
                linkPlaces.append((i, link.place))
            }
        }
        guard !findings.contains(where: \.isError) else { return .invalid(findings) }

        // Read in place: a map over the activities would copy each one.
        var first = activities[0].start, last = activities[0].finish
        for i in activities.indices {
            first = min(first, activities[i].start)
            last = max(last, activities[i].finish)
        }
        let length = max(1, options.periodMonths)
        let periodCount = (last - first) / length + 1
        // The format's months stop at 9999-12: the last period stops there too.
        let lastMonth = Month(year: 9999, month: 12)!
        let end = Month(ordinal: min(first.ordinal + periodCount * length - 1, lastMonth.ordinal))
        var periods: [Period] = []
        for k in 0..<periodCount {
            let periodStart = Month(ordinal: first.ordinal + k * length)
            let periodFinish = Month(ordinal: min(periodStart.ordinal + length - 1, end.ordinal))
            periods.append(Period(
                id: "p\(k + 1)", label: LocalizedText(fr: "Période \(k + 1)", en: "Period \(k + 1)"), start: periodStart, finish: periodFinish,
                provenance: Provenance(source: .inferred, note: LocalizedText(
                    fr: "Le fichier importé n’a pas de périodes : des périodes de \(length) mois depuis le premier mois.",
                    en: "The imported file has no periods: periods of \(length) months from the first month."))))
        }
        let fileTitle = plan.title.flatMap { $0.isEmpty ? nil : $0 }
        var meta = Meta(title: LocalizedText(fileTitle ?? options.fileName),
                        source: LocalizedText(fr: "Importé de \(options.fileName) (\(plan.format.name))",
                                              en: "Imported from \(options.fileName) (\(plan.format.name))"),
                        timeline: Timeline(start: first, finish: end), periods: periods)
        if fileTitle == nil {
            meta.titleNote = LocalizedText(fr: "Le fichier ne donne pas de titre : celui-ci est son nom.",
                                           en: "The file gives no title: this is its name.")
        }
        switch options.language {
        case .fr?:
            meta.languageNote = LocalizedText(fr: "Les noms sont ceux du fichier, en français ; l’anglais les répète sans traduction.",
                                              en: "The names are the file's, in French; the English repeats them untranslated.")
        case .en?:
            meta.languageNote = LocalizedText(fr: "Les noms sont ceux du fichier, en anglais ; le français les répète sans traduction.",
                                              en: "The names are the file's, in English; the French repeats them untranslated.")
        case nil:
            meta.languageNote = LocalizedText(fr: "Les noms sont ceux du fichier, dans sa langue ; les deux langues les montrent sans traduction.",
                                              en: "The names are the file's, in its language; both languages show them untranslated.")
        }
        let statusDate = statusDate(plan, activities, tasks, meta: &meta, findings: &findings)
        // Moved, not shared: the validator writes the canonical role into an activity (Int for
        // Br), and an array the builder still held would be copied whole for it (perf).
        var roadmap = Roadmap(meta: meta, roles: roles, areas: areas, teams: teams, activities: consume activities, dependencies: dependencies)
        roadmap.statusDate = statusDate

        // The validator's findings name an element of the roadmap; say where it is in the file.
        let checked = Validator.check(consume roadmap, structureIsComplete: true)
        for var finding in checked.findings {
            var place: SourcePlace?
            if let index = finding.location.index {
                switch finding.location.list {
                case "activities": place = tasks[index].place
                case "dependencies": place = linkPlaces[index].place
                case "areas": place = tasks[firstTaskOfArea[index]].place
                case "teams": place = tasks[firstTaskOfTeam[index]].place
                default: break
                }
            }
            if let place {
                finding.line = place.line
                finding.column = place.column
            }
            findings.append(finding)
        }
        guard var validated = checked.validated else { return .invalid(findings) }
        validated.warnings = findings
        return .valid(validated)
    }

    /// The tasks with their file's own code as their id where that code is a roadmap id, is not
    /// a bare outline number, names no other task, and cannot be taken for a made id
    /// (`task-12`): MS Project's WBS of a roadmap exported before is the activity's id, while
    /// an outline's "1.2" keeps the id made from the stable UID.
    static func adoptingCodes(_ tasks: [ImportedTask]) -> [ImportedTask] {
        guard tasks.contains(where: { $0.code != nil && $0.id == nil }) else { return tasks }
        var uses: [String: Int] = [:]
        for i in tasks.indices {
            if let code = tasks[i].code { uses[code, default: 0] += 1 }
            if let id = tasks[i].id { uses[id, default: 0] += 1 }
        }
        var result = tasks
        for i in result.indices where result[i].id == nil {
            guard let code = result[i].code, uses[code] == 1, IDRule.id.problem(code) == nil,
                  !code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D }),
                  !(code.hasPrefix("task-") && code.utf8.dropFirst(5).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            result[i].id = code
        }
        return result
    }

    /// The codes (of areas, of teams) that are roadmap ids, which they then keep.
    static func usableCodes(_ codes: [String?]) -> Set<String> {
        var usable: Set<String> = []
        for case let code? in codes where !usable.contains(code) && IDRule.id.problem(code) == nil { usable.insert(code) }
        return usable
    }

    /// The four roles of the roadmap format, which an imported file does not define.
    static let roles: [Role] = {
        let note = Provenance(source: .inferred, note: LocalizedText(
            fr: "Le fichier importé ne définit pas de rôles : ce sont les quatre de la feuille de route.",
            en: "The imported file defines no roles: these are the roadmap's four."))
        return [
            Role(id: "CE", name: LocalizedText(fr: "Centre d’excellence", en: "Centre of Excellence"), provenance: note),
            Role(id: "Pr", name: LocalizedText(fr: "Promoteur", en: "Promoter"), provenance: note),
            Role(id: "Int", name: LocalizedText(fr: "Intermédiaire", en: "Broker"), aliases: ["Br"], provenance: note),
            Role(id: "In", name: LocalizedText(fr: "Incubateur", en: "Incubator"), provenance: note),
        ]
    }()

    /// Whether two codes name the same role of the four (`Int` and `Br`), case aside.
    static func sameRole(_ a: String, _ b: String) -> Bool {
        func role(_ code: String) -> String? {
            roles.first { ([$0.id] + $0.aliases).contains { $0.lowercased() == code.lowercased() } }?.id
        }
        return a.lowercased() == b.lowercased() || (role(a) != nil && role(a) == role(b))
    }

    static func statusOf(_ text: String) -> Activity.Status? {
        switch text.lowercased() {
        case "new", "nouvelle", "nouveau", "nouvelles activités", "new activities": return .new
        case "ongoing", "en cours", "activités en cours", "ongoing activities": return .ongoing
        default: return nil
        }
    }

    private static func missingNote(_ fields: [String], role: String) -> LocalizedText {
        guard !fields.isEmpty else { return LocalizedText("") }
        var fr: [String] = [], en: [String] = []
        for field in fields {
            switch field {
            case "area": fr.append("le domaine (un seul pour tout le fichier)"); en.append("the area (one for the whole file)")
            case "role": fr.append("le rôle (\(role) par défaut)"); en.append("the role (\(role) by default)")
            case "status": fr.append("le statut (nouvelle par défaut)"); en.append("the status (new by default)")
            default: break  // the progress fields say their own note (ImportBuilder+Progress)
            }
        }
        guard !fr.isEmpty else { return LocalizedText("") }
        return LocalizedText(fr: "Le fichier importé ne donne pas " + fr.joined(separator: ", ") + ".",
                             en: "The imported file does not give " + en.joined(separator: ", ") + ".")
    }

    private static func joined(_ notes: [LocalizedText]) -> LocalizedText {
        let kept = notes.filter { !$0.isEmpty }
        return LocalizedText(fr: kept.map(\.fr).joined(separator: " "), en: kept.map(\.en).joined(separator: " "))
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

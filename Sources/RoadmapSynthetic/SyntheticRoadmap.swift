import RoadmapModel

/// Roadmaps made up for measuring and testing: as many activities as asked, in the same format
/// as the real one, and always the same roadmap for the same options (a seeded SplitMix64,
/// never the system generator).
///
/// The `network` shape draws about `dependenciesPerActivity` predecessors for each activity,
/// only among the activities before it, so the graph has no cycle; the planned dates follow
/// the dependencies (with some slack), so that the file loads without a warning — unless
/// `slips` asks for a share of activities planned a month or two too early, which the
/// validator then reports. The `chain` shape is one long chain, for the deep-chain tests: the
/// schedule must not recurse.
///
/// Real files are not shaped like the generator's default output, and the last review found a
/// crash and a quadratic stall on shapes it never produced; the other options make those shapes
/// (see `SyntheticProfile` for the named combinations `roadmap bench` measures): activities
/// whose role differs from their team's (a validation warning each), small teams (many teams),
/// one activity with a huge number of predecessors (fan-in), long names in several scripts, and
/// the file written minified, on one line, as most programs write JSON.
public enum SyntheticRoadmap {
    public enum Shape: String, CaseIterable, Sendable { case network, chain }

    /// How the names read: short ASCII-and-accents phrases, or long ones mixing accents, CJK,
    /// emoji (flags, ZWJ sequences) and combining marks.
    public enum Names: String, CaseIterable, Sendable { case short, long }

    /// How the file is laid out: one member per line, or everything on one line.
    public enum Layout: String, CaseIterable, Sendable { case pretty, minified }

    public struct Options: Sendable {
        public var activities: Int
        public var seed: UInt64
        public var dependenciesPerActivity: Double
        public var shape: Shape
        /// The share of activities planned too early for their dependencies (0 to 1).
        public var slips: Double
        /// The share of activities whose role differs from their team's (0 to 1): each is a
        /// validation warning, as seven of the shipped roadmap's activities are.
        public var roleWarnings: Double
        /// Activities per task team, when given: one team per that many activities, with no
        /// cap. Otherwise one team per 25 activities, at most 5,000 teams.
        public var activitiesPerTeam: Int?
        /// When positive, the last activity depends on this many earlier ones (at most all of
        /// them), finish-to-start: the wide fan-in of a final milestone.
        public var fanIn: Int
        public var names: Names
        public var layout: Layout
        /// Whether to make up progress as of a status date two fifths into the timeline
        /// (`SyntheticProgress`): work planned before it finished or under way, some behind.
        public var progress = false

        public init(activities: Int, seed: UInt64 = 1, dependenciesPerActivity: Double = 1.5, shape: Shape = .network, slips: Double = 0,
                    roleWarnings: Double = 0, activitiesPerTeam: Int? = nil, fanIn: Int = 0, names: Names = .short, layout: Layout = .pretty) {
            self.activities = activities
            self.seed = seed
            self.dependenciesPerActivity = dependenciesPerActivity
            self.shape = shape
            self.slips = slips
            self.roleWarnings = roleWarnings
            self.activitiesPerTeam = activitiesPerTeam
            self.fanIn = fanIn
            self.names = names
            self.layout = layout
        }
    }

    /// The first month of every synthetic timeline: the shipped roadmap's.
    public static let timelineStart = Month(year: 2016, month: 10)!
    /// The last month a synthetic plan may reach: the format's months stop at 9999-12.
    static let lastMonth = Month(year: 9999, month: 12)!

    public static func make(_ options: Options) -> Roadmap {
        var random = SplitMix64(seed: options.seed)
        let n = max(0, options.activities)

        let roles = [
            Role(id: "CE", name: LocalizedText(fr: "Centre d’excellence", en: "Centre of Excellence")),
            Role(id: "Pr", name: LocalizedText(fr: "Promoteur", en: "Promoter")),
            Role(id: "Int", name: LocalizedText(fr: "Intermédiaire", en: "Broker"), aliases: ["Br"]),
            Role(id: "In", name: LocalizedText(fr: "Incubateur", en: "Incubator")),
        ]
        let subcommittees = (1...3).map {
            Subcommittee(id: "sc-\($0)", name: LocalizedText(fr: "Sous-comité \($0)", en: "Sub-committee \($0)"))
        }
        let areaCount = min(60, max(3, n / 2_000))
        let areas = (0..<areaCount).map { k in
            AreaOfInterest(id: "area-\(k + 1)", name: LocalizedText(fr: "Domaine \(k + 1) : " + frenchTopics[k % frenchTopics.count],
                                                                 en: "Area \(k + 1): " + englishTopics[k % englishTopics.count]))
        }
        let teamCount = options.activitiesPerTeam.map { max(2, n / max(1, $0)) } ?? min(5_000, max(2, n / 25))
        var teams: [TaskTeam] = []
        teams.reserveCapacity(teamCount)
        for k in 0..<teamCount {
            teams.append(TaskTeam(
                id: "team-\(k + 1)",
                name: LocalizedText(fr: "Équipe spéciale \(k + 1)", en: "Task team \(k + 1)"),
                role: roles[k % roles.count].id,
                subcommittee: k % 4 == 3 ? nil : subcommittees[k % subcommittees.count].id,
                status: TaskTeam.allStatuses[k % 3]))
        }

        // Dates as offsets from the timeline's start, as the schedule counts them.
        var start = [Int](repeating: 0, count: n)
        var duration = [Int](repeating: 1, count: n)
        var early = [Int](repeating: 0, count: n) // what the schedule will find
        var dependencies: [Dependency] = []
        dependencies.reserveCapacity(Int(Double(n) * max(0, options.dependenciesPerActivity)) + 16)
        var links: [(from: Int, type: Dependency.Kind, lag: Int)] = []
        let id: (Int) -> String = { "a\($0 + 1)" }

        switch options.shape {
        case .network:
            let whole = Int(max(0, options.dependenciesPerActivity))
            let fraction = max(0, options.dependenciesPerActivity) - Double(whole)
            let fanIn = min(max(0, options.fanIn), n - 1)
            for i in 0..<n {
                duration[i] = 1 + random.next(below: 12)
                links.removeAll(keepingCapacity: true)
                if fanIn > 0, i == n - 1 {
                    // The final milestone waits for `fanIn` earlier activities spread evenly
                    // over the file (distinct by construction, no search for duplicates).
                    for k in 0..<fanIn { links.append((from: k * i / fanIn, type: .FS, lag: 0)) }
                }
                let wanted = links.isEmpty ? min(i, whole + (random.chance(fraction) ? 1 : 0)) : 0
                var attempts = 0
                while links.count < wanted, attempts < 4 * wanted {
                    attempts += 1
                    let from = random.next(below: i)
                    if links.contains(where: { $0.from == from }) { continue }
                    let roll = random.next(below: 100)
                    let type: Dependency.Kind = roll < 70 ? .FS : roll < 82 ? .SS : roll < 94 ? .FF : .SF
                    let lag = random.chance(0.8) ? 0 : random.int(in: -2...3)
                    links.append((from, type, lag))
                }
                var earliest = 0
                for link in links {
                    earliest = max(earliest, constraint(link.type, lag: link.lag, predecessorStart: early[link.from],
                                                        predecessorDuration: duration[link.from], duration: duration[i]))
                }
                var planned = earliest + (random.chance(0.6) ? 0 : random.int(in: 1...4))
                if earliest >= 2, random.chance(options.slips) { planned = earliest - random.int(in: 1...2) }
                start[i] = planned
                early[i] = max(planned, earliest)
                for link in links {
                    dependencies.append(Dependency(from: id(link.from), to: id(i), type: link.type, lag: link.lag))
                }
            }
        case .chain:
            // Finish-to-start while the chain fits the calendar; beyond, start-to-start links
            // that move one month every `step` activities.
            let fitsFinishToStart = n * 3 < lastMonth - timelineStart - 24
            let step = max(1, (n + 59_999) / 60_000)
            for i in 0..<n {
                duration[i] = 1 + random.next(below: 3)
                guard i > 0 else { continue }
                let type: Dependency.Kind = fitsFinishToStart ? .FS : .SS
                let lag = fitsFinishToStart ? 0 : (i % step == 0 ? 1 : 0)
                start[i] = constraint(type, lag: lag, predecessorStart: start[i - 1], predecessorDuration: duration[i - 1], duration: duration[i])
                early[i] = start[i]
                dependencies.append(Dependency(from: id(i - 1), to: id(i), type: type, lag: lag))
            }
        }

        var lastOffset = 0
        for i in 0..<n { lastOffset = max(lastOffset, start[i] + duration[i] - 1, early[i] + duration[i] - 1) }
        // Six-month periods, the timeline ending with the last one.
        let periodCount = lastOffset / 6 + 1
        let timeline = Timeline(start: timelineStart, finish: timelineStart + (periodCount * 6 - 1))
        let periods = (0..<periodCount).map { k in
            Period(id: "P\(k + 1)", label: LocalizedText(fr: "Période \(k + 1)", en: "Period \(k + 1)"),
                   start: timelineStart + k * 6, finish: timelineStart + (k * 6 + 5))
        }

        var activities: [Activity] = []
        activities.reserveCapacity(n)
        for i in 0..<n {
            let area = random.next(below: areaCount)
            let team: Int? = random.chance(0.85) ? random.next(below: teamCount) : nil
            var role = team.map { teams[$0].role } ?? roles[random.next(below: roles.count)].id
            if let team, options.roleWarnings > 0, random.chance(options.roleWarnings) {
                // Any role but the team's: the next one round the list.
                let teamRole = roles.firstIndex { $0.id == teams[team].role } ?? 0
                role = roles[(teamRole + 1 + random.next(below: roles.count - 1)) % roles.count].id
            }
            let verb = random.next(below: frenchVerbs.count), topic = random.next(below: frenchTopics.count)
            let name: LocalizedText
            switch options.names {
            case .short:
                name = LocalizedText(fr: frenchVerbs[verb] + " " + frenchTopics[topic] + " (\(i + 1))",
                                     en: englishVerbs[verb] + " " + englishTopics[topic] + " (\(i + 1))")
            case .long:
                name = SyntheticNames.long(verb: verb, topic: topic, number: i + 1, random: &random)
            }
            var activity = Activity(
                id: id(i),
                name: name,
                area: areas[area].id, role: role, status: random.chance(0.6) ? .new : .ongoing,
                team: team.map { teams[$0].id },
                start: timelineStart + start[i], finish: timelineStart + (start[i] + duration[i] - 1),
                period: periods[start[i] / 6].id)
            // The file may write the broker role by its alias; the loader resolves it.
            if role == "Int", random.chance(0.5) { activity.roleAsWritten = "Br" }
            if random.chance(0.05) {
                activity.provenance = Provenance(source: .inferred, note: LocalizedText(fr: "dates déduites", en: "dates inferred"),
                                                 inferredFields: ["start", "finish"])
            }
            activities.append(activity)
        }

        if options.progress {
            SyntheticProgress.add(to: &activities, dependencies: dependencies, timeline: timeline, seed: options.seed)
        }

        let groupCount = min(200, max(1, n / 100))
        let workingGroups = (0..<groupCount).map { k in
            WorkingGroup(id: "wg-\(k + 1)", name: LocalizedText("Working group \(k + 1)"), council: "cio",
                         disposition: WorkingGroup.Disposition.allCases[k % 4],
                         becomes: k % 2 == 0 ? teams[k % teamCount].id : nil)
        }
        var meta = Meta(title: LocalizedText(fr: "Feuille de route synthétique (\(n) activités)", en: "Synthetic roadmap (\(n) activities)"),
                        status: LocalizedText(fr: "Générée, graine \(options.seed)", en: "Generated, seed \(options.seed)"),
                        timeline: timeline, periods: periods)
        if options.progress { SyntheticProgress.describe(&meta, seed: options.seed) }
        var roadmap = Roadmap(
            meta: meta,
            principles: [
                Principle(id: "digital-by-design", name: LocalizedText(fr: "Conception axée sur le numérique", en: "Digital by design")),
                Principle(id: "open-by-default", name: LocalizedText(fr: "Ouvert par défaut", en: "Open by default")),
            ],
            roles: roles, subcommittees: subcommittees, areas: areas, teams: teams, activities: activities,
            dependencies: dependencies, workingGroups: workingGroups,
            glossary: [GlossaryEntry(term: LocalizedText("Agile"), definition: LocalizedText(fr: "Une méthode.", en: "A method."))])
        if options.progress { roadmap.statusDate = SyntheticProgress.statusDate(timeline) }
        return roadmap
    }

    /// The file's bytes for the options: `make` written by `RoadmapJSON`, minified on request.
    public static func bytes(_ options: Options) -> [UInt8] {
        let pretty = RoadmapJSON.bytes(make(options), layout: .elementPerLine)
        switch options.layout {
        case .pretty: return pretty
        case .minified: return JSONMinifier.minify(pretty)
        }
    }

    /// The earliest start a dependency allows (the schedule's rule, restated here so that the
    /// generator does not depend on the code it is used to test), never before month 0.
    static func constraint(_ type: Dependency.Kind, lag: Int, predecessorStart: Int, predecessorDuration: Int, duration: Int) -> Int {
        let value: Int
        switch type {
        case .FS: value = predecessorStart + predecessorDuration + lag
        case .SS: value = predecessorStart + lag
        case .FF: value = predecessorStart + predecessorDuration + lag - duration
        case .SF: value = predecessorStart + lag - duration
        }
        return max(0, value)
    }

    static let frenchVerbs = ["Mettre en œuvre", "Définir", "Évaluer", "Moderniser", "Piloter", "Normaliser", "Consolider", "Faire connaître"]
    static let englishVerbs = ["Implement", "Define", "Assess", "Modernize", "Pilot", "Standardize", "Consolidate", "Socialize"]
    static let frenchTopics = ["la plateforme d’identité", "les données ouvertes", "l’infonuagique", "la cybersécurité",
                               "les services numériques", "l’architecture commune", "les compétences numériques", "l’approvisionnement agile"]
    static let englishTopics = ["the identity platform", "open data", "cloud services", "cyber security",
                                "digital services", "the common architecture", "digital skills", "agile procurement"]
}

extension TaskTeam {
    static let allStatuses: [Status] = [.new, .existing, .external]
}

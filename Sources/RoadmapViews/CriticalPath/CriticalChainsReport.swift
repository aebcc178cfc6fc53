import RoadmapModel

/// What the critical path says, in words: how many activities are critical, how much of that
/// rests on inferred dependencies, the chains that drive the finish (every → a binding
/// dependency), what ends at the finish and the task teams that carry the critical work.
///
/// Built once here for the three places that show it — the critical-path page (and so its
/// text export), `roadmap schedule` and the Markdown export — which differ only in how they
/// name an activity (its name or its id) and lay a block out.
public struct CriticalChainsReport: Sendable {
    public struct Chain: Sendable, Equatable {
        /// "1", "2"… for a chain; "S1", "S2"… for a segment of a network too large to list.
        public var label: String
        public var activities: [Int]
        /// The task teams it runs through, in order, each once in a row (nil: no team).
        public var teams: [Int?]
        /// For a segment: what comes before and after it ("after S1, S2 · then S4").
        public var links: String?
    }

    public enum Block: Sendable, Equatable {
        case heading(String)
        case paragraph(String)
        case chain(Chain)
        /// An activity that ends at the finish, and the chains that reach it.
        case finisher(Int, String)
        /// The teams on the critical path, in the order their critical work starts.
        case teams([Int])
    }

    public let blocks: [Block]
    /// Every chain and chain of one as listed (empty when the network is given as segments).
    public let chains: [Chain]

    /// - Parameter visible: the activities the filters show; a chain is shown when one of its
    ///   activities is. Nil shows everything.
    public init(_ scheduled: ScheduledRoadmap, language: Language, visible: Set<Int>? = nil) {
        let words = Vocabulary(language)
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let roadmap = scheduled.roadmap
        let schedule = scheduled.schedule
        let network = scheduled.criticalNetwork
        let teamOf: (Int) -> Int? = { roadmap.activities[$0].team.flatMap { scheduled.teamIndex[$0] } }
        func shown(_ activities: [Int]) -> Bool { visible.map { set in activities.contains(where: set.contains) } ?? true }
        let finish = words.monthAndYear(schedule.projectFinishMonth)
        var blocks: [Block] = []

        let total = roadmap.activities.count
        let criticalCount = schedule.criticalPath.count
        guard total > 0 else {
            blocks.append(.paragraph(t("La feuille de route n’a aucune activité.", "The roadmap has no activity.")))
            self.blocks = blocks
            self.chains = []
            return
        }
        let one = criticalCount == 1
        blocks.append(.paragraph(t(
            "\(Self.number(criticalCount, language)) activité\(one ? "" : "s") sur \(Self.number(total, language)) \(one ? "est critique" : "sont critiques") (aucune marge) : un mois perdu sur \(one ? "elle" : "l’une d’elles") repousse la fin, \(finish).",
            "\(Self.number(criticalCount, language)) of \(Self.number(total, language)) activities \(one ? "is" : "are") critical (no float): a month lost on \(one ? "it" : "any of them") moves the finish, \(finish).")))
        if let inference = Self.inference(scheduled, words) { blocks.append(.paragraph(inference)) }

        // The chains, or the segments when there are too many to list.
        blocks.append(.heading(t("Enchaînements qui fixent la fin", "Chains that drive the finish")))
        var listed: [Chain] = []
        let count = network.chainCount
        // With progress, what holds the first activity of a chain is also what happened: its
        // actual start, or the status date that work left cannot come before.
        let progress = scheduled.hasProgress
        let held = progress ? t("par son début prévu, son début réel ou la date d’état", "by its planned start, its actual start or the status date")
            : t("par son début prévu", "by its planned start")
        let starts = progress ? t("commence à la date prévue, réelle, ou après la date d’état", "starts when planned, when it actually started, or after the status date")
            : t("commence à la date prévue", "starts when planned")
        if let all = network.chains {
            let long = all.filter { $0.count > 1 }, single = all.filter { $0.count == 1 }
            for (k, chain) in (long + single).enumerated() {
                listed.append(Chain(label: "\(k + 1)", activities: chain, teams: Self.teams(of: chain, teamOf), links: nil))
            }
            blocks.append(.paragraph(t(
                "\(Self.chains(count, language)) : \(count.value == 1 ? "il va" : "chacun va") d’une activité retenue seulement \(held) jusqu’à une activité qui finit à la fin du projet, et chaque → est une dépendance déterminante (elle fixe le début de l’activité suivante).",
                "\(Self.chains(count, language)): \(count.value == 1 ? "it runs" : "each runs") from an activity held only \(held) to one that ends at the finish, and every → is a dependency that binds (it sets the next activity’s start).")))
            let visibleLong = listed.prefix(long.count).filter { shown($0.activities) }
            let visibleSingle = listed.dropFirst(long.count).filter { shown($0.activities) }
            let shownCount = visibleLong.count + visibleSingle.count
            if visible != nil, shownCount < listed.count {
                blocks.append(.paragraph(shownCount == 0
                    ? t("Aucun ne passe par une activité que les filtres montrent.", "None of them runs through an activity the filters show.")
                    : t("Les filtres en montrent \(shownCount) : ceux qui passent par une activité affichée.",
                        "The filters show \(shownCount) of them: those that run through an activity shown.")))
            }
            blocks += visibleLong.map { .chain($0) }
            if !visibleSingle.isEmpty {
                blocks.append(.paragraph(t(
                    "Enchaînements d’une seule activité — des activités critiques qu’aucune dépendance déterminante ne relie à une autre : chacune \(starts) et finit à la fin du projet.",
                    "Chains of one — critical activities that no binding dependency links to another: each \(starts) and ends at the finish.")))
                blocks += visibleSingle.map { .chain($0) }
            }
        } else {
            blocks.append(.paragraph(t(
                "\(Self.chains(count, language)) : trop pour les énumérer ici. Le réseau qu’ils forment est montré en entier à la place, en \(Self.number(network.segments.count, language)) segments : des suites d’activités sans embranchement, où chaque → est une dépendance déterminante. Un enchaînement part d’un segment que rien ne précède, suit « puis » et s’arrête à un segment que rien ne suit.",
                "\(Self.chains(count, language)): too many to list here. The network they form is shown whole instead, as its \(Self.number(network.segments.count, language)) segments: runs of activities without a branch, where every → is a dependency that binds. A chain starts at a segment with nothing before it, follows “then”, and stops at a segment with nothing after it.")))
            for (k, segment) in network.segments.enumerated() where shown(segment.activities) {
                let before = segment.after.isEmpty ? t("rien avant", "nothing before")
                    : t("après ", "after ") + segment.after.map { "S\($0 + 1)" }.joined(separator: ", ")
                let after = segment.then.isEmpty ? t("rien après : finit à la fin du projet", "nothing after: ends at the finish")
                    : t("puis ", "then ") + segment.then.map { "S\($0 + 1)" }.joined(separator: ", ")
                blocks.append(.chain(Chain(label: "S\(k + 1)", activities: segment.activities,
                                           teams: Self.teams(of: segment.activities, teamOf), links: before + " · " + after)))
            }
        }

        // What ends at the finish, and how it is reached.
        blocks.append(.heading(t("Ce qui fixe la fin", "What drives the finish")))
        blocks.append(.paragraph(t("Les activités qui finissent à la fin du projet (\(finish)), et les enchaînements qui y mènent :",
                                   "The activities that end at the finish (\(finish)), and the chains that reach them:")))
        var through: [Int: [Int]] = [:]
        var leadsOn = Set<Int>()
        let finishers = Set(network.finishers)
        for (k, chain) in listed.enumerated() {
            for (position, activity) in chain.activities.enumerated() where finishers.contains(activity) {
                through[activity, default: []].append(k + 1)
                if position < chain.activities.count - 1 { leadsOn.insert(activity) }
            }
        }
        let shownFinishers = network.finishers.filter { visible?.contains($0) ?? true }
        if shownFinishers.isEmpty && !network.finishers.isEmpty {
            blocks.append(.paragraph(t("Aucune n’est parmi les activités que les filtres montrent.", "None of them is among the activities the filters show.")))
        }
        for activity in shownFinishers {
            let text: String
            if network.chains != nil {
                let numbers = through[activity] ?? []
                if numbers.count == 1, listed[numbers[0] - 1].activities.count == 1 {
                    text = t("seule (enchaînement \(numbers[0])) : retenue par ses dates prévues", "alone (chain \(numbers[0])): held by its planned dates")
                } else {
                    text = (numbers.count == 1 ? t("enchaînement ", "chain ") : t("enchaînements ", "chains ")) + Self.ranges(numbers)
                        + (leadsOn.contains(activity) ? t(" (et elle mène plus loin)", " (and it leads on)") : "")
                }
            } else {
                let reaching = network.chainsReaching(activity)
                let segment = network.segment(of: activity).map { "S\($0 + 1)" } ?? "—"
                text = t("\(Self.chains(reaching, language)) y mène\(reaching.value > 1 ? "nt" : ""), par le segment \(segment)",
                         "\(Self.chains(reaching, language)) reach\(reaching.value == 1 ? "es" : "") it, through segment \(segment)")
            }
            blocks.append(.finisher(activity, text))
        }

        blocks.append(.heading(words.teamCriticalPath))
        if scheduled.teams.criticalPath.isEmpty {
            blocks.append(.paragraph(t("Aucune équipe spéciale ne porte d’activité critique.", "No task team carries a critical activity.")))
        } else {
            blocks.append(.paragraph(t("Dans l’ordre où commence leur travail critique ; chaque enchaînement ci-dessus nomme les équipes par lesquelles il passe.",
                                       "In the order their critical work starts; each chain above names the teams it runs through.")))
            blocks.append(.teams(scheduled.teams.criticalPath))
        }
        self.blocks = blocks
        self.chains = listed
    }

    /// What the inferred dependencies change, said against the schedule in the other mode; nil
    /// when the roadmap infers none (the two schedules are then the same).
    static func inference(_ scheduled: ScheduledRoadmap, _ words: Vocabulary) -> String? {
        let language = words.language
        func t(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
        let inferred = scheduled.roadmap.dependencies.lazy.filter(\.provenance.isInferred).count
        guard inferred > 0 else { return nil }
        let other = scheduled.statedOnly(!scheduled.statedOnly)
        let all = scheduled.statedOnly ? other.schedule : scheduled.schedule
        let stated = scheduled.statedOnly ? scheduled.schedule : other.schedule
        let onlyThroughInference = all.criticalPath.filter { !stated.isCritical($0) }.count
        let onlyWithout = stated.criticalPath.filter { !all.isCritical($0) }.count
        let n = { Self.number($0, language) }
        var text: String
        if scheduled.statedOnly {
            text = t("Dépendances énoncées seulement : \(n(scheduled.dependenciesCounted)) sur \(n(scheduled.graph.edges.count)) comptent, les inférées (\(n(inferred))) sont laissées de côté. Avec elles : activités critiques \(n(all.criticalPath.count)), fin \(words.monthAndYear(all.projectFinishMonth)). Critiques seulement par une dépendance inférée : \(n(onlyThroughInference)) sur \(n(all.criticalPath.count)).",
                     "Stated dependencies only: \(n(scheduled.dependenciesCounted)) of \(n(scheduled.graph.edges.count)) count, the inferred ones (\(n(inferred))) are left out. With them: critical activities \(n(all.criticalPath.count)), finish \(words.monthAndYear(all.projectFinishMonth)). Critical only through an inferred dependency: \(n(onlyThroughInference)) of \(n(all.criticalPath.count)).")
        } else {
            text = t("Sans les dépendances inférées (\(n(inferred)) sur \(n(scheduled.graph.edges.count))) : activités critiques \(n(stated.criticalPath.count)), fin \(words.monthAndYear(stated.projectFinishMonth)). Critiques seulement par une dépendance inférée : \(n(onlyThroughInference)) sur \(n(all.criticalPath.count)).",
                     "Without the inferred dependencies (\(n(inferred)) of \(n(scheduled.graph.edges.count))): critical activities \(n(stated.criticalPath.count)), finish \(words.monthAndYear(stated.projectFinishMonth)). Critical only through an inferred dependency: \(n(onlyThroughInference)) of \(n(all.criticalPath.count)).")
        }
        if onlyWithout > 0 {
            text += t(" Critiques sans elles mais pas avec elles (les dépendances inférées repoussent la fin) : \(n(onlyWithout)).",
                      " Critical without them but not with them (the inferred dependencies move the finish): \(n(onlyWithout)).")
        }
        return text
    }

    /// The teams a run of activities goes through, each once in a row.
    static func teams(of activities: [Int], _ teamOf: (Int) -> Int?) -> [Int?] {
        var teams: [Int?] = []
        for activity in activities {
            let team = teamOf(activity)
            if teams.isEmpty || teams[teams.count - 1] != team { teams.append(team) }
        }
        return teams
    }

    /// "team" or "teams", before the teams a chain runs through.
    static func teamsWord(_ count: Int, _ language: Language) -> String {
        language == .fr ? (count > 1 ? "équipes" : "équipe") : (count > 1 ? "teams" : "team")
    }

    /// "13 chains", "1 chain", "at least 1,000,000,000,000,000,000 chains".
    static func chains(_ count: CriticalNetwork.Count, _ language: Language) -> String {
        let number = number(count.value, language)
        if language == .fr {
            return (count.isExact ? "" : "au moins ") + number + (count.value > 1 ? " enchaînements" : " enchaînement")
        }
        return (count.isExact ? "" : "at least ") + number + (count.value == 1 ? " chain" : " chains")
    }

    /// "1,099,511,627,776" in English, "1 099 511 627 776" (narrow no-break spaces) in French.
    public static func number(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += language == .fr ? "\u{202F}" : "," }
            out.append(digit)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "3–5, 8": chain numbers in runs.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var k = 0
        while k < numbers.count {
            var end = k
            while end + 1 < numbers.count && numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end - k >= 2 ? "\(numbers[k])–\(numbers[end])" : (k...end).map { "\(numbers[$0])" }.joined(separator: ", "))
            k = end + 1
        }
        return parts.joined(separator: ", ")
    }
}

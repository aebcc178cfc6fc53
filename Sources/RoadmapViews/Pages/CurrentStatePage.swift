import RoadmapModel

/// The current-state poster ("ÉTAT ACTUEL"): what works today and what does not; today's
/// working groups under their councils, each with its current work and the poster's
/// assessment; the current-work cells tied to no group; how well the groups cover each area;
/// and, per area, what to build on and what stands in the way of the future state. Headings
/// are the poster's own where the file records them.
public enum CurrentStatePage {
    public static func make(_ scheduled: ScheduledRoadmap, _ state: ViewState, width: Int) -> Page {
        let roadmap = scheduled.roadmap
        let language = state.language
        let words = Vocabulary(language)
        let header = PageHeader.make(scheduled, state, width: width, pageName: words.currentStateView)
        var writer = Writer(width: width, state)
        writer.names = NameLookup(scheduled, state.language)
        let current = roadmap.currentState

        if let heading = current?.heading { writer.heading(heading[language]) }
        if let subheading = current?.subheading { writer.paragraph(subheading[language], style: .heading) }
        if let current {
            points(current.strengths, words.strengths, inferred: current.provenance.infers("strengths"), into: &writer, words)
            points(current.difficulties, words.difficulties, inferred: current.provenance.infers("difficulties"), into: &writer, words)
        }

        workingGroups(scheduled, into: &writer, words)

        if let current, !current.unattributedWork.isEmpty {
            writer.heading(words.unattributedWork, remark: current.provenance.infers("unattributedWork") ? words.byInference : nil)
            for work in current.unattributedWork { writer.paragraph(work[language], prefix: "• ") }
        }
        if let current, current.provenance.hasInference || current.provenance.note != nil {
            writer.blank()
            writer.provenance(current.provenance, words)
        }

        let covered = roadmap.areas.filter { $0.coverage != nil }
        if !covered.isEmpty {
            writer.heading(current?.coverageHeading?[language] ?? words.coverageByArea)
            for area in covered {
                writer.blank()
                writer.paragraph(words.label(area.name[language], inferred: area.provenance.infers("coverage")), style: .heading)
                if let coverage = area.coverage { writer.paragraph(coverage[language], indent: 2) }
            }
        }
        let considered = roadmap.areas.filter { !$0.considerations.isEmpty || !$0.challenges.isEmpty }
        if !considered.isEmpty {
            writer.heading(current?.considerationsHeading?[language] ?? words.considerationsForFuture)
            for area in considered {
                writer.blank()
                writer.paragraph(area.name[language], style: .heading)
                if !area.considerations.isEmpty {
                    writer.paragraph(words.label(words.levers, inferred: area.provenance.infers("considerations")) + words.colon, indent: 2, style: .muted)
                    for consideration in area.considerations { writer.paragraph(consideration[language], indent: 4, prefix: "– ") }
                }
                if !area.challenges.isEmpty {
                    writer.paragraph(words.label(words.challenges, inferred: area.provenance.infers("challenges")) + words.colon, indent: 2, style: .muted)
                    for challenge in area.challenges { writer.paragraph(challenge[language], indent: 4, prefix: "– ") }
                }
                writer.provenance(area.provenance, words, indent: 2)
            }
        }
        if writer.canvas.height == 0 { writer.paragraph(words.nothingRecorded, style: .muted) }
        return writer.page(header: header)
    }

    /// "Réseautage : établissement de relations…", as the poster prints them.
    private static func points(_ points: [CurrentState.Point], _ title: String, inferred: Bool, into writer: inout Writer, _ words: Vocabulary) {
        guard !points.isEmpty else { return }
        writer.heading(title, remark: words.headingRemark(inferred: inferred))
        for point in points {
            writer.field(point.name[words.language] + words.colon, point.description[words.language])
        }
    }

    /// The working groups by council, in the order of the councils, then those of a council the
    /// file does not list, then those of none.
    private static func workingGroups(_ scheduled: ScheduledRoadmap, into writer: inout Writer, _ words: Vocabulary) {
        let roadmap = scheduled.roadmap
        let language = words.language
        guard !roadmap.workingGroups.isEmpty else { return }
        var groupsOf = [[Int]](repeating: [], count: roadmap.councils.count)
        var unlisted: [(council: String, groups: [Int])] = []
        var none: [Int] = []
        for (g, group) in roadmap.workingGroups.enumerated() {
            guard let council = group.council else { none.append(g); continue }
            if let c = roadmap.councils.firstIndex(where: { sameID($0.id, council) }) {
                groupsOf[c].append(g)
            } else if let k = unlisted.firstIndex(where: { sameID($0.council, council) }) {
                unlisted[k].groups.append(g)
            } else {
                unlisted.append((council, [g]))
            }
        }
        writer.heading(words.councils)
        for (c, council) in roadmap.councils.enumerated() {
            writer.blank()
            var title = council.name[language]
            if let abbreviation = council.abbreviation {
                let inferred = council.provenance.infers("abbreviation")
                title += " (" + abbreviation[language] + (inferred ? ", " + words.abbreviation + " " + words.byInference : "") + ")"
            }
            writer.paragraph(title, style: CellStyle(.heading, bold: true, underline: true))
            if let description = council.description {
                writer.paragraph(description[language], indent: 2)
            }
            writer.provenance(council.provenance, words, indent: 2)
            for g in groupsOf[c] { group(g, scheduled, into: &writer, words) }
        }
        for (council, groups) in unlisted {
            writer.blank()
            writer.paragraph(council, style: CellStyle(.heading, bold: true, underline: true))
            for g in groups { group(g, scheduled, into: &writer, words) }
        }
        if !none.isEmpty {
            writer.blank()
            writer.paragraph(words.noCouncil, style: CellStyle(.heading, bold: true, underline: true))
            for g in none { group(g, scheduled, into: &writer, words) }
        }
    }

    private static func group(_ g: Int, _ scheduled: ScheduledRoadmap, into writer: inout Writer, _ words: Vocabulary) {
        let group = scheduled.roadmap.workingGroups[g]
        let language = words.language
        writer.blank()
        writer.paragraph(group.name[language], prefix: "• ", style: .heading)
        if let work = group.currentWork {
            writer.field(words.label(words.currentWork, inferred: group.provenance.infers("currentWork")) + words.colon, work[language], indent: 2)
        }
        if let assessment = group.assessment {
            writer.field(words.label(words.assessment, inferred: group.provenance.infers("assessment")) + words.colon, assessment[language], indent: 2)
        }
        writer.provenance(group.provenance, words, indent: 2)
    }
}

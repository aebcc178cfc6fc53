/// The change-analysis poster ("ANALYSE DES CHANGEMENTS DU CADRE"): its columns (the
/// dispositions as the seed labels them), its table headings, and the task teams it says it
/// did not consider. The working groups themselves are in `Roadmap.workingGroups`.
public struct ChangeAnalysis: Hashable, Sendable {
    /// "Les équipes spéciales non prises en considération dans l'analyse ci-dessus…".
    public struct TeamsNotConsidered: Hashable, Sendable {
        public var intro: LocalizedText?
        /// Task team ids, in the seed's order.
        public var teams: [String]
        public init(intro: LocalizedText? = nil, teams: [String] = []) {
            self.intro = intro
            self.teams = teams
        }
    }

    public var heading: LocalizedText?
    /// One per disposition; `id` is a `WorkingGroup.Disposition` raw value.
    public var columns: [LegendEntry]
    /// "L'état actuel", "L'état futur proposé", "La Logique/Notes".
    public var tableHeadings: [LocalizedText]
    public var teamsNotConsidered: TeamsNotConsidered?
    public var provenance: Provenance

    public init(heading: LocalizedText? = nil, columns: [LegendEntry] = [], tableHeadings: [LocalizedText] = [],
                teamsNotConsidered: TeamsNotConsidered? = nil, provenance: Provenance = .seed) {
        self.heading = heading
        self.columns = columns
        self.tableHeadings = tableHeadings
        self.teamsNotConsidered = teamsNotConsidered
        self.provenance = provenance
    }
}

/// The current-state poster ("ÉTAT ACTUEL — Évaluation par le groupe de travail et le
/// sous-comité"): what works today and what does not, the headings of its two other parts
/// (the areas' coverage, the considerations for the future state, both kept on the areas), and
/// the current-work cells that no working group could be tied to.
public struct CurrentState: Hashable, Sendable {
    /// A labelled statement of the poster: "Réseautage : établissement de relations…".
    public struct Point: Hashable, Sendable {
        public var name: LocalizedText
        public var description: LocalizedText
        public var provenance: Provenance
        public init(name: LocalizedText, description: LocalizedText, provenance: Provenance = .seed) {
            self.name = name
            self.description = description
            self.provenance = provenance
        }
    }

    public var heading: LocalizedText?
    public var subheading: LocalizedText?
    public var strengths: [Point]
    public var difficulties: [Point]
    public var considerationsHeading: LocalizedText?
    public var coverageHeading: LocalizedText?
    public var unattributedWork: [LocalizedText]
    public var provenance: Provenance

    public init(heading: LocalizedText? = nil, subheading: LocalizedText? = nil, strengths: [Point] = [], difficulties: [Point] = [],
                considerationsHeading: LocalizedText? = nil, coverageHeading: LocalizedText? = nil,
                unattributedWork: [LocalizedText] = [], provenance: Provenance = .seed) {
        self.heading = heading
        self.subheading = subheading
        self.strengths = strengths
        self.difficulties = difficulties
        self.considerationsHeading = considerationsHeading
        self.coverageHeading = coverageHeading
        self.unattributedWork = unattributedWork
        self.provenance = provenance
    }
}

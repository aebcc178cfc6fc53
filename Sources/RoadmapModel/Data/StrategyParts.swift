extension Strategy {
    /// Another wording of the vision and the call to action, printed on another poster (the
    /// roadmap's "première classe" against the framework's "premier ordre"): kept, not resolved.
    public struct Variants: Hashable, Sendable {
        public var vision: LocalizedText?
        public var callToAction: LocalizedText?
        public var note: LocalizedText?
        public init(vision: LocalizedText? = nil, callToAction: LocalizedText? = nil, note: LocalizedText? = nil) {
            self.vision = vision
            self.callToAction = callToAction
            self.note = note
        }
    }

    /// Banners printed on the strategic-framework poster whose position was lost.
    public struct PosterLabels: Hashable, Sendable {
        public var labels: [LocalizedText]
        public var provenance: Provenance
        public init(labels: [LocalizedText] = [], provenance: Provenance = .seed) {
            self.labels = labels
            self.provenance = provenance
        }
    }

    /// What is known of one result box (`immediateResults[i]`): its horizon, when the layout
    /// tells, and the block of boxes the seed's text gives it in.
    public struct ResultBox: Hashable, Sendable {
        /// A horizon id, or nil when the seed does not say.
        public var horizon: String?
        public var textBlock: Int?
        public var provenance: Provenance
        public init(horizon: String? = nil, textBlock: Int? = nil, provenance: Provenance = .seed) {
            self.horizon = horizon
            self.textBlock = textBlock
            self.provenance = provenance
        }
    }
}

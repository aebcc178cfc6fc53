/// One entry of a legend the seed prints for a set of values: the team statuses ("Existe /
/// modification d'éléments existants", "Nouveau", "Identité externe"), the activity statuses,
/// the change analysis's columns. `id` is the value the data uses, `label` the seed's words.
public struct LegendEntry: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var provenance: Provenance

    public init(id: String, label: LocalizedText, provenance: Provenance = .seed) {
        self.id = id
        self.label = label
        self.provenance = provenance
    }
}

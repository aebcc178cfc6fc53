/// One of the councils of today's structure (the Public Sector CIO Council, the Service
/// Delivery Council, and the Joint Councils they form): the working groups report to them.
public struct Council: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// The usual abbreviation, when the file gives one (the seed prints none).
    public var abbreviation: LocalizedText?
    public var description: LocalizedText?
    public var provenance: Provenance

    public init(id: String, name: LocalizedText, abbreviation: LocalizedText? = nil, description: LocalizedText? = nil,
                provenance: Provenance = .seed) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.description = description
        self.provenance = provenance
    }
}

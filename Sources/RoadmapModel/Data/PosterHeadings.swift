/// The posters' own headings ("FEUILLE DE ROUTE", "PRINCIPES", "APERÇU DE L'ÉTAT FUTUR"...),
/// by the key the file gives each (`roadmap`, `principles`, `futureState`...), in file order,
/// so that the pages can title their sections with the seed's words rather than ours.
public struct PosterHeadings: Hashable, Sendable {
    public struct Heading: Hashable, Sendable {
        public var key: String
        public var text: LocalizedText
        public init(key: String, text: LocalizedText) {
            self.key = key
            self.text = text
        }
    }

    public var headings: [Heading]
    public var provenance: Provenance

    public init(_ headings: [Heading] = [], provenance: Provenance = .seed) {
        self.headings = headings
        self.provenance = provenance
    }

    public subscript(key: String) -> LocalizedText? {
        headings.first { $0.key == key }?.text
    }
}

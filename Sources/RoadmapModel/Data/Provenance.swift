/// Whether a value was read from the seed document or inferred from it, and why.
/// The seed lost its layout and colours; a reader must be able to tell the two apart.
public struct Provenance: Hashable, Sendable {
    public enum Source: String, CaseIterable, Sendable { case seed, inferred }

    public var source: Source
    public var note: LocalizedText?
    /// Which fields of the object were inferred, when only some were.
    public var inferredFields: [String]
    /// Whether the file says `"source": "seed"` in so many words, though it is the default: kept
    /// so that a rewrite of the file (`roadmap fmt`) says it too. It changes no meaning, so
    /// equality leaves it out.
    public var statesSeed = false

    public init(source: Source = .seed, note: LocalizedText? = nil, inferredFields: [String] = []) {
        self.source = source
        self.note = note
        self.inferredFields = inferredFields
    }

    public static let seed = Provenance()

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.source == b.source && a.note == b.note && a.inferredFields == b.inferredFields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(note)
        hasher.combine(inferredFields)
    }
    public var isInferred: Bool { source == .inferred }

    /// Whether `field` of the object is inferred: an inferred object that names no fields is
    /// inferred as a whole.
    public func infers(_ field: String) -> Bool {
        isInferred && (inferredFields.isEmpty || inferredFields.contains(field))
    }
}

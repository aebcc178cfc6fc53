/// Whether a value was read from the seed document or inferred from it, and why.
/// The seed lost its layout and colours; a reader must be able to tell the two apart.
public struct Provenance: Hashable, Sendable {
    public enum Source: String, CaseIterable, Sendable { case seed, inferred }

    public var source: Source
    public var note: LocalizedText?
    /// Which fields of the object were inferred, when only some were.
    public var inferredFields: [String]

    public init(source: Source = .seed, note: LocalizedText? = nil, inferredFields: [String] = []) {
        self.source = source
        self.note = note
        self.inferredFields = inferredFields
    }

    public static let seed = Provenance()
    public var isInferred: Bool { source == .inferred }

    /// Whether `field` of the object is inferred: an inferred object that names no fields is
    /// inferred as a whole.
    public func infers(_ field: String) -> Bool {
        isInferred && (inferredFields.isEmpty || inferredFields.contains(field))
    }
}

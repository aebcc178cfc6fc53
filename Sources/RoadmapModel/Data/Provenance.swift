/// Whether a value was read from the seed document or inferred from it, and why.
/// The seed lost its layout and colours; a reader must be able to tell the two apart.
public struct Provenance: Hashable, Sendable {
    public enum Source: String, CaseIterable, Sendable { case seed, inferred }

    public var source: Source
    /// Whether the file says `"source": "seed"` in so many words, though it is the default: kept
    /// so that a rewrite of the file (`roadmap fmt`) says it too. It changes no meaning, so
    /// equality leaves it out.
    public var statesSeed = false
    /// The rest, which nearly every object lacks, kept out of line: every activity and every
    /// dependency has a provenance, and held inline these fields made it 81 bytes where this
    /// is 10 — a sixth of an activity, over half of a dependency, at a million activities
    /// 170 MB of fresh memory to fault in (issue 26). Nil when they are all empty.
    private var details: Details?

    /// Immutable: a change makes a new one, so copies of a provenance never share a change.
    private final class Details: Sendable {
        let note: LocalizedText?
        let inferredFields: [String]
        let enteredFields: [String]
        let enteredAt: String?

        init(note: LocalizedText?, inferredFields: [String], enteredFields: [String], enteredAt: String?) {
            self.note = note
            self.inferredFields = inferredFields
            self.enteredFields = enteredFields
            self.enteredAt = enteredAt
        }
    }

    public var note: LocalizedText? {
        get { details?.note }
        set { change { $0.note = newValue } }
    }

    /// Which fields of the object were inferred, when only some were.
    public var inferredFields: [String] {
        get { details?.inferredFields ?? [] }
        set { change { $0.inferredFields = newValue } }
    }

    /// Which fields a person entered (`roadmap progress`, the explorer's progress prompt), and
    /// when (`enteredAt`, UTC, "YYYY-MM-DDThh:mm:ssZ"): values that are neither the seed's nor
    /// a reading of it, said so wherever they are shown. Who entered them is not kept.
    public var enteredFields: [String] {
        get { details?.enteredFields ?? [] }
        set { change { $0.enteredFields = newValue } }
    }

    public var enteredAt: String? {
        get { details?.enteredAt }
        set { change { $0.enteredAt = newValue } }
    }

    /// The details with `edit` made: nil when they are all empty, so that a provenance equals
    /// another whatever way its fields were set (as `Activity.changeDetails`).
    private mutating func change(_ edit: (inout (note: LocalizedText?, inferredFields: [String], enteredFields: [String], enteredAt: String?)) -> Void) {
        var fields = (note: note, inferredFields: inferredFields, enteredFields: enteredFields, enteredAt: enteredAt)
        edit(&fields)
        if fields.note == nil, fields.inferredFields.isEmpty, fields.enteredFields.isEmpty, fields.enteredAt == nil {
            details = nil
        } else {
            details = Details(note: fields.note, inferredFields: fields.inferredFields, enteredFields: fields.enteredFields, enteredAt: fields.enteredAt)
        }
    }

    public init(source: Source = .seed, note: LocalizedText? = nil, inferredFields: [String] = []) {
        self.source = source
        change {
            $0.note = note
            $0.inferredFields = inferredFields
        }
    }

    public static let seed = Provenance()

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.source == b.source && a.note == b.note && a.inferredFields == b.inferredFields
            && a.enteredFields == b.enteredFields && a.enteredAt == b.enteredAt
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(note)
        hasher.combine(inferredFields)
        hasher.combine(enteredFields)
    }
    public var isInferred: Bool { source == .inferred }

    /// Whether `field` of the object is inferred: an inferred object that names no fields is
    /// inferred as a whole.
    public func infers(_ field: String) -> Bool {
        isInferred && (inferredFields.isEmpty || inferredFields.contains(field)) && !enteredFields.contains(field)
    }

    /// Whether a person entered `field` (see `enteredFields`).
    public func entered(_ field: String) -> Bool { enteredFields.contains(field) }

    /// The same provenance with `fields` marked entered by a person at `time` (the other
    /// fields entered before keep their mark, under the new time: one time per object).
    public func entering(_ fields: [String], at time: String) -> Provenance {
        var result = self
        for field in fields where !result.enteredFields.contains(field) { result.enteredFields.append(field) }
        result.inferredFields.removeAll { fields.contains($0) }
        if result.inferredFields.isEmpty, result.source == .inferred, !self.inferredFields.isEmpty { result.source = .seed }
        result.enteredAt = time
        return result
    }
}

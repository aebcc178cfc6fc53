/// The pieces every export's JSON shares: a text in both languages, and where a value comes
/// from — so that the schedule's activities and each view's rows say it the same way.
extension JSONBytes {
    /// `{"fr": …, "en": …}`.
    public mutating func localized(_ text: LocalizedText) {
        raw("{\"fr\": ")
        string(text.fr)
        raw(", \"en\": ")
        string(text.en)
        byte(UInt8(ascii: "}"))
    }

    public mutating func optionalLocalized(_ text: LocalizedText?) {
        if let text { localized(text) } else { null() }
    }

    /// `"source": "seed"|"inferred", "inferredFields": [...], "note": {"fr", "en"}|null`, always
    /// all three, so that a tool reads the same keys on every row. An inferred object with no
    /// `inferredFields` is inferred as a whole.
    public mutating func provenanceMembers(_ provenance: Provenance) {
        key("source"); string(provenance.source.rawValue); raw(", ")
        key("inferredFields"); stringList(provenance.inferredFields, indent: 0, column: 0, width: .max); raw(", ")
        key("note"); optionalLocalized(provenance.note)
    }
}

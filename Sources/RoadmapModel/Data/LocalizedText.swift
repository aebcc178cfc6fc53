/// A human-readable text in both official languages. In the file it is either
/// `{"fr": "...", "en": "..."}` or a plain string that reads the same in both.
public struct LocalizedText: Hashable, Sendable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public init(_ both: String) {
        self.fr = both
        self.en = both
    }

    public subscript(language: Language) -> String {
        switch language {
        case .fr: return fr.isEmpty ? en : fr
        case .en: return en.isEmpty ? fr : en
        }
    }

    public var isEmpty: Bool { fr.isEmpty && en.isEmpty }
}

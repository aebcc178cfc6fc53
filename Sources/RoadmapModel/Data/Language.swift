/// The two official languages the roadmap is written in.
public enum Language: String, CaseIterable, Sendable {
    case fr, en

    /// French when the locale variables say so (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
    /// orders them), English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }

    public var other: Language { self == .fr ? .en : .fr }
}

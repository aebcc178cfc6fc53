import RoadmapModel
import RoadmapViews

/// The settings a user would otherwise type every time — language, row order, width, mouse,
/// colours, the CSV byte order mark — with where each value came from.
///
/// Who wins, from strongest to weakest: a flag on the command line, the configuration file,
/// the environment (`LANG`/`LC_ALL`/`LC_MESSAGES`, `NO_COLOR`), the default. The file beats the
/// environment because it is written for this program alone, where a locale is for every
/// program; NO_COLOR's own rule says the same ("user-level configuration files … should
/// override NO_COLOR").
struct Preferences: Sendable {
    /// Where a value came from, as `roadmap config` shows it.
    enum Origin: Equatable, Sendable {
        case byDefault
        case environment(String)
        case file(path: String, line: Int?)
        case flag(String)

        var description: String {
            switch self {
            case .byDefault: return "default"
            case .environment(let variable): return "environment (\(variable))"
            case .file(let path, let line): return "file \(path)" + (line.map { ":\($0)" } ?? "")
            case .flag(let flag): return "command line (\(flag))"
            }
        }
    }

    struct Setting<Value: Sendable>: Sendable {
        var value: Value
        var origin: Origin
    }

    var lang: Setting<Language>
    var order: Setting<RowOrder>
    var width: Setting<Int>
    var mouse: Setting<Bool>
    var color: Setting<Bool>
    var bom: Setting<Bool>

    /// The defaults, with what the environment says on top.
    init(environment: [String: String]) {
        let language = Language.fromEnvironment(environment)
        let localeVariable = ["LC_ALL", "LC_MESSAGES", "LANG"].first { !(environment[$0] ?? "").isEmpty }
        lang = Setting(value: language, origin: localeVariable.map { .environment("\($0)=\(environment[$0]!)") } ?? .byDefault)
        order = Setting(value: .file, origin: .byDefault)
        width = Setting(value: ExportWidth.standard, origin: .byDefault)
        mouse = Setting(value: true, origin: .byDefault)
        // NO_COLOR, when set and not empty, turns colours off (no-color.org).
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            color = Setting(value: false, origin: .environment("NO_COLOR=\(noColor)"))
        } else {
            color = Setting(value: true, origin: .byDefault)
        }
        bom = Setting(value: false, origin: .byDefault)
    }

    /// The keys of the file, each with what it accepts (for messages and `roadmap config`).
    static let keys: [(name: String, accepts: String)] = [
        ("lang", "\"fr\" or \"en\""),
        ("order", RowOrder.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")),
        ("width", "a whole number of columns from \(ExportWidth.range.lowerBound) to \(ExportWidth.range.upperBound)"),
        ("mouse", "true or false"),
        ("color", "true or false"),
        ("bom", "true or false"),
    ]

    /// Every setting as `roadmap config` prints it: name, value, origin.
    var rows: [(name: String, value: String, origin: Origin)] {
        [("lang", lang.value.rawValue, lang.origin),
         ("order", order.value.rawValue, order.origin),
         ("width", String(width.value), width.origin),
         ("mouse", String(mouse.value), mouse.origin),
         ("color", String(color.value), color.origin),
         ("bom", String(bom.value), bom.origin)]
    }
}

extension Preferences.Setting {
    /// The value, or `flag`'s when the command line gave one (named `name` in `roadmap config`).
    func overridden(by flag: Value?, name: String) -> Self {
        guard let flag else { return self }
        return Self(value: flag, origin: .flag(name))
    }
}

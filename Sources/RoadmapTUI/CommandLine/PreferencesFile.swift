import RoadmapModel
import RoadmapViews
import TOMLKit

/// The configuration file, `$XDG_CONFIG_HOME/roadmap/config.toml` (else
/// `~/.config/roadmap/config.toml`), read with TOMLKit (toml++). A file that is not there is
/// no preference; a file with a problem is never half-used: every problem is reported with the
/// file, its line and the key, and the command stops (exit 1) until it is mended.
enum PreferencesFile {
    /// One problem of the file, as printed: `PATH:LINE: error: KEY: message`.
    struct Problem: Error, Equatable {
        let path: String
        let line: Int?
        let column: Int?
        let message: String

        var formatted: String {
            "\(path)" + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "") + ": error: \(message)"
        }
    }

    /// Every problem of a file.
    struct Problems: Error {
        let list: [Problem]
    }

    /// Where the file is looked for: XDG's rule (a relative XDG_CONFIG_HOME is ignored, as the
    /// specification says), nil without a home.
    static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return xdg + "/roadmap/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/roadmap/config.toml"
    }

    /// The preferences of `environment` with the file's on top, or every problem of the file.
    static func load(environment: [String: String]) -> Result<Preferences, Problems> {
        var preferences = Preferences(environment: environment)
        guard let path = path(environment: environment) else { return .success(preferences) }
        let bytes: [UInt8]
        switch readFile(path) {
        case .success(let read): bytes = read
        case .failure(let failure):
            if failure.isMissing { return .success(preferences) }
            return .failure(Problems(list: [Problem(path: path, line: nil, column: nil, message: failure.message)]))
        }
        let problems = apply(bytes, path: path, to: &preferences)
        return problems.isEmpty ? .success(preferences) : .failure(Problems(list: problems))
    }

    /// Reads `bytes` as the file at `path` into `preferences`; the problems found, every one.
    static func apply(_ bytes: [UInt8], path: String, to preferences: inout Preferences) -> [Problem] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return [Problem(path: path, line: nil, column: nil, message: "the file is not UTF-8 text")]
        }
        // Before toml++ sees it: what toml++ asserts on rather than reports (TOMLPreflight).
        if let fault = TOMLPreflight.fault(in: text) {
            return [Problem(path: path, line: fault.line, column: fault.column, message: "this is not TOML: \(fault.message)")]
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let failure as TOMLParseError {
            return [Problem(path: path, line: failure.source.begin.line, column: failure.source.begin.column,
                            message: "this is not TOML: \(Sanitized.text(failure.description))")]
        } catch {
            return [Problem(path: path, line: nil, column: nil, message: "this is not TOML: \(Sanitized.text(String(describing: error)))")]
        }
        let lines = KeyLines(text)
        var problems: [Problem] = []
        for key in table.keys.sorted(by: { (lines.line(of: $0) ?? 0) < (lines.line(of: $1) ?? 0) }) {
            let line = lines.line(of: key)
            let origin = Preferences.Origin.file(path: path, line: line)
            // A quoted key may hold any character through its escapes ("\f"): shown sanitized.
            func problem(_ message: String) { problems.append(Problem(path: path, line: line, column: nil, message: "\(Sanitized.text(key)): \(message)")) }
            guard let value = table[key] else { continue }
            let accepts = Preferences.keys.first { $0.name == key }?.accepts ?? ""
            switch key {
            case "lang":
                if let text = value.string, let language = Language(rawValue: text) {
                    preferences.lang = .init(value: language, origin: origin)
                } else { problem("expected \(accepts), found \(describe(value))") }
            case "order":
                if let text = value.string, let order = RowOrder(rawValue: text) {
                    preferences.order = .init(value: order, origin: origin)
                } else { problem("expected one of \(accepts), found \(describe(value))") }
            case "width":
                if let columns = value.int, ExportWidth.problem(columns) == nil {
                    preferences.width = .init(value: columns, origin: origin)
                } else { problem("expected \(accepts), found \(describe(value))") }
            case "mouse", "color", "bom":
                guard let flag = value.bool else { problem("expected \(accepts), found \(describe(value))"); continue }
                let setting = Preferences.Setting(value: flag, origin: origin)
                if key == "mouse" { preferences.mouse = setting } else if key == "color" { preferences.color = setting } else { preferences.bom = setting }
            default:
                let known = Preferences.keys.map(\.name)
                let near = known.filter { CommandTypo.editDistance($0, key) <= 2 }.first
                problem("unknown key" + (near.map { " (did you mean \($0)?)" } ?? "") + "; the keys are \(known.joined(separator: ", "))")
            }
        }
        return problems
    }

    /// A value as a message shows it: its TOML type and, when short, itself.
    private static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return "the string \"\(Sanitized.inline(value.string ?? "", limit: 40))\""
        case .int: return "the number \(value.int.map(String.init) ?? "")"
        case .double: return "the number \(value.double.map { String($0) } ?? "")"
        case .bool: return value.bool == true ? "true" : "false"
        case .table: return "a table"
        case .array: return "an array"
        default: return "a date or time"
        }
    }

    /// The line each top-level key is set on, found in the text: TOMLKit does not give a key's
    /// place, and the file is a short list of `key = value` lines.
    private struct KeyLines {
        private var lines: [String: Int] = [:]

        init(_ text: String) {
            for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.drop { $0 == " " || $0 == "\t" }
                if line.hasPrefix("[") { break } // past the top level: tables come last in TOML
                guard let equals = line.firstIndex(of: "=") else { continue }
                var key = line[..<equals].trimmingCharacters(in: [" ", "\t"])
                if key.count >= 2, let first = key.first, first == key.last, first == "\"" || first == "'" {
                    key = String(key.dropFirst().dropLast())
                }
                if lines[key] == nil { lines[key] = number + 1 }
            }
            // A table header's line, for a key that is a table.
            for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: [" ", "\t", "\r"])
                if line.hasPrefix("["), line.hasSuffix("]") {
                    let name = line[...].trimmingCharacters(in: ["[", "]", " "])
                    let top = String(name.split(separator: ".").first ?? Substring(name))
                    if lines[top] == nil { lines[top] = number + 1 }
                }
            }
        }

        func line(of key: String) -> Int? { lines[key] }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

import ArgumentParser
import Foundation
import RoadmapModel

/// What the shells offer for the options that name something in a roadmap (`--area`, `--team`,
/// `--activity`, `--delay`, …): the ids of the roadmap the command line names — its FILE, else
/// ./roadmap.json, else the shipped roadmap — read when TAB is pressed (the scripts call
/// `roadmap ---completion`). A file that does not load offers nothing rather than wrong ids.
enum CompletionCandidates {
    static let roles: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.roles.map(\.id) } }
    static let areas: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.areas.map(\.id) } }
    static let teams: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.teams.map(\.id) } }
    static let periods: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.meta.periods.map(\.id) } }
    static let subcommittees: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.subcommittees.map(\.id) } }
    static let activities: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.activities.map(\.id) } }
    /// `ID=MONTHS`: the ids with their `=`, the months being the user's to type.
    static let delays: CompletionKind = .custom { words, index, _ in ids(words, index) { $0.activities.map { $0.id + "=" } } }

    /// The candidates `list` gives of the roadmap named by `words`.
    private static func ids(_ words: [String], _ index: Int, _ list: (Roadmap) -> [String]) -> [String] {
        let path = CompletionWords.roadmapFile(in: words, completing: index)
        let bytes: [UInt8]
        if let path {
            guard case .success(let read) = readFile(path) else { return [] }
            bytes = read
        } else if case .success(let local) = readFile("roadmap.json") {
            bytes = local
        } else {
            bytes = PackageResources.roadmap_json
        }
        guard let validated = PlanImport.loadAnyFormat(bytes: bytes, fileName: path ?? "roadmap.json").validated else { return [] }
        return list(validated.roadmap)
    }
}

/// The words of a command line being completed, read as the command will read them.
enum CompletionWords {
    /// The FILE the command line names (its first positional argument), when it is a file
    /// that exists; nil otherwise (`-` cannot be read at completion time). `words[0]` is the
    /// program, then maybe a subcommand (else the explorer, the default); the word at `index`
    /// is the one being completed and is not a FILE yet.
    static func roadmapFile(in words: [String], completing index: Int) -> String? {
        guard words.count > 1 else { return nil }
        var position = 1
        var command = ExploreCommand._commandName
        if RoadmapCommand.commandNames.contains(words[1]) {
            command = words[1]
            position = 2
        }
        let takesValue = optionsTakingValues(of: command)
        var onlyPositionals = false
        while position < words.count {
            defer { position += 1 }
            let word = words[position]
            if position == index { continue }
            if !onlyPositionals {
                if word == "--" { onlyPositionals = true; continue }
                if word.hasPrefix("-"), word != "-" {
                    if takesValue.contains(word) { position += 1 }
                    continue
                }
            }
            return CommandTypo.pathExists(word) ? word : nil
        }
        return nil
    }

    /// The names of `command`'s options that take a value (`--area`, `-o`), as the
    /// command-line library describes them, so that an option's value is never read as FILE.
    static func optionsTakingValues(of command: String) -> Set<String> {
        guard let data = RoadmapCommand._dumpHelp().data(using: .utf8),
              let tool = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let root = tool["command"] as? [String: Any],
              let subcommands = root["subcommands"] as? [[String: Any]],
              let info = subcommands.first(where: { $0["commandName"] as? String == command }),
              let arguments = info["arguments"] as? [[String: Any]] else { return [] }
        var names: Set<String> = []
        for argument in arguments where argument["kind"] as? String == "option" {
            for name in argument["names"] as? [[String: Any]] ?? [] {
                guard let kind = name["kind"] as? String, let text = name["name"] as? String else { continue }
                names.insert((kind == "short" ? "-" : "--") + text)
            }
        }
        return names
    }
}

import ArgumentParser

/// What a FILE argument or option says in `--help` and completes to, said once for every
/// command: a roadmap (or a plan `roadmap import` reads) is JSON, MS Project XML or CSV, and
/// `-` is standard input.
enum FileArgument {
    /// A roadmap file, JSON or an imported plan's XML or CSV, and folders to reach one.
    static let roadmap = CompletionKind.file(extensions: ["json", "xml", "csv"])
    /// A scenario file.
    static let scenario = CompletionKind.file(extensions: ["json"])
    /// Any file to write.
    static let output = CompletionKind.file()

    /// The FILE argument's help, where the command falls back to ./roadmap.json (and, with
    /// `--scenario`, to the scenario's roadmap first).
    static func help(scenario: Bool) -> ArgumentHelp {
        ArgumentHelp(
            "The roadmap file; `-` for standard input (default: standard input when it is a pipe or a file, else "
                + (scenario ? "the --scenario's roadmap, else " : "")
                + "./roadmap.json, else the shipped roadmap).",
            valueName: "file")
    }
}

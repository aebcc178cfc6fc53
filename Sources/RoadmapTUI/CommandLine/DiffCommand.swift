import ArgumentParser
import Foundation
import RoadmapModel
import RoadmapViews

/// `roadmap diff OLD NEW`: what changed between two versions, with diff(1)'s exit codes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a roadmap by activity id: what was added, removed and changed, and what it does to the schedule.",
        discussion: """
        Activities match by id (a renamed id reads as one removed and one added); for each \
        activity in both, the fields that changed (names in both languages, area, role, status, \
        team, planned start and finish); the dependencies added, removed and changed (lag, or \
        seed ↔ inferred); then each version's schedule: the finish before and after, the \
        activities whose early dates moved, those newly critical and no longer critical, and \
        the teams on the critical path. With --scenario the what-ifs of a scenario file are \
        applied to NEW (NEW defaults to OLD: what the scenario does to the plan); \
        --old-scenario applies one to OLD. Exits 0 when the two are the same, 1 when they \
        differ, 2 when either cannot be read or is invalid (with the located errors, as \
        validate gives them). OLD and NEW may be REV:PATH, a version read from git \
        (HEAD~1:roadmap.json). As git's external diff driver (git config diff.roadmap.command \
        "roadmap diff", and roadmap.json diff=roadmap in .gitattributes) it takes the seven \
        arguments git passes, prints the report after a "diff --roadmap a/PATH b/PATH" line \
        and exits 0 whether they differ or not, as git asks of a driver.
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case text, markdown, json }

    @Argument(help: ArgumentHelp("The old version of the roadmap; `-` for standard input.", valueName: "old"), completion: FileArgument.roadmap)
    var old: String

    @Argument(help: ArgumentHelp("The new version of the roadmap; `-` for standard input (default with --scenario: OLD itself).", valueName: "new"), completion: FileArgument.roadmap)
    var new: String?

    /// The other five of the seven arguments git passes an external diff driver (or seven of nine
    /// for a rename); anything else here is an error.
    @Argument(help: .hidden)
    var gitArguments: [String] = []

    @Option(help: ArgumentHelp("A scenario file whose what-ifs apply to NEW, as `--scenario` does for export.", valueName: "file"), completion: FileArgument.scenario)
    var scenario: String?

    @Option(name: .customLong("old-scenario"), help: ArgumentHelp("A scenario file whose what-ifs apply to OLD.", valueName: "file"), completion: FileArgument.scenario)
    var oldScenario: String?

    @Option(help: "text, markdown or json (a documented contract; see the README).")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"), completion: FileArgument.output)
    var output: String?

    func run() throws {
        if !gitArguments.isEmpty {
            let all = [old] + (new.map { [$0] } ?? []) + gitArguments
            guard let git = GitDiffArguments(all) else {
                printError("roadmap diff: error: \(all.count) files given; give OLD and NEW (or, as git's external diff driver, the seven arguments git passes: path, old file, old hex, old mode, new file, new hex, new mode)")
                throw ExitCode(2)
            }
            return try runAsGitDriver(git)
        }
        guard let newPath = new ?? (scenario != nil ? old : nil) else {
            // diff(1): trouble is 2, a usage error included.
            printError("roadmap diff: error: give the NEW roadmap, or --scenario FILE to compare OLD with its what-ifs")
            throw ExitCode(2)
        }
        let oldSource = RoadmapSource.resolve(old, use: "OLD"), newSource = RoadmapSource.resolve(newPath, use: new == nil ? "OLD" : "NEW")
        // Both are read and every problem of both (and of their scenarios) is printed before
        // giving up; OLD once when it is NEW as well (`diff FILE --scenario S`).
        let oldRoadmap = Self.load(oldSource)
        let newRoadmap = new == nil ? oldRoadmap : Self.load(newSource)
        let oldSide = Self.side(oldRoadmap, scenario: oldScenario, use: "--old-scenario"), newSide = Self.side(newRoadmap, scenario: scenario, use: "--scenario")
        guard let oldSide, let newSide else { throw ExitCode(2) }
        let diff = RoadmapDiff(old: oldSide.scheduled, new: newSide.scheduled)
        let preferences: Preferences
        do { preferences = try Preferences.loadOrExit() } catch { throw ExitCode(2) } // diff(1): trouble is 2
        let language = self.language.language(preferences)
        let oldName = Self.name(oldSource, scenario: oldScenario), newName = Self.name(newSource, scenario: scenario)
        let bytes: [UInt8]
        switch format {
        case .json: bytes = DiffJSON.bytes(diff, oldName: oldName, newName: newName)
        case .text: bytes = Array(DiffReport(diff, oldName: oldName, newName: newName, language: language).text.utf8)
        case .markdown: bytes = Array(DiffReport(diff, oldName: oldName, newName: newName, language: language).markdown.utf8)
        }
        if let output, output != "-", OutputFile.sameFile(output, newPath) {
            printError("roadmap diff: error: \(output) is the new roadmap being read; choose another output file")
            throw ExitCode(2)
        }
        do {
            try OutputFile.writeOrExit(bytes, to: output, protecting: old, command: "diff")
        } catch is ExitCode {
            throw ExitCode(2) // diff(1): trouble is 2, never read as "they differ"
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    /// The report git shows for one file: a `diff --roadmap` line naming it, then the report
    /// (or what was added or deleted). Exit 0 whatever differs — git stops at a driver that
    /// exits otherwise — and 2 when a side cannot be read, which git then reports.
    func runAsGitDriver(_ git: GitDiffArguments) throws {
        let preferences: Preferences
        do { preferences = try Preferences.loadOrExit() } catch { throw ExitCode(2) }
        let language = self.language.language(preferences)
        var text = format == .json ? "" : "diff --roadmap a/\(git.path) b/\(git.newPath ?? git.path)\n"
        if git.isAdded || git.isDeleted {
            let side = git.isAdded ? (git.newFile, git.newName) : (git.oldFile, git.oldName)
            guard let roadmap = Self.load(RoadmapSource(displayName: side.1, path: side.0) { readFile(side.0) }) else { throw ExitCode(2) }
            let count = roadmap.roadmap.activities.count
            let what = language == .fr
                ? (git.isAdded ? "nouveau fichier" : "fichier supprimé") + " : \(count) activité\(count == 1 ? "" : "s")"
                : (git.isAdded ? "new file" : "deleted file") + ": \(count) activit\(count == 1 ? "y" : "ies")"
            text += format == .json ? "{\"\(git.isAdded ? "added" : "deleted")\": \(count)}\n" : "\(side.1): \(what)\n"
            try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "diff")
            return
        }
        let oldSource = RoadmapSource(displayName: git.oldName, path: git.oldFile) { readFile(git.oldFile) }
        let newSource = RoadmapSource(displayName: git.newName, path: git.newFile) { readFile(git.newFile) }
        let oldRoadmap = Self.load(oldSource), newRoadmap = Self.load(newSource)
        guard let oldRoadmap, let newRoadmap else { throw ExitCode(2) }
        let diff = RoadmapDiff(old: DiffSide(oldRoadmap).scheduled, new: DiffSide(newRoadmap).scheduled)
        switch format {
        case .json: text += String(decoding: DiffJSON.bytes(diff, oldName: git.oldName, newName: git.newName), as: UTF8.self)
        case .text: text += DiffReport(diff, oldName: git.oldName, newName: git.newName, language: language).text
        case .markdown: text += DiffReport(diff, oldName: git.oldName, newName: git.newName, language: language).markdown
        }
        do {
            try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "diff")
        } catch is ExitCode {
            throw ExitCode(2)
        }
    }

    /// How a side is named in the report: the file, and the scenario applied to it.
    static func name(_ source: RoadmapSource, scenario: String?) -> String {
        scenario.map { "\(source.displayName) + \($0 == "-" ? StandardInput.displayName : $0)" } ?? source.displayName
    }

    /// One side with its scenario's delays, or nil after printing every located error of the
    /// scenario to standard error (the roadmap's were printed when it was loaded).
    static func side(_ validated: ValidatedRoadmap?, scenario: String?, use: String) -> DiffSide? {
        guard let scenario else { return validated.map { DiffSide($0) } }
        let shown = scenario == "-" ? StandardInput.displayName : scenario
        switch ScenarioOption.read(scenario, use: use) {
        case .failure(let unread):
            unread.lines.forEach(printError)
            if validated != nil { printError(ScenarioOption.errorCount(shown, unread.lines.count)) }
            return nil
        case .success(let option):
            // Without a roadmap the scenario's own problems still show, though its ids cannot be checked.
            guard let validated else {
                option.reading.findings.forEach { printError($0.formatted(file: shown)) }
                return nil
            }
            switch option.checked(against: validated) {
            case .success(let loaded):
                return DiffSide(validated, delays: DelayOption.byActivity(loaded.delays))
            case .failure(let problems):
                problems.lines.forEach(printError)
                printError(ScenarioOption.errorCount(shown, problems.lines.count))
                return nil
            }
        }
    }

    /// The validated roadmap, or nil after printing its located errors to standard error.
    static func load(_ source: RoadmapSource) -> ValidatedRoadmap? {
        let result = source.load()
        for diagnostic in result.diagnostics where diagnostic.isError {
            printError(diagnostic.formatted(file: source.displayName))
        }
        if result.validated == nil {
            let count = result.errors.count
            printError("\(source.displayName): \(count) error\(count == 1 ? "" : "s"); see `roadmap validate` and the format in docs/format.md")
        }
        return result.validated
    }
}

/// One side of a comparison: a validated roadmap and the what-if delays applied to it, by
/// activity index (none for a file as written; a scenario's delays once they are given).
struct DiffSide {
    let validated: ValidatedRoadmap
    let delays: [Int: Int]

    init(_ validated: ValidatedRoadmap, delays: [Int: Int] = [:]) {
        self.validated = validated
        self.delays = delays
    }

    var scheduled: ScheduledRoadmap { ScheduledRoadmap(validated, delays: delays) }
}

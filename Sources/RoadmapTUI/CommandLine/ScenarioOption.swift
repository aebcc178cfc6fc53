import ArgumentParser
import RoadmapModel

/// `--scenario FILE`, read the same way by the explorer, `schedule` and `export`: the delays a
/// scenario file holds, checked against the roadmap, as if given with `--delay`.
///
/// Which roadmap: the FILE argument when given — with a warning when the scenario names
/// another file — else the scenario's own `roadmap` (relative to its folder), else the usual
/// ./roadmap.json or the shipped copy.
struct ScenarioOption {
    /// A scenario checked against a roadmap: what the outputs name, and the delays in the
    /// file's order, by activity index.
    struct Loaded {
        let inUse: ScenarioInUse
        let delays: [(activity: Int, months: Int)]
    }

    /// Every problem of a scenario file, as printed: `FILE:LINE:COL: error: PATH: message`.
    struct Failure: Error {
        let lines: [String]
    }

    let path: String
    let reading: ScenarioReading

    /// Reads the file at `path` (`-`: standard input, standing for the option `use`); the
    /// scenario is not checked against a roadmap yet.
    static func read(_ path: String, use: String = "--scenario") -> Result<ScenarioOption, Failure> {
        switch StandardInput.readFileOrInput(path, for: use) {
        case .success(let bytes): return .success(ScenarioOption(path: path == "-" ? StandardInput.displayName : path, reading: ScenarioReading(bytes: bytes)))
        case .failure(let failure): return .failure(Failure(lines: ["\(path == "-" ? StandardInput.displayName : path): error: \(failure.message)"]))
        }
    }

    /// The scenario at `path` against a roadmap already loaded, every problem at once: what
    /// `roadmap diff --scenario` needs, and what the commands below are made of.
    static func load(_ path: String, against validated: ValidatedRoadmap) -> Result<Loaded, Failure> {
        read(path).flatMap { $0.checked(against: validated) }
    }

    /// The delays against `validated`, or the problems of the file (its own and the ids the
    /// roadmap does not have).
    func checked(against validated: ValidatedRoadmap) -> Result<Loaded, Failure> {
        let resolved = reading.delays(against: validated)
        return loaded(resolved).mapError { _ in Failure(lines: (reading.findings + resolved.findings).map { $0.formatted(file: path) }) }
    }

    /// The scenario once its ids are resolved, unless the file or the ids had a problem.
    private func loaded(_ resolved: (delays: [(activity: Int, months: Int)], findings: [Diagnostic])) -> Result<Loaded, Failure> {
        guard reading.findings.isEmpty, resolved.findings.isEmpty, let scenario = reading.scenario else { return .failure(Failure(lines: [])) }
        return .success(Loaded(inUse: ScenarioInUse(name: scenario.name, delays: DelayOption.byActivity(resolved.delays)), delays: resolved.delays))
    }

    /// Where the roadmap comes from, given the command line's FILE argument.
    func source(file: String?, command: String) -> RoadmapSource {
        let named = reading.scenario?.roadmapPath(relativeTo: path)
        if file == "-" || (file == nil && StandardInput.isGiven) {
            if let named { printError("roadmap \(command): warning: \(path) names the roadmap \(named); the one given on standard input is used") }
            return RoadmapSource.resolve("-")
        }
        if let file {
            if let named, !OutputFile.sameFile(file, named) {
                printError("roadmap \(command): warning: \(path) names the roadmap \(named); \(file), given on the command line, is used")
            }
            return RoadmapSource.resolve(file)
        }
        return RoadmapSource.resolve(named)
    }

    /// The roadmap and, with `--scenario`, the scenario checked against it. Every problem is
    /// printed to standard error — the scenario's, then the roadmap's — and the command ends
    /// with status 1, having done nothing else.
    static func loadOrExit(file: String?, scenario path: String?, command: String) throws -> (source: RoadmapSource, roadmap: ValidatedRoadmap, scenario: Loaded?) {
        guard let path else {
            let source = RoadmapSource.resolve(file)
            return (source, try source.loadOrExit(), nil)
        }
        let option: ScenarioOption
        switch read(path) {
        case .success(let read): option = read
        case .failure(let failure):
            failure.lines.forEach(printError)
            throw ExitCode(1)
        }
        let source = option.source(file: file, command: command)
        // The scenario's own problems first, so that a roadmap that does not load hides none.
        option.reading.findings.forEach { printError($0.formatted(file: option.path)) }
        let roadmap = try source.loadOrExit()
        let resolved = option.reading.delays(against: roadmap)
        resolved.findings.forEach { printError($0.formatted(file: option.path)) }
        switch option.loaded(resolved) {
        case .success(let loaded): return (source, roadmap, loaded)
        case .failure:
            printError(Self.errorCount(option.path, option.reading.findings.count + resolved.findings.count))
            throw ExitCode(1)
        }
    }

    /// The line that ends a scenario's errors: how many, and where the format is told.
    static func errorCount(_ path: String, _ count: Int) -> String {
        "\(path): \(count) error\(count == 1 ? "" : "s") in the scenario; see the scenario format in the README (schema/scenario.schema.json)"
    }
}

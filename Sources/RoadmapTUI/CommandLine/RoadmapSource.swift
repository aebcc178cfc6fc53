import ArgumentParser
import RoadmapModel

/// Where the roadmap comes from: the FILE argument, else ./roadmap.json, else the copy compiled
/// into the program (so that the binary works from any folder).
struct RoadmapSource {
    let displayName: String
    /// The path read, when it is a file (the export refuses to write over it).
    let path: String?
    let bytes: () -> Result<[UInt8], FileError>

    static func resolve(_ file: String?) -> RoadmapSource {
        if let file {
            return RoadmapSource(displayName: file, path: file) { readFile(file) }
        }
        if case .success(let bytes) = readFile("roadmap.json") {
            return RoadmapSource(displayName: "roadmap.json", path: "roadmap.json") { .success(bytes) }
        }
        return RoadmapSource(displayName: "roadmap.json (shipped with the program)", path: nil) {
            .success(PackageResources.roadmap_json)
        }
    }

    func load() -> LoadResult {
        switch bytes() {
        case .success(let bytes): return RoadmapLoader.load(bytes: bytes)
        case .failure(let failure): return LoadResult(roadmap: nil, diagnostics: [.error("", failure.message)])
        }
    }

    /// A usable roadmap and the dependency graph its validation built.
    struct Loaded {
        let roadmap: Roadmap
        let graph: DependencyGraph

        /// The schedule, on the graph already built, with what-if delays by activity index.
        func scheduled(delays: [Int: Int] = [:]) -> ScheduledRoadmap {
            ScheduledRoadmap(roadmap: roadmap, graph: graph, delays: delays)
        }
    }

    /// Loads the roadmap, or prints every problem to standard error and exits with status 1.
    /// Warnings are printed only when `showWarnings` (validate shows them; the other commands
    /// keep their output clean).
    func loadOrExit(showWarnings: Bool = false) throws -> Loaded {
        let result = load()
        for diagnostic in result.diagnostics where diagnostic.isError || showWarnings {
            printError(diagnostic.formatted(file: displayName))
        }
        guard let roadmap = result.roadmap else {
            let count = result.errors.count
            printError("\(displayName): \(count) error\(count == 1 ? "" : "s"); see `roadmap validate` and the format in the README")
            throw ExitCode(1)
        }
        return Loaded(roadmap: roadmap, graph: result.graph ?? DependencyGraph(roadmap: roadmap))
    }
}

func printError(_ line: String) {
    var standardError = StandardError()
    print(line, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        _ = string.withCString { Glibc.write(2, $0, strlen($0)) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

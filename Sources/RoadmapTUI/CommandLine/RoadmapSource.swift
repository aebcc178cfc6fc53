import ArgumentParser
import RoadmapModel

/// Where the roadmap comes from: the FILE argument (`-` for standard input), else standard
/// input when it holds data (a pipe, a redirected file), else ./roadmap.json, else the copy
/// compiled into the program (so that the binary works from any folder). Only a ./roadmap.json
/// that is not there falls back to the shipped copy: one that cannot be read (a folder, no
/// permission, an I/O error) is an error naming it, and data given on standard input is never
/// replaced by the shipped roadmap — an empty or unreadable input is an error too.
/// An MS Project XML or spreadsheet CSV plan is read wherever a roadmap file is (`PlanImport`),
/// told apart by its content; `REV:PATH` is PATH as git has it in revision REV (`GitRevision`).
struct RoadmapSource {
    let displayName: String
    /// The path read, when it is a file (the export refuses to write over it; the explorer
    /// watches it for changes).
    let path: String?
    let bytes: () -> Result<[UInt8], FileError>

    /// `use` names the argument in a message when standard input is asked for twice.
    static func resolve(_ file: String?, use: String = "FILE") -> RoadmapSource {
        if file == "-" || (file == nil && StandardInput.isGiven) {
            return RoadmapSource(displayName: StandardInput.displayName, path: nil) { StandardInput.read(for: use) }
        }
        if let file {
            // `v1:roadmap.json`: that version, read from git (no file to watch or protect).
            if GitRevision.names(file) { return RoadmapSource(displayName: file, path: nil) { GitRevision.read(file) } }
            return RoadmapSource(displayName: file, path: file) { readFile(file) }
        }
        let local = readFile("roadmap.json")
        if case .failure(let failure) = local, failure.isMissing {
            return RoadmapSource(displayName: "roadmap.json (shipped with the program)", path: nil) {
                .success(PackageResources.roadmap_json)
            }
        }
        return RoadmapSource(displayName: "roadmap.json", path: "roadmap.json") { local }
    }

    /// The file's name for a picture's footer: the path as given, "roadmap.json" for the
    /// shipped roadmap; nil for standard input, which has no name to give.
    var stampName: String? {
        if let path { return path }
        return isStandardInput ? nil : "roadmap.json"
    }

    /// Whether the data comes from standard input.
    var isStandardInput: Bool { path == nil && displayName == StandardInput.displayName }

    /// A file is read where it is mapped (`MappedFile`) when `mapped`; anything else — standard
    /// input, a version from git, the shipped roadmap, a file that cannot be mapped — as bytes.
    /// The explorer reads its reloads as bytes: a file shortened while mapped ends the program
    /// (`MappedRead`), where a short read is only a reload that fails, said in the status line.
    func load(mapped: Bool = true) -> LoadResult {
        if mapped, let path, let mapped = MappedFile(path: path) {
            return MappedRead.guarding(displayName) { PlanImport.loadAnyFormat(mapped: mapped, fileName: baseName) }
        }
        switch bytes() {
        case .success(let bytes): return PlanImport.loadAnyFormat(bytes: bytes, fileName: baseName)
        case .failure(let failure): return .invalid([.error(.document, failure.message)])
        }
    }

    /// The file's name without its folder, as an imported plan's title and source note give it.
    private var baseName: String {
        String((path ?? displayName).split(separator: "/").last ?? Substring(displayName))
    }

    /// Loads the roadmap, or prints every problem to standard error and exits with status 1.
    /// Warnings are printed only when `showWarnings` (validate shows them; the other commands
    /// keep their output clean).
    func loadOrExit(showWarnings: Bool = false) throws -> ValidatedRoadmap {
        let result = load()
        for diagnostic in result.diagnostics where diagnostic.isError || showWarnings {
            printError(diagnostic.formatted(file: displayName))
        }
        guard let validated = result.validated else {
            let count = result.errors.count
            printError("\(displayName): \(count) error\(count == 1 ? "" : "s"); see `roadmap validate` and the format in docs/format.md")
            throw ExitCode(1)
        }
        return validated
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

import ArgumentParser
import RoadmapModel

/// `roadmap fmt FILE`: the canonical form of a roadmap file (`CanonicalForm`, written by
/// `RoadmapJSON`, the writer every command that saves a roadmap uses).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Print a roadmap file in its canonical form, check it is in that form, or rewrite it so.",
        discussion: """
        The canonical form: the keys in the format's order (that of schema/roadmap.schema.json), \
        two spaces per level, every member and every element on its own line, so that a change \
        to one value is a diff of one line. Nothing is lost: the result reads as the same roadmap, \
        key for key. A file that is not a valid roadmap, or that has fields the format does not \
        know (which the rewrite would drop), is refused with its findings and never written. \
        --check exits 1 when the file is not in canonical form, naming the first line that \
        differs (for pre-commit hooks and CI); --write rewrites the file in place, atomically.
        """
    )

    @Argument(help: "The roadmap file; `-` for standard input (printed or checked, not rewritten).", completion: FileArgument.roadmap)
    var file: String

    @Flag(help: "Write nothing; exit 1 when the file is not in canonical form.")
    var check = false

    @Flag(help: "Rewrite the file in place (atomically) when it is not in canonical form.")
    var write = false

    func validate() throws {
        if check && write { throw ValidationError("--check and --write cannot be used together") }
        if write && file == "-" { throw ValidationError("--write rewrites a file in place: standard input has no place to rewrite (print it, or name the file)") }
    }

    func run() throws {
        let bytes: [UInt8]
        let version = FileVersion.of(file)
        let file = self.file == "-" ? StandardInput.displayName : self.file
        switch StandardInput.readFileOrInput(self.file, for: "FILE") {
        case .success(let read): bytes = read
        case .failure(let failure):
            printError("\(file): error: \(failure.message)")
            throw ExitCode(1)
        }
        switch CanonicalForm.of(bytes) {
        case .refused(let diagnostics):
            for diagnostic in diagnostics { printError(diagnostic.formatted(file: file)) }
            let errors = diagnostics.filter(\.isError).count
            let why = errors > 0
                ? "is not a valid roadmap (\(errors) error\(errors == 1 ? "" : "s"))"
                : "has fields the format does not know, which the canonical form would drop"
            printError("roadmap fmt: error: \(file) \(why); nothing written")
            throw ExitCode(1)
        case let .formatted(canonical, difference):
            if check {
                guard let difference else {
                    print("\(file): in canonical form")
                    return
                }
                printError("\(file):\(difference.line): not in canonical form; the first line that differs is")
                printError("  found:    \(difference.found)")
                printError("  expected: \(difference.expected)")
                printError("(`roadmap fmt --write \(file)` rewrites it)")
                throw ExitCode(1)
            }
            if write {
                guard difference != nil else {
                    print("\(file): in canonical form already")
                    return
                }
                do {
                    try OutputFile.writeAtomically(canonical, to: file, ifStill: version)
                } catch {
                    printError("roadmap fmt: error: \(error)")
                    throw ExitCode(1)
                }
                print("\(file): rewritten in canonical form")
                return
            }
            try OutputFile.writeOrExit(canonical, to: nil, command: "fmt")
        }
    }
}

import RoadmapModel
import RoadmapViews
#if !ROADMAP_FUZZER
// In the tests the reader comes from the executable; the fuzz build compiles its files
// (PreferencesFile, TOMLPreflight, Preferences, CommandTypo) into the harness with TOMLKit (scripts/fuzz.sh).
@testable import RoadmapTUI
#endif

/// The configuration file's reader, `PreferencesFile.apply`, as every command reads
/// `config.toml`: TOMLKit's Swift over toml++, a C++ parser, both compiled with
/// AddressSanitizer and coverage here, then the program's reading of the keys.
///
/// Besides crashes it checks that every problem says something, on one line the terminal
/// shows as it is (no control character or bidirectional override: the file's keys and values
/// are quoted in it), at a line of the file; and that a file without problems gives only
/// settings the program accepts.
enum PreferencesFuzzTarget {
    static func run(_ input: [UInt8]) {
        var preferences = Preferences(environment: [:])
        let problems = PreferencesFile.apply(input, path: "config.toml", to: &preferences)
        var lines: Int?
        for problem in problems {
            FuzzCheck.require(!problem.message.isEmpty, "a problem without a message")
            FuzzCheck.printable(problem.formatted, "config.toml")
            if let line = problem.line {
                if lines == nil { lines = FuzzCheck.lineCount(of: input) }
                FuzzCheck.require(line >= 1 && line <= lines!, "a problem at line \(line) of \(lines!): \(problem.formatted)")
            }
            if let column = problem.column { FuzzCheck.require(column >= 1, "a problem at column \(column): \(problem.formatted)") }
        }
        guard problems.isEmpty else { return }
        FuzzCheck.require(ExportWidth.problem(preferences.width.value) == nil, "the file set a width of \(preferences.width.value)")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = PreferencesFuzzTarget
#endif

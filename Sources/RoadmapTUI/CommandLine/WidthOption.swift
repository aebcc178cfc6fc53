import ArgumentParser
import RoadmapViews

/// `--width`, declared once for every command that takes it (`export`, and `roadmap` into a
/// pipe), and checked by the one rule of `ExportWidth`.
struct WidthOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The width of the text, in columns (\(ExportWidth.range.lowerBound) to \(ExportWidth.range.upperBound); default: the configuration file's width, else \(ExportWidth.standard)).",
        valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, let problem = ExportWidth.problem(width) { throw ValidationError(problem) }
    }

    func setting(_ preferences: Preferences) -> Preferences.Setting<Int> { preferences.width.overridden(by: width, name: "--width") }
}

import RoadmapModel

/// Values of the roadmap that a format cannot carry as they are (a name TaskJuggler would read
/// as a macro call, a year outside its calendar): every one at once, each with its place in the
/// data, found before any byte is written — so the export writes nothing rather than a file
/// that says something else.
public struct ExportDataRefusal: Error, CustomStringConvertible, Sendable {
    public let format: ExportFormat
    public let problems: [Diagnostic]

    public init(format: ExportFormat, problems: [Diagnostic]) {
        self.format = format
        self.problems = problems
    }

    /// One line per problem, `file: error: activities[3].name.en (id "x"): …`.
    public func lines(file: String) -> [String] { problems.map { $0.formatted(file: file) } }

    public var description: String { lines(file: "roadmap").joined(separator: "\n") }
}

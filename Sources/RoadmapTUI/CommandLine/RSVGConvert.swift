import Foundation
import RoadmapModel
import RoadmapViews

/// Draws the SVG chart as PNG or PDF with librsvg's `rsvg-convert`: the renderer GNOME, Wikipedia
/// and most Linux desktops draw SVG with, installed alone with the package that has it. The
/// SVG goes through a temporary file (no pipe to fill while the other end waits), the result
/// is read back. A PNG is drawn at twice the SVG's size, sharp on a slide or a high-density
/// screen; a PDF stays vector.
struct RSVGConvert: PictureRenderer {
    /// The program, as found on PATH; nil when it is not installed.
    let executable: String?

    init(path: String? = ProcessInfo.processInfo.environment["PATH"]) {
        executable = RSVGConvert.find("rsvg-convert", in: path)
    }

    static func find(_ program: String, in path: String?) -> String? {
        for directory in (path ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Where to get the program, said when it is missing.
    static let missing = "--format png and --format pdf draw the SVG chart with rsvg-convert, which is not on PATH: install it "
        + "(Debian and Ubuntu: apt install librsvg2-bin; Fedora: dnf install librsvg2-tools; macOS: brew install librsvg), "
        + "or export --format svg and convert that"

    func render(svg: [UInt8], as format: ExportFormat) throws -> [UInt8] {
        guard let executable else { throw PictureRenderingError(Self.missing) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("chart.svg"), output = directory.appendingPathComponent("chart.\(format.fileExtension)")
        try Data(svg).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-f", format.fileExtension] + (format == .png ? ["-z", Self.zoom(svg)] : []) + ["-o", output.path, input.path]
        process.environment = Self.environment(ProcessInfo.processInfo.environment)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PictureRenderingError("rsvg-convert could not draw the chart as \(format.name(.en)) (exit \(process.terminationStatus))"
                                        + (said.isEmpty ? "" : ": " + said))
        }
        return [UInt8](try Data(contentsOf: output))
    }
}

extension RSVGConvert {
    /// The renderer's environment: ours, with SOURCE_DATE_EPOCH set — to the one given, else
    /// to the start of today (UTC) — so that the PDF's creation date (cairo writes it) is the day the
    /// footer says and not the second it was drawn: the same export twice gives the same bytes.
    static func environment(_ inherited: [String: String], now: Date = Date()) -> [String: String] {
        var environment = inherited
        if environment["SOURCE_DATE_EPOCH"] == nil {
            // The day in UTC, as SOURCE_DATE_EPOCH is read: the same on every machine that day.
            let seconds = Int(now.timeIntervalSince1970)
            environment["SOURCE_DATE_EPOCH"] = String(seconds - ((seconds % 86_400) + 86_400) % 86_400)
        }
        return environment
    }

    /// The largest image librsvg (cairo) draws, in pixels either way.
    static let largestImage = 32_000.0

    /// How much to enlarge the PNG: twice the SVG's size, sharp on a slide; less where that
    /// would pass the largest image librsvg draws (a roadmap of ten thousand rows is a strip
    /// of thin lines then, but a whole picture, not an error).
    static func zoom(_ svg: [UInt8]) -> String {
        let size = dimensions(svg)
        let zoom = min(2, largestImage / max(1, size.width, size.height))
        return String(Double(Int(zoom * 10_000)) / 10_000)
    }

    /// The `width` and `height` of the `<svg>` element, in pixels (0 where not said).
    static func dimensions(_ svg: [UInt8]) -> (width: Double, height: Double) {
        let head = String(decoding: svg.prefix(2048), as: UTF8.self)
        guard let start = head.range(of: "<svg") else { return (0, 0) }
        let element = head[start.upperBound...].prefix { $0 != ">" }
        func attribute(_ name: String) -> Double {
            guard let found = element.range(of: " \(name)=\"") else { return 0 }
            return Double(element[found.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        return (attribute("width"), attribute("height"))
    }
}

extension ExportStamp {
    /// The stamp of an export made now from `source`: the day is today's, or the one
    /// SOURCE_DATE_EPOCH gives (the reproducible-builds convention), so that a build that
    /// regenerates a picture gets the same bytes.
    static func now(source: String?) -> ExportStamp {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = environment["SOURCE_DATE_EPOCH"] == nil ? .current : TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return ExportStamp(source: source, program: "roadmap \(RoadmapVersion.current)",
                           date: ExportDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
    }
}

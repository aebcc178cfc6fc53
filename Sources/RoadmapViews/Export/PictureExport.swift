import RoadmapModel

/// What a picture says about where it comes from, in its footer: the roadmap file, the
/// program and its version, and the day of the export. The commands fill it in; a test gives
/// fixed values, so that the same view gives the same bytes.
public struct ExportStamp: Hashable, Sendable {
    /// The roadmap file as the user named it ("roadmap.json"), or what it is ("built-in roadmap").
    public var source: String?
    /// "roadmap 1.4.0".
    public var program: String?
    /// The day of the export: year, month (1–12), day (1–31).
    public var date: ExportDate?

    public init(source: String? = nil, program: String? = nil, date: ExportDate? = nil) {
        self.source = source
        self.program = program
        self.date = date
    }
}

public struct ExportDate: Hashable, Sendable {
    public let year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// Draws an SVG picture as PNG or PDF. The views write the SVG; the shell runs the program
/// that renders it (librsvg's rsvg-convert), so this layer stays free of processes.
public protocol PictureRenderer: Sendable {
    func render(svg: [UInt8], as format: ExportFormat) throws -> [UInt8]
}

/// Asked for a PNG or PDF with no renderer to draw it.
public struct PictureRenderingError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The PNG and PDF of a view: its SVG picture, rendered.
enum PictureExport {
    static func write(_ input: ExportInput, format: ExportFormat, to sink: ([UInt8]) throws -> Void) throws {
        guard let renderer = input.renderer else {
            throw PictureRenderingError("\(format.name(.en)) is drawn from the SVG by a renderer (rsvg-convert), and none was given")
        }
        var svg: [UInt8] = []
        try SVGExport.write(input) { svg.append(contentsOf: $0) }
        try sink(try renderer.render(svg: svg, as: format))
    }
}

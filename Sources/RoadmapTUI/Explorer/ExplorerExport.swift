import RoadmapViews

/// The one effect of the explorer that touches the file system, kept out of the pure state
/// machine (which the fuzzer compiles on its own): the loop calls it when `handle` asks for an
/// export, and the tests call it as the loop does.
extension Explorer {
    /// Writes the export `e` asked for: the view as it is on screen, at the screen's width
    /// (within the export's rule), never over the open roadmap; then says how it went.
    /// `view`, when given, is written instead of the view on screen (the what-if panel's report).
    mutating func writeExport(path: String, format: ExportFormat, view: ViewKind? = nil, roadmapPath: String?) {
        var state = self.state
        if let view { state.view = view }
        do {
            if let roadmapPath, OutputFile.sameFile(path, roadmapPath) {
                throw OutputFile.Failure(message: "\(path): " + vocabulary.isOpenRoadmap)
            }
            try OutputFile.writeAtomically(to: path) { sink in
                // A PNG or PDF is the SVG drawn by rsvg-convert, when it is installed.
                try Exporter.write(scheduled, state, format: format, width: width, options: exportOptions,
                                   renderer: format.isRenderedPicture ? RSVGConvert() : nil, to: sink)
            }
            exportFinished(.success(path))
        } catch {
            exportFinished(.failure(error))
        }
    }
}

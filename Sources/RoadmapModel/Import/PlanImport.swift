/// The formats of other tools that a roadmap can be read from, told apart by their content:
/// an XML document (UTF-8, or UTF-16 with its byte order mark) is MS Project XML, a roadmap file starts with `{`, and anything else whose
/// first line has a comma is a spreadsheet's CSV.
public enum PlanImport {
    /// The format of `bytes` when it is an importable plan, nil for a roadmap's own JSON
    /// (anything else: the JSON reader then says what is wrong with it).
    public static func format(of bytes: [UInt8]) -> ImportedPlan.Format? {
        bytes.withUnsafeBufferPointer { format(of: $0) }
    }

    public static func format(of bytes: UnsafeBufferPointer<UInt8>) -> ImportedPlan.Format? {
        // XML in UTF-16 (a byte order mark, then `<`), which some Windows tools write and
        // libxml2 reads.
        if bytes.starts(with: [0xFF, 0xFE, 0x3C, 0x00]) || bytes.starts(with: [0xFE, 0xFF, 0x00, 0x3C]) { return .msproject }
        var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
        guard k < bytes.count else { return nil }
        if bytes[k] == UInt8(ascii: "<") { return .msproject }
        if bytes[k] == UInt8(ascii: "{") || bytes[k] == UInt8(ascii: "[") { return nil }
        var end = k
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return bytes[k..<end].contains(UInt8(ascii: ",")) ? .csv : nil
    }

    /// Reads the plan in `format` and builds a validated roadmap from it.
    public static func load(bytes: [UInt8], format: ImportedPlan.Format, options: ImportOptions) -> LoadResult {
        ImportBuilder.build(read(bytes: bytes, format: format), options: options)
    }

    /// The plan's rows as the file gives them, before the roadmap is built.
    public static func read(bytes: [UInt8], format: ImportedPlan.Format) -> ImportedPlan {
        switch format {
        case .msproject: return MSPDIReader.read(bytes)
        case .csv: return CSVPlanReader.read(bytes)
        }
    }

    /// A roadmap file in any format the program reads: its own JSON, or a plan to import
    /// (recognised by its content, whatever the file's name).
    public static func loadAnyFormat(bytes: [UInt8], fileName: String) -> LoadResult {
        guard let format = format(of: bytes) else { return RoadmapLoader.load(bytes: bytes) }
        return load(bytes: bytes, format: format, options: ImportOptions(fileName: fileName))
    }

    /// `loadAnyFormat` of a mapped file: a roadmap is read where it is mapped, a plan to
    /// import from a copy (its readers take an array).
    public static func loadAnyFormat(mapped file: MappedFile, fileName: String) -> LoadResult {
        guard let format = format(of: file.buffer) else { return RoadmapLoader.load(mapped: file) }
        return load(bytes: Array(file.buffer), format: format, options: ImportOptions(fileName: fileName))
    }
}

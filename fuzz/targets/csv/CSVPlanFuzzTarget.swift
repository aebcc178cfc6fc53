import RoadmapModel

/// A spreadsheet's CSV plan as `roadmap import` reads it: `CSVPlanReader` (with `CSVRecords`,
/// its RFC 4180 reader), then `ImportBuilder`; the checks are `ImportCheck`'s.
enum CSVPlanFuzzTarget {
    static func run(_ input: [UInt8]) {
        ImportCheck.run(input, format: .csv)
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = CSVPlanFuzzTarget
#endif

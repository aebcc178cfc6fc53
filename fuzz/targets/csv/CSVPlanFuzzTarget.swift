@testable import RoadmapModel

/// A spreadsheet's CSV plan as `roadmap import` reads it: `CSVPlanReader` (with `CSVRecords`,
/// its RFC 4180 reader), then `ImportBuilder`; the checks are `ImportCheck`'s. Then the rows
/// read in two halves, the second on another processor from a byte the input's hash chooses
/// (`CSVSecondHalf`), against one reading: the same tasks, messages and status date
/// (`CSVSplitTests` tries every byte of its sheets). It reaches the reader's internals, so
/// scripts/fuzz.sh compiles RoadmapModel with -enable-testing.
enum CSVPlanFuzzTarget {
    static func run(_ input: [UInt8]) {
        ImportCheck.run(input, format: .csv)
        split(input)
    }

    static func split(_ input: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in input { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let at = Int(hash % UInt64(input.count + 1))
        // At the input's end no second half starts: one reading.
        var once = "", split = ""
        dump(CSVPlanReader.read(input, splitAt: input.count), to: &once)
        dump(CSVPlanReader.read(input, splitAt: at), to: &split)
        FuzzCheck.require(split == once, "split at \(at): the readings differ")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = CSVPlanFuzzTarget
#endif

import RoadmapModel

/// The roadmap file's reader alone: decode and validate (`RoadmapLoader.load`), as every
/// command reads a roadmap file or standard input. Nothing is scheduled or drawn, so that an
/// input costs what reading it costs (fuzz/targets/structured/ goes deeper, on valid files).
///
/// Besides crashes it checks that every finding is located in the file and that a file is
/// usable exactly when it has no error; and, for a usable file, that the file `roadmap fmt`
/// writes from it loads again and is written the same the second time (the writer and the
/// reader agree on everything the reader keeps).
enum RoadmapJSONFuzzTarget {
    static func run(_ input: [UInt8]) {
        let loaded = RoadmapLoader.load(bytes: input)
        FuzzCheck.diagnostics(loaded.diagnostics, usable: loaded.validated != nil, in: input, "roadmap")
        guard let validated = loaded.validated else { return }
        let written = RoadmapJSON.bytes(validated.roadmap)
        let again = RoadmapLoader.load(bytes: written)
        guard let reread = again.validated else {
            FuzzCheck.fail("the roadmap written back does not load: \(again.errors.prefix(3))")
        }
        FuzzCheck.require(RoadmapJSON.bytes(reread.roadmap) == written, "the roadmap written back is written differently the second time")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = RoadmapJSONFuzzTarget
#endif

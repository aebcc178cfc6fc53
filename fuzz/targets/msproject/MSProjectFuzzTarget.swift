import RoadmapModel

/// An MS Project XML plan as `roadmap import` reads it: `MSPDIReader` (libxml2's SAX2 parser
/// and the handler that keeps the tasks, links, resources and extended attributes), then
/// `ImportBuilder`; the checks are `ImportCheck`'s. libxml2 itself is the system's, not
/// instrumented: coverage guides the fuzzer through the handler, and AddressSanitizer watches
/// every buffer libxml2 hands it.
enum MSProjectFuzzTarget {
    static func run(_ input: [UInt8]) {
        ImportCheck.run(input, format: .msproject)
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = MSProjectFuzzTarget
#endif

@testable import RoadmapModel

/// The roadmap decoder reads activities and dependencies twice over: a fast path for the
/// common, well-formed object, and the general reading it falls back to
/// (Sources/RoadmapModel/Decoding/RoadmapDecoder+FastPath.swift). On every input both must
/// give the same thing: the same syntax error or none, the same findings in the same order,
/// the same element offsets (which place the validator's findings), and the same roadmap —
/// its activities and dependencies, and the file it is written as, which holds the rest and
/// what equality leaves out. FastPathAgreementTests compares them on the fixtures; this
/// target on whatever the fuzzer makes. It reaches the decoder's internals, so scripts/fuzz.sh
/// compiles RoadmapModel with -enable-testing.
enum FastPathFuzzTarget {
    struct Decoded {
        var roadmap: Roadmap?
        var diagnostics: [Diagnostic]
        var elementOffsets: [String: [Int]]
        var syntaxError: String?
    }

    static func decode(_ bytes: [UInt8], fast: Bool) -> Decoded {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = RoadmapDecoder(bytes: buffer)
            decoder.usesFastPaths = fast
            do {
                let roadmap = try decoder.decodeDocument()
                return Decoded(roadmap: roadmap, diagnostics: decoder.diagnostics, elementOffsets: decoder.elementOffsets)
            } catch let error as JSONSyntaxError {
                return Decoded(roadmap: nil, diagnostics: decoder.diagnostics, elementOffsets: decoder.elementOffsets,
                               syntaxError: "\(error.offset): \(error.message)")
            } catch {
                FuzzCheck.fail("the decoder throws only syntax errors, not \(error)")
            }
        }
    }

    static func run(_ input: [UInt8]) {
        let fast = decode(input, fast: true), general = decode(input, fast: false)
        FuzzCheck.require(fast.syntaxError == general.syntaxError,
                          "syntax error: fast \(fast.syntaxError ?? "none"), general \(general.syntaxError ?? "none")")
        FuzzCheck.require(fast.diagnostics == general.diagnostics, "findings differ:\nfast    \(fast.diagnostics)\ngeneral \(general.diagnostics)")
        FuzzCheck.require(fast.elementOffsets == general.elementOffsets, "element offsets differ")
        FuzzCheck.require((fast.roadmap == nil) == (general.roadmap == nil), "one path gives a roadmap, the other none")
        guard let a = fast.roadmap, let b = general.roadmap else { return }
        FuzzCheck.require(a.activities == b.activities, "activities differ")
        FuzzCheck.require(a.dependencies == b.dependencies, "dependencies differ")
        FuzzCheck.require(RoadmapJSON.bytes(a) == RoadmapJSON.bytes(b), "the roadmaps are written differently")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = FastPathFuzzTarget
#endif

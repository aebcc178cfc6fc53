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
///
/// A third reading splits the activities' and dependencies' lists between two processors at
/// a byte the input itself chooses (RoadmapDecoder+SplitList.swift, which does so only for
/// lists of a megabyte and more): it must give what the reading on one processor gives, as
/// SplitListTests checks at every byte of a few files.
enum FastPathFuzzTarget {
    struct Decoded {
        var roadmap: Roadmap?
        var diagnostics: [Diagnostic]
        var elementOffsets: [String: [Int]]
        var syntaxError: String?
    }

    static func decode(_ bytes: [UInt8], fast: Bool, splitAt: Int? = nil) -> Decoded {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = RoadmapDecoder(bytes: buffer)
            decoder.usesFastPaths = fast
            decoder.splitListsAt = splitAt
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
        split(input, expected: fast)
        guard let a = fast.roadmap, let b = general.roadmap else { return }
        FuzzCheck.require(a.activities == b.activities, "activities differ")
        FuzzCheck.require(a.dependencies == b.dependencies, "dependencies differ")
        FuzzCheck.require(RoadmapJSON.bytes(a) == RoadmapJSON.bytes(b), "the roadmaps are written differently")
    }

    /// The split reading against the fast one, at a byte chosen by the input's hash (FNV-1a),
    /// so that the same input always splits at the same place.
    static func split(_ input: [UInt8], expected: Decoded) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in input { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let at = Int(hash % UInt64(input.count + 1))
        let split = decode(input, fast: true, splitAt: at)
        FuzzCheck.require(split.syntaxError == expected.syntaxError, "split at \(at): syntax error \(split.syntaxError ?? "none")")
        FuzzCheck.require(split.diagnostics == expected.diagnostics, "split at \(at): findings differ")
        FuzzCheck.require(split.elementOffsets == expected.elementOffsets, "split at \(at): element offsets differ")
        guard let roadmap = split.roadmap, let other = expected.roadmap else {
            return FuzzCheck.require(split.roadmap == nil && expected.roadmap == nil, "split at \(at): one reading gives a roadmap")
        }
        FuzzCheck.require(roadmap.activities == other.activities && roadmap.dependencies == other.dependencies, "split at \(at): the lists differ")
        FuzzCheck.require(RoadmapJSON.bytes(roadmap) == RoadmapJSON.bytes(other), "split at \(at): the roadmaps are written differently")
    }
}

#if ROADMAP_FUZZER
/// The target this binary runs (fuzz/targets/Entry.swift).
typealias FuzzTarget = FastPathFuzzTarget
#endif

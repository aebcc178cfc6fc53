import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// A long list of activities or dependencies is read on two processors, the second half from a
/// guessed place (RoadmapDecoder+SplitList.swift). Whatever the guess — an element's start, the
/// middle of a string or a number, a nested list of objects that look like activities, the
/// list's end, another list, a syntax error ahead — the roadmap, the findings, their order and
/// the places elements start must be those of one reading: every byte of each file is tried as
/// the guess and the result compared.
final class SplitListTests: XCTestCase {
    struct Decoded: Equatable {
        var activities: [Activity]?
        var dependencies: [Dependency]?
        var file: [UInt8]?
        var diagnostics: [Diagnostic]
        var syntaxError: String?
        var elementOffsets: [String: [Int]]
    }

    /// `file` (the roadmap as written, what equality leaves out included) only with `whole`
    /// or when elements were read aside: it is most of the test's time.
    static func decode(_ bytes: [UInt8], splitAt: Int?, whole: Bool = true, readAside: inout Int) -> Decoded {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = RoadmapDecoder(bytes: buffer)
            decoder.splitListsAt = splitAt
            defer { readAside += decoder.elementsReadAside }
            do throws(JSONSyntaxError) {
                let roadmap = try decoder.decodeDocument()
                let file = whole || decoder.elementsReadAside > 0 ? roadmap.map { RoadmapJSON.bytes($0) } : nil
                return Decoded(activities: roadmap?.activities, dependencies: roadmap?.dependencies, file: file,
                               diagnostics: decoder.diagnostics, elementOffsets: decoder.elementOffsets)
            } catch {
                return Decoded(diagnostics: decoder.diagnostics, syntaxError: "\(error.offset): \(error.message)", elementOffsets: decoder.elementOffsets)
            }
        }
    }

    /// Small files of every shape, and the cases a guess can go wrong on.
    static var corpus: [(name: String, bytes: [UInt8])] {
        get throws {
            var files: [(String, [UInt8])] = []
            for profile in SyntheticProfile.allCases {
                files.append(("generated \(profile.rawValue)", SyntheticRoadmap.bytes(profile.options(activities: 9, seed: 3))))
            }
            let minimal = try String(contentsOf: RuleFixtures.minimal, encoding: .utf8)
            // Text that looks like the start of an activity, inside a name.
            files.append(("a name holding an element's start", Array(minimal.replacingOccurrences(
                of: #""en": "Propose the strategy"}"#, with: #""en": "Propose}, {\"id\": \"x\"} }, {\"id\": \"y\", the strategy"}"#).utf8)))
            // Nested lists of objects that start with "id": names, and under a key the format
            // does not know (a warning), whole activities, which a reading started there takes
            // without a finding; then an element the fast path leaves to the general reading,
            // and a syntax error.
            let activities = (1...6).map { k in
                #"{"id": "a\#(k)", "name": {"fr": "Un }, {\"id\"", "en": "One"}, "area": "x", "role": "Pr", "status": "new", "team": null, "start": "2016-10", "finish": "2017-03"}"#
            }
            var nested = activities
            nested[2] = nested[2].replacingOccurrences(of: #""team": null"#, with: #""team": null, "alternateNames": [{"id": "n1"}, {"id": "n2"}]"#)
            nested[4] = nested[4].replacingOccurrences(of: #""team": null"#, with: #""team": null, "copies": [\#(activities[0]), \#(activities[1])]"#)
            let document = { (list: [String], tail: String) in
                Array(minimal.replacingOccurrences(of: #""activities": ["#, with: #""activities": ["# + list.joined(separator: ",\n ") + tail + ",").utf8)
            }
            files.append(("a nested list of id objects", document(nested, "")))
            var broken = activities
            broken[4] = broken[4].replacingOccurrences(of: #""start": "2016-10""#, with: #""start": "2016-13""#)
            files.append(("an element left to the general reading", document(broken, "")))
            files.append(("a syntax error after the second half's start", document(activities, ", , ")))
            files.append(("a trailing comma", Array(minimal.replacingOccurrences(of: "}\n  ],\n  \"dependencies\"", with: "},\n  ],\n  \"dependencies\"").utf8)))
            return files
        }
    }

    func testEveryGuessGivesWhatOneReadingGives() throws {
        let corpus = try Self.corpus
        var taken = 0, splits = 0
        for (name, bytes) in corpus {
            var ignored = 0
            let expected = Self.decode(bytes, splitAt: nil, readAside: &ignored)
            XCTAssertEqual(ignored, 0, "\(name): a small file is read on one processor")
            // Every byte from the activities' key on (before it, the reading aside is abandoned
            // at the lists' first element, as it is at every byte outside them).
            let activities = bytes.indices.first { bytes[$0...].starts(with: Array(#""activities""#.utf8)) } ?? 0
            for offset in (activities - 8)...bytes.count {
                var readAside = 0
                var decoded = Self.decode(bytes, splitAt: offset, whole: false, readAside: &readAside)
                if decoded.file == nil { decoded.file = expected.file }
                // Not XCTAssertEqual: its message would hold both files.
                XCTAssertTrue(decoded == expected, "\(name), second half guessed at byte \(offset)")
                if decoded != expected { break }
                taken += readAside
                if readAside > 0 { splits += 1 }
            }
        }
        // The guesses did land on elements' starts, and the elements read aside were taken.
        XCTAssertGreaterThan(splits, 100)
        XCTAssertGreaterThan(taken, 500)
    }

    /// On a long list the middle is found without a guess from the test, and half the list is
    /// read aside.
    func testALongListIsSplitNearItsMiddle() throws {
        let bytes = SyntheticRoadmap.bytes(SyntheticProfile.clean.options(activities: 6_000, seed: 2))
        var sequential = 0, split = 0
        // The reference: a guess past the end, which makes the split impossible.
        let expected = Self.decode(bytes, splitAt: Int.max, readAside: &sequential)
        XCTAssertEqual(sequential, 0)
        let decoded = Self.decode(bytes, splitAt: nil, readAside: &split)
        XCTAssertEqual(decoded, expected)
        let activities = decoded.activities?.count ?? 0, links = decoded.dependencies?.count ?? 0
        XCTAssertEqual(activities, 6_000)
        // The activities' list is long enough, the dependencies' not (under a megabyte); the
        // activities with provenance are read aside too, by the general reading.
        XCTAssertGreaterThan(split, activities * 2 / 5)
        XCTAssertLessThan(split, activities * 3 / 5)
        XCTAssertGreaterThan(links, 0)
    }

    /// The other processor's elements are moved into the list, not copied: each kept once,
    /// and those never moved released with their holder.
    func testElementsAreMovedOnceAndThoseLeftAreReleased() {
        final class Tracked {
            nonisolated(unsafe) static var alive = 0
            let value: Int
            init(_ value: Int) { self.value = value; Tracked.alive += 1 }
            deinit { Tracked.alive -= 1 }
        }
        var list = [Tracked(-1)]
        do {
            let held = MovableElements<Tracked>()
            for k in 0..<1_000 { held.append(Tracked(k)) }
            XCTAssertEqual(held.count, 1_000)
            held.move(appendingTo: &list)
            XCTAssertEqual(held.count, 0)
        }
        XCTAssertEqual(list.map(\.value), [-1] + Array(0..<1_000))
        XCTAssertEqual(Tracked.alive, 1_001)
        list = []
        XCTAssertEqual(Tracked.alive, 0)
        do {
            let held = MovableElements<Tracked>()
            held.reserve(10)
            for k in 0..<100 { held.append(Tracked(k)) }
        }
        XCTAssertEqual(Tracked.alive, 0, "the elements never moved are released with their holder")
    }

    /// Where a list's elements seem to start: after a `}` and a comma, a `{` and the key.
    func testAnElementsStartIsFoundByItsFirstKey() {
        let text = Array(#"[{"id": "a"},{"from": "b"} , { "id": "c"}]"#.utf8)
        text.withUnsafeBufferPointer { bytes in
            XCTAssertEqual(ListSplit.elementStart(in: bytes, from: 0, key: Array(#""id""#.utf8)), 29)
            XCTAssertEqual(ListSplit.elementStart(in: bytes, from: 0, key: Array(#""from""#.utf8)), 13)
            XCTAssertNil(ListSplit.elementStart(in: bytes, from: 30, key: Array(#""id""#.utf8)))
            // Too short a list to be worth a second processor.
            XCTAssertNil(ListSplit.middle(of: bytes, listStart: 1, firstKey: "id"))
        }
    }
}

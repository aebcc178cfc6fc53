import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// The decoder reads activities and dependencies twice over: a fast path for the common,
/// well-formed case, and the general reading it falls back to (RoadmapDecoder+FastPath.swift).
/// Both must give the same roadmap and the same findings on every file: each fixture, the
/// shipped roadmap and generated roadmaps of every profile are decoded both ways and compared.
final class FastPathAgreementTests: XCTestCase {
    struct Decoded {
        var roadmap: Roadmap?
        var diagnostics: [Diagnostic]
        var syntaxError: String?
        var fastActivities = 0
    }

    static func decode(_ bytes: [UInt8], fast: Bool) -> Decoded {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = RoadmapDecoder(bytes: buffer)
            decoder.usesFastPaths = fast
            do {
                let roadmap = try decoder.decodeDocument()
                return Decoded(roadmap: roadmap, diagnostics: decoder.diagnostics)
            } catch let error as JSONSyntaxError {
                return Decoded(roadmap: nil, diagnostics: decoder.diagnostics, syntaxError: "\(error.offset): \(error.message)")
            } catch {
                return Decoded(roadmap: nil, diagnostics: decoder.diagnostics, syntaxError: "\(error)")
            }
        }
    }

    static var corpus: [(name: String, bytes: [UInt8])] {
        get throws {
            var files: [(String, [UInt8])] = []
            let fixtures = RuleFixtures.testsFolder.appendingPathComponent("Fixtures")
            let enumerator = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "json" { files.append((url.path, try RuleFixtures.bytes(url))) }
            }
            files.append(("roadmap.json", try RuleFixtures.bytes(RuleFixtures.packageRoot.appendingPathComponent("roadmap.json"))))
            for profile in SyntheticProfile.allCases {
                files.append(("generated \(profile.rawValue)", SyntheticRoadmap.bytes(profile.options(activities: 400, seed: 7))))
            }
            // Keys the fast paths do not expect, where they would otherwise be skipped unseen.
            var odd = try String(contentsOf: RuleFixtures.minimal, encoding: .utf8)
            odd = odd.replacingOccurrences(of: #""en": "Propose the strategy"}"#, with: #""en": "Propose the strategy", "de": "x"}"#)
            odd = odd.replacingOccurrences(of: #""lag": 0, "#, with: #""lag": 0, "strenght": "weak", "#)
            odd = odd.replacingOccurrences(of: #""start": "2017-04", "finish": "2017-09"}"#, with: #""start": "2017-04", "finish": "2017-09", "strength": "weak"}"#)
            files.append(("minimal.json with unknown keys", Array(odd.utf8)))
            // A dependency the fast path takes whole, strength included.
            let plain = try RuleFixtures.text(RuleFixtures.minimal, replacing: #""lag": 0, "source": "inferred", "note": "propose, then socialize""#,
                                              with: #""lag": 0, "strength": "strong""#)
            files.append(("minimal.json with a plain dependency", plain))
            return files
        }
    }

    func testBothPathsGiveTheSameRoadmapAndFindingsOnEveryFile() throws {
        let corpus = try Self.corpus
        XCTAssertGreaterThan(corpus.count, 50)
        for (name, bytes) in corpus {
            let fast = Self.decode(bytes, fast: true), general = Self.decode(bytes, fast: false)
            XCTAssertEqual(fast.syntaxError, general.syntaxError, name)
            XCTAssertEqual(fast.diagnostics, general.diagnostics, name)
            XCTAssertEqual(fast.roadmap == nil, general.roadmap == nil, name)
            guard let a = fast.roadmap, let b = general.roadmap else { continue }
            XCTAssertEqual(a.activities, b.activities, name)
            XCTAssertEqual(a.dependencies, b.dependencies, name)
            // Everything else, and what equality leaves out, as the file it writes.
            XCTAssertEqual(RoadmapJSON.bytes(a), RoadmapJSON.bytes(b), name)
        }
    }

    /// The comparison above means something only if the fast paths do take most objects of a
    /// plain file, strength included.
    func testTheFastPathsReadAPlainActivityAndADependencyWithItsStrength() throws {
        let activity = Array(#"{"id": "a", "name": {"fr": "Un", "en": "One"}, "area": "x", "role": "Pr", "status": "new", "team": null, "start": "2016-10", "finish": "2017-03", "period": "P1", "gridOrder": 2}"#.utf8)
        let read = activity.withUnsafeBufferPointer { buffer -> Activity? in
            var decoder = RoadmapDecoder(bytes: buffer)
            return decoder.fastActivity()
        }
        XCTAssertEqual(read?.id, "a")
        XCTAssertEqual(read?.gridOrder, 2)
        let dependency = Array(#"{"from": "a", "to": "b", "type": "SS", "lag": -2, "strength": "weak"}"#.utf8)
        let link = dependency.withUnsafeBufferPointer { buffer -> Dependency? in
            var decoder = RoadmapDecoder(bytes: buffer)
            return decoder.fastDependency()
        }
        XCTAssertEqual(link, Dependency(from: "a", to: "b", type: .SS, lag: -2, strength: .weak))
        // An unknown key is the general reading's to report.
        let misspelt = Array(#"{"from": "a", "to": "b", "strenght": "weak"}"#.utf8)
        XCTAssertNil(misspelt.withUnsafeBufferPointer { buffer -> Dependency? in
            var decoder = RoadmapDecoder(bytes: buffer)
            return decoder.fastDependency()
        })
    }
}

import Foundation
import XCTest
@testable import RoadmapModel

/// Ids chosen so that they all collide under the unseeded hash the id table once used
/// (FNV-1a, linear probing): with it, each id probed past all the earlier ones, and this file
/// took hours to load. Identity is now a `Dictionary` keyed by bytes, whose hash is seeded per
/// process, so no file can be written to collide. The test asserts what loading finds, not
/// how long it takes; before the change it does not finish.
final class IDCollisionTests: XCTestCase {
    /// Blocks of 11 characters found by a cycle search (Floyd's) on FNV-1a: from the state
    /// after the blocks before it, either block of a pair gives the same low 52 bits of state,
    /// and those bits alone decide the slot in any table of up to 2^18 slots. Any choice of
    /// one block per pair is an id; all 2^17 of them collide.
    static let collidingBlocks: [(String, String)] = [
        ("9mvt8iq72gb", "iw5c6va6oea"),
        ("rhgkj04r0ea", "fex69emsbha"),
        ("13jgxpupbra", "82xb1pe0fta"),
        ("wva3rcwepma", "xiipwxh5ana"),
        ("7ionpva2v5a", "o8w59f6xwxa"),
        ("9ru1v7mttcb", "9x0d3lb7k9a"),
        ("gq3964jt21a", "shlh7fjs2fa"),
        ("oszq88obxoa", "vpy68drdg5a"),
        ("80ra5sfiq6a", "wv5vwdcmpgb"),
        ("laflxaka2ab", "cmp2r5rsxda"),
        ("d1loglo76ab", "sa7qvrm78wa"),
        ("1wzy3zmz3hb", "lezvwsig8ra"),
        ("y5gd2is2o0a", "z1wuuqyoeta"),
        ("kidvz4v167a", "yvbg59wh6sa"),
        ("jbc6j91d5ta", "t86krzekspa"),
        ("g9j9c81zk9a", "p2p5mq396pa"),
        ("kr7iqujvrpa", "tw36rvsqeib")
    ]

    static func collidingID(_ k: Int) -> String {
        collidingBlocks.enumerated().map { bit, pair in (k >> bit) & 1 == 0 ? pair.0 : pair.1 }.joined()
    }

    /// 50,000 activities whose ids collide, each depending on the one before: every id and
    /// every reference resolves, and nothing is reported.
    func testCollidingIDsLoadAndResolve() throws {
        let n = 50_000
        var text = #"{"schemaVersion": 1, "meta": {"title": "Collisions", "timeline": {"start": "2016-10", "finish": "2018-03"}, "periods": []},"#
        text += #""roles": [{"id": "Pr", "name": "Promoteur"}], "areas": [{"id": "area", "name": "Area"}], "teams": [],"#
        text += #""workingGroups": [], "principles": [], "glossary": [], "activities": ["#
        for k in 0..<n {
            if k > 0 { text += "," }
            text += #"{"id": "\#(Self.collidingID(k))", "name": "A", "area": "area", "role": "Pr", "status": "new", "start": "2016-10", "finish": "2016-10"}"#
        }
        text += #"], "dependencies": ["#
        for k in 1..<n {
            if k > 1 { text += "," }
            text += #"{"from": "\#(Self.collidingID(k - 1))", "to": "\#(Self.collidingID(k))", "type": "SS"}"#
        }
        text += "]}"

        let result = RoadmapLoader.load(bytes: Array(text.utf8))
        XCTAssertEqual(result.diagnostics, [], findingsList(result))
        let validated = try result.get()
        XCTAssertEqual(validated.activityIndex.count, n)
        for k in stride(from: 0, to: n, by: 997) {
            XCTAssertEqual(validated.activityIndex[Self.collidingID(k)], k)
        }
        XCTAssertEqual(validated.graph.edges.count, n - 1)
        XCTAssertTrue(validated.graph.edges.allSatisfy { $0.to == $0.from + 1 })
    }
}

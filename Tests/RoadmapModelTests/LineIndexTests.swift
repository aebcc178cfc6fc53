import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic

/// Lines and columns of findings come from one sweep over the file, with the findings taken in
/// the order of their offsets. Checked against counting from the start for each offset, on
/// small texts, and on a minified file (one line) with a warning on every activity — the shape
/// that used to cost findings × file size. Its cost is measured in docs/performance.md, not
/// timed here.
final class LineIndexTests: XCTestCase {
    /// Line and column of one offset, counted from the start of the text.
    private func naive(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[0..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    func testOffsetsInAnyOrderMatchCountingFromTheStart() {
        let bytes = Array("é{\n  \"a\": \"日本\",\n\n😀x\n".utf8)
        var random = SplitMix64(seed: 8)
        for _ in 0..<50 {
            var offsets: [Int?] = (0..<random.int(in: 0...12)).map { _ in random.int(in: 0...bytes.count + 3) }
            if random.chance(0.5) { offsets.append(nil) }
            if let first = offsets.first { offsets.append(first) }
            let found = LineIndex.locations(of: offsets, in: bytes)
            XCTAssertEqual(found.count, offsets.count)
            for (offset, place) in zip(offsets, found) {
                guard let offset else { XCTAssertNil(place); continue }
                let expected = naive(offset, in: bytes)
                XCTAssertEqual(place?.line, expected.line, "offset \(offset)")
                XCTAssertEqual(place?.column, expected.column, "offset \(offset)")
            }
        }
    }

    func testManyFindingsOnOneLongLine() {
        let bytes = Array(String(repeating: "aé日😀", count: 1_000).utf8)
        let offsets: [Int?] = stride(from: bytes.count - 1, through: 0, by: -7).map { $0 }
        let found = LineIndex.locations(of: offsets, in: bytes)
        for (offset, place) in zip(offsets, found) {
            let expected = naive(offset!, in: bytes)
            XCTAssertTrue(place?.line == 1 && place?.column == expected.column, "offset \(offset!)")
        }
    }

    /// A minified roadmap where every activity's role differs from its team's: one warning per
    /// activity, each pointing at the first character of its activity's object.
    func testEveryWarningOfAMinifiedFilePointsAtItsActivity() throws {
        var roadmap = SyntheticRoadmap.make(.init(activities: 2_000, seed: 3))
        let teamRole = Dictionary(roadmap.teams.map { ($0.id, $0.role) }, uniquingKeysWith: { first, _ in first })
        var expected = 0
        for i in roadmap.activities.indices {
            guard let team = roadmap.activities[i].team, let role = teamRole[team] else { continue }
            let other = roadmap.roles.map(\.id).first { $0 != role }!
            roadmap.activities[i].role = other
            roadmap.activities[i].roleAsWritten = other
            expected += 1
        }
        let bytes = minified(RoadmapJSON.bytes(roadmap))
        XCTAssertFalse(bytes.contains(0x0A))

        let result = RoadmapLoader.load(bytes: bytes)
        let warnings = result.warnings.filter { $0.message.contains("differs from its task team's") }
        XCTAssertGreaterThan(expected, 1_000)
        XCTAssertEqual(warnings.count, expected, findingsList(result))
        // Column → byte offset, by walking the line; there, the activity's object begins.
        var offsetOfColumn: [Int] = [0]
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsetOfColumn.append(offset + 1) }
        for warning in warnings {
            XCTAssertEqual(warning.line, 1)
            let column = try XCTUnwrap(warning.column)
            let offset = offsetOfColumn[column - 1]
            let id = try XCTUnwrap(warning.objectID)
            XCTAssertTrue(bytes[offset...].starts(with: Array(#"{"id":"\#(id)","#.utf8)), "\(warning)")
        }
    }

    /// The JSON without whitespace outside strings, keys in the same order.
    private func minified(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var inString = false, escaped = false
        for byte in bytes {
            if inString {
                result.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                result.append(byte)
            } else if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 {
                result.append(byte)
            }
        }
        return result
    }
}

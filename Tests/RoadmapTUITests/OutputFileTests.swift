import Foundation
import XCTest
@testable import RoadmapTUI

/// An export made a chunk at a time goes to a temporary file that replaces the target only
/// when every chunk is written: one that fails half-way leaves nothing behind, and an older
/// file as it was.
final class OutputFileTests: XCTestCase {
    private struct Broken: Error {}

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testChunksArriveInOrderInTheFile() throws {
        let target = try folder().appendingPathComponent("out.txt")
        try OutputFile.writeAtomically(to: target.path) { sink in
            for k in 0..<5 { try sink(Array("chunk \(k)\n".utf8)) }
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), (0..<5).map { "chunk \($0)\n" }.joined())
    }

    func testAFailureHalfWayLeavesNoFileAndNoTemporaryFile() throws {
        let base = try folder()
        let target = base.appendingPathComponent("out.txt")
        XCTAssertThrowsError(try OutputFile.writeAtomically(to: target.path) { sink in
            try sink(Array("first rows\n".utf8))
            throw Broken()
        })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: base.path), [], "neither the target nor a temporary file")

        try Data("the old export\n".utf8).write(to: target)
        XCTAssertThrowsError(try OutputFile.writeAtomically(to: target.path) { sink in
            try sink(Array("new rows\n".utf8))
            throw Broken()
        })
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "the old export\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: base.path), ["out.txt"])
    }
}

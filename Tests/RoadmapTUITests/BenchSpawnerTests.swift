import Foundation
import XCTest
@testable import RoadmapTUI

/// `roadmap bench` measures each command's peak memory through a spawner (`BenchSpawner`): on
/// Linux a process's peak starts from its parent's at the exec that makes it, so a command
/// started by a process that holds much reports that much. The spawner is started while the
/// bench is small and reports each command's own peak, its status, and a program that does not
/// start.
final class BenchSpawnerTests: XCTestCase {
    private func binary() throws -> URL { try RoadmapBinary.locate(near: Bundle(for: BenchSpawnerTests.self)) }
    private let minimal = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minimal.json").path

    func testTheSpawnerReportsEachCommandsOwnPeakAndStatus() throws {
        let roadmap = try binary().path
        let spawner = try XCTUnwrap(BenchSpawner.start(executable: roadmap))
        // This process made large after the spawner started, as the bench grows: 400 MB touched.
        let size = 400 << 20
        let large = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { large.deallocate() }
        for k in stride(from: 0, to: size, by: 4096) { large[k] = 1 }

        // Started from here, the command's peak counts this process's: why the spawner is.
        let direct = try XCTUnwrap(ChildProcess.runHere([roadmap, "validate", minimal]))
        XCTAssertEqual(direct.status, 0)
        XCTAssertGreaterThan(direct.peakMB, 400, "Linux no longer counts the parent's peak at an exec: the spawner is not needed")

        let measured = try XCTUnwrap(spawner.run([roadmap, "validate", minimal]))
        XCTAssertEqual(measured.status, 0)
        XCTAssertLessThan(measured.peakMB, 100)
        XCTAssertGreaterThan(measured.peakMB, 1)
        XCTAssertGreaterThan(measured.seconds, 0)

        // The status as wait4 gives it; a program that does not start is nil, and the spawner
        // goes on answering.
        XCTAssertEqual(spawner.run(["/bin/sh", "-c", "exit 3"])?.status, 3 << 8)
        XCTAssertNil(spawner.run(["/nonexistent/program"]))
        XCTAssertEqual(spawner.run([roadmap, "validate", "/nonexistent/roadmap.json"])?.status, 1 << 8)
        XCTAssertEqual(spawner.run([roadmap, "--version"])?.status, 0)
    }
}

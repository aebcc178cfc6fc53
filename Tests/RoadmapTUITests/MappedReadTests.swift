import Foundation
import RoadmapSynthetic
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A roadmap file is read where it is mapped (`MappedFile`). Another program shortening it
/// while it is read would raise SIGBUS: the program says what happened and exits 1, never a
/// crash (`MappedRead`).
final class MappedReadTests: XCTestCase {
    func testAFileShortenedWhileReadIsAMessageNotACrash() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: MappedReadTests.self))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Large enough that decoding it lasts well past the moment it is seen mapped.
        let file = folder.appendingPathComponent("plan.json")
        try Data(SyntheticRoadmap.bytes(.init(activities: 50_000, seed: 4))).write(to: file)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["validate", file.path]
        process.environment = ProcessRunner.isolatedEnvironment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Shortened as soon as the program has the file mapped (its /proc maps name it).
        var seenMapped = false
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            if let maps = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/maps", encoding: .utf8), maps.contains(file.path) {
                seenMapped = true
                // At a page's end: a length within a page would leave that page's rest for
                // the program to read as zeros (a syntax error, not the signal) were it still
                // reading the first page.
                XCTAssertEqual(truncate(file.path, off_t(2 * sysconf(Int32(_SC_PAGESIZE)))), 0)
                break
            }
            usleep(1_000)
        }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(seenMapped, "the file is read where it is mapped")
        XCTAssertEqual(process.terminationReason, .exit, "not killed by a signal: \(said)")
        XCTAssertEqual(process.terminationStatus, 1, said)
        XCTAssertTrue(said.contains("plan.json: the file became shorter while it was read"), said)
    }
}

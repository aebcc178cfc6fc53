import Foundation
import XCTest
@testable import RoadmapModel
import RoadmapSynthetic
#if canImport(Glibc)
import Glibc
#endif

/// A roadmap file read where it is mapped (`MappedFile`, issue 26) loads as the same bytes read
/// into an array do: the same roadmap, the same findings at the same lines and columns — which,
/// once the file is decoded and its pages given back, are read from the page cache again.
final class MappedFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testEveryFixtureLoadsAsFromAnArray() throws {
        var files = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.validFolder.path).map { RuleFixtures.validFolder.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.invalidFolder.path).map { RuleFixtures.invalidFolder.appendingPathComponent($0) }
        files.append(RuleFixtures.packageRoot.appendingPathComponent("roadmap.json"))
        // A generated file with a warning on nearly every activity, minified: one line, each
        // finding's column counted from the file's first byte after the pages were given back.
        let warnings = folder.appendingPathComponent("warnings.json")
        try Data(SyntheticRoadmap.bytes(SyntheticProfile.minifiedWarnings.options(activities: 3_000, seed: 5))).write(to: warnings)
        files.append(warnings)
        var compared = 0
        for file in files where file.pathExtension == "json" {
            let bytes = try RuleFixtures.bytes(file)
            let fromArray = RoadmapLoader.load(bytes: bytes)
            guard let mapped = MappedFile(path: file.path) else {
                XCTAssertTrue(bytes.isEmpty, "\(file.lastPathComponent): only an empty file is not mapped")
                continue
            }
            XCTAssertEqual(Array(mapped.buffer), bytes, file.lastPathComponent)
            let fromMap = RoadmapLoader.load(mapped: mapped)
            XCTAssertEqual(fromMap.diagnostics.map { $0.formatted(file: "f") }, fromArray.diagnostics.map { $0.formatted(file: "f") }, file.lastPathComponent)
            XCTAssertEqual(fromMap.roadmap.map { RoadmapJSON.bytes($0, layout: .canonical) }, fromArray.roadmap.map { RoadmapJSON.bytes($0, layout: .canonical) },
                           file.lastPathComponent)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 50)
        let many = RoadmapLoader.load(mapped: try XCTUnwrap(MappedFile(path: warnings.path)))
        XCTAssertGreaterThan(many.diagnostics.count, 500)
        XCTAssertTrue(many.diagnostics.allSatisfy { $0.line == 1 && $0.column != nil })
    }

    /// Anything that is not a regular file with bytes in it is left to `readFile`, which reads
    /// it (a pipe) or says why not (a folder, a file missing or empty) — and a named pipe is not
    /// waited on.
    func testOnlyARegularFileWithBytesIsMapped() throws {
        XCTAssertNil(MappedFile(path: folder.path))
        XCTAssertNil(MappedFile(path: folder.appendingPathComponent("missing.json").path))
        let empty = folder.appendingPathComponent("empty.json")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        XCTAssertNil(MappedFile(path: empty.path))
        let pipe = folder.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(pipe.path, 0o600), 0)
        XCTAssertNil(MappedFile(path: pipe.path))
        XCTAssertNil(MappedFile(path: "/dev/null"))
        let text = folder.appendingPathComponent("one.json")
        try Data("{}".utf8).write(to: text)
        let mapped = try XCTUnwrap(MappedFile(path: text.path))
        XCTAssertEqual(Array(mapped.buffer), Array("{}".utf8))
        mapped.dropResident()
        XCTAssertEqual(Array(mapped.buffer), Array("{}".utf8), "given back, read again from the page cache")
    }
}

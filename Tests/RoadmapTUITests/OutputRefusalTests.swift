import Foundation
import XCTest

/// The README's promise for `--output` (`-o`) of `roadmap export` and `roadmap import`: it
/// refuses to write over the file being read, by any name for it, and a place that cannot be
/// written gives a clear error and exit 1 — nothing on standard output, the file being read
/// as it was, no file left behind. The atomic writing itself is OutputFileTests'.
final class OutputRefusalTests: XCTestCase {
    private var folder: URL!
    private var binary: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        binary = try RoadmapBinary.locate(near: Bundle(for: OutputRefusalTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-refusal-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        super.tearDown()
    }

    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func run(_ arguments: [String]) throws -> ProcessOutput {
        try ProcessRunner.run(binary, arguments, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], currentDirectory: folder)
    }

    /// A copy of a fixture in the test's folder, and its bytes.
    private func copy(_ fixture: String, as name: String) throws -> (URL, Data) {
        let url = folder.appendingPathComponent(name)
        let bytes = try Data(contentsOf: Self.fixtures.appendingPathComponent(fixture))
        try bytes.write(to: url)
        return (url, bytes)
    }

    /// Exit 1, nothing on standard output, `words` in the message, the input untouched and no
    /// file but the ones that were there before.
    private func assertRefused(_ output: ProcessOutput, saying words: String, input: URL, bytes: Data,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(output.status, 1, output.stderrText, file: file, line: line)
        XCTAssertEqual(output.stdout.count, 0, "nothing on standard output", file: file, line: line)
        XCTAssertTrue(output.stderrText.contains(words), "“\(words)” in: \(output.stderrText)", file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: input), bytes, "the file being read is as it was", file: file, line: line)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(left, [], "no temporary file left behind", file: file, line: line)
    }

    func testExportRefusesToWriteOverTheRoadmapItReadsByAnyName() throws {
        let (roadmap, bytes) = try copy("minimal.json", as: "plan.json")
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.json"), withDestinationURL: roadmap)
        try FileManager.default.linkItem(at: roadmap, to: folder.appendingPathComponent("hard.json"))
        for name in ["plan.json", "./plan.json", roadmap.path, "link.json", "hard.json"] {
            for format in ["json"] {
                let output = try run(["export", "plan.json", "--format", format, "-o", name])
                try assertRefused(output, saying: "roadmap export: error: \(name) is the roadmap being read; choose another output file",
                                  input: roadmap, bytes: bytes)
            }
        }
    }

    func testImportRefusesToWriteOverThePlanItReads() throws {
        let (sheet, bytes) = try copy("../../fuzz/corpus/import-sheet.csv", as: "sheet.csv")
        let good = try run(["import", "sheet.csv"])
        XCTAssertEqual(good.status, 0, "the plan imports: \(good.stderrText)")
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.csv"), withDestinationURL: sheet)
        for name in ["sheet.csv", sheet.path, "link.csv"] {
            let output = try run(["import", "sheet.csv", "-o", name])
            try assertRefused(output, saying: "roadmap import: error: \(name) is the roadmap being read; choose another output file",
                              input: sheet, bytes: bytes)
        }
    }

    /// Places no one may write, root included (the tests run as root on CI): a folder that is
    /// not there, a path that is a folder, and /proc, which the kernel lets no one create a
    /// file in.
    func testAPlaceThatCannotBeWrittenIsExitOneWithTheReason() throws {
        let (roadmap, bytes) = try copy("minimal.json", as: "plan.json")
        let (sheet, sheetBytes) = try copy("../../fuzz/corpus/import-sheet.csv", as: "sheet.csv")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a-folder"), withIntermediateDirectories: false)
        let places: [(path: String, words: String)] = [
            ("no-such-folder/out.json", "cannot write no-such-folder/out.json: "),
            ("a-folder", "cannot write a-folder: it is a folder"),
            ("a-folder/", "cannot write a-folder/: it names a folder"),
            ("/proc/roadmap-out.json", "cannot write /proc/roadmap-out.json: "),
        ]
        for place in places {
            let export = try run(["export", "plan.json", "--format", "json", "-o", place.path])
            try assertRefused(export, saying: "roadmap export: error: " + place.words, input: roadmap, bytes: bytes)
            let imported = try run(["import", "sheet.csv", "-o", place.path])
            try assertRefused(imported, saying: "roadmap import: error: " + place.words, input: sheet, bytes: sheetBytes)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/proc/roadmap-out.json"))
    }

    /// A device or a pipe named by -o is written into, never replaced: the atomic rename would
    /// put a regular file in its place (`roadmap bench` writes to /dev/null, and as root that
    /// replaced the machine's /dev/null). A FIFO, which anyone may make; as root also a null
    /// device of the test's own (mknod), never the system's.
    func testADeviceOrAPipeIsWrittenIntoNotReplaced() throws {
        let (roadmap, _) = try copy("minimal.json", as: "plan.json")
        let expected = try run(["export", roadmap.path, "--format", "json"]).stdout
        let fifo = folder.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        // The reading end open first, without waiting, so that the program's open succeeds;
        // the export (a few KB) fits in the pipe's buffer.
        let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(reader, 0)
        defer { close(reader) }
        let export = try run(["export", "plan.json", "--format", "json", "-o", fifo.path])
        XCTAssertEqual(export.status, 0, export.stderrText)
        var status = stat()
        XCTAssertEqual(stat(fifo.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        var received = [UInt8](), buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(reader, &buffer, buffer.count)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        XCTAssertEqual(Data(received), expected, "the export went through the pipe")

        if getuid() == 0 {
            // Device 1:3 (major 1, minor 3: Linux's null device), as makedev(1, 3) encodes it.
            let device = folder.appendingPathComponent("null")
            XCTAssertEqual(mknod(device.path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)), 0, "a null device of the test's own")
            let sheet = Self.fixtures.appendingPathComponent("../../fuzz/corpus/import-sheet.csv").standardized.path
            for arguments in [["export", "plan.json", "--format", "text"], ["import", sheet]] {
                let output = try run(arguments + ["-o", device.path])
                XCTAssertEqual(output.status, 0, output.stderrText)
                XCTAssertEqual(stat(device.path, &status), 0)
                XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "\(arguments[0]) -o a null device leaves it a device")
            }
        }
    }
}

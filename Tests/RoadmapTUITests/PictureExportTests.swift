import Foundation
import XCTest
import RoadmapModel
import RoadmapViews
@testable import RoadmapTUI

/// `roadmap export --format png` and `--format pdf` (issue 21): the SVG chart drawn by librsvg's
/// rsvg-convert (Debian librsvg2-bin; scripts/bootstrap installs it, and poppler-utils for
/// pdfinfo). In both languages, at 80 and 200 columns, from the shipped roadmap and from bad
/// input; and without rsvg-convert, a clear error that names the package, and no file.
final class PictureExportTests: XCTestCase {
    private var binary: URL!
    private var folder: URL!

    override func setUpWithError() throws {
        binary = try RoadmapBinary.locate(near: Bundle(for: PictureExportTests.self))
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-pictures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard RSVGConvert.find("rsvg-convert", in: ProcessInfo.processInfo.environment["PATH"]) != nil else {
            throw XCTSkip("rsvg-convert is not installed: scripts/bootstrap installs librsvg2-bin")
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func export(_ arguments: [String], to name: String, environment: [String: String]? = nil) throws -> (ProcessOutput, URL) {
        let output = folder.appendingPathComponent(name)
        var environment = environment ?? ProcessRunner.isolatedEnvironment
        environment["SOURCE_DATE_EPOCH"] = "1733443200"
        let result = try ProcessRunner.run(binary, ["export"] + arguments + ["--output", output.path], environment: environment, timeout: 300)
        return (result, output)
    }

    /// A PNG's signature and its IHDR's width and height.
    private func pngSize(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: url))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG", file: file, line: line)
        XCTAssertEqual(String(decoding: bytes[12..<16], as: UTF8.self), "IHDR", file: file, line: line)
        func int(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16..<20), int(20..<24))
    }

    /// What pdfinfo says of a PDF, which fails on one it cannot open.
    private func pdfinfo(_ url: URL) throws -> String {
        guard let pdfinfo = RSVGConvert.find("pdfinfo", in: ProcessInfo.processInfo.environment["PATH"]) else {
            throw XCTSkip("pdfinfo is not installed: scripts/bootstrap installs poppler-utils")
        }
        let result = try ProcessRunner.run(URL(fileURLWithPath: pdfinfo), [url.path])
        XCTAssertEqual(result.status, 0, result.stderrText)
        return result.stdoutText
    }

    func testTheShippedRoadmapAsPNGAndPDFInBothLanguages() throws {
        let shipped = TerminalTestCase.shipped.path
        for language in ["fr", "en"] {
            for width in [80, 200] {
                let (png, pngFile) = try export([shipped, "--format", "png", "--lang", language, "--width", String(width)], to: "chart-\(language)-\(width).png")
                XCTAssertEqual(png.status, 0, png.stderrText)
                let size = try pngSize(pngFile)
                // Twice the SVG's size: eight pixels a column, doubled.
                XCTAssertEqual(size.width, width * 8 * 2, "\(language) \(width)")
                XCTAssertGreaterThan(size.height, 800)
                let (pdf, pdfFile) = try export([shipped, "--format", "pdf", "--lang", language, "--width", String(width)], to: "chart-\(language)-\(width).pdf")
                XCTAssertEqual(pdf.status, 0, pdf.stderrText)
                let info = try pdfinfo(pdfFile)
                XCTAssertTrue(info.contains("Pages:           1"), info)
                // Vector: the page is the SVG's size in points (3/4 of its pixels).
                XCTAssertTrue(info.contains("Page size:       \(width * 8 * 3 / 4) x"), info)
            }
        }
    }

    /// Long, CJK and emoji names, and ten thousand activities: a PNG that decodes (drawn
    /// smaller where twice the size would pass librsvg's largest image) and a PDF that opens.
    func testBadInputStillMakesPicturesThatOpen() throws {
        let long = String(repeating: "x", count: 2000), words = Array(repeating: "governance", count: 182).joined(separator: " ")
        var text = try String(contentsOf: TerminalTestCase.minimal, encoding: .utf8)
        for (old, new) in [(#""en": "Propose the strategy""#, #""en": "\#(words)""#), (#""en": "Socialize the strategy""#, #""en": "\#(long)""#),
                           (#"{"fr": "Infonuagique", "en": "Cloud"}"#, #"{"fr": "デジタル政府の基盤となる原則", "en": "☁️ Cloud 🚀 👩🏽‍💻"}"#)] {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let names = folder.appendingPathComponent("names.json")
        try Data(text.utf8).write(to: names)
        let big = folder.appendingPathComponent("big.json")
        let made = try ProcessRunner.run(binary, ["generate", "--activities", "10000", "--output", big.path])
        XCTAssertEqual(made.status, 0, made.stderrText)
        for (roadmap, what) in [(names.path, "names"), (big.path, "big")] {
            for width in what == "big" ? [80] : [20, 1000] {
                let (png, pngFile) = try export([roadmap, "--format", "png", "--lang", "en", "--width", String(width)], to: "\(what)-\(width).png")
                XCTAssertEqual(png.status, 0, "\(what) \(width): \(png.stderrText)")
                let size = try pngSize(pngFile)
                XCTAssertLessThanOrEqual(max(size.width, size.height), Int(RSVGConvert.largestImage), "\(what) \(width)")
                XCTAssertGreaterThan(size.width, 0)
            }
            let (pdf, pdfFile) = try export([roadmap, "--format", "pdf", "--lang", "fr", "--width", "80"], to: "\(what).pdf")
            XCTAssertEqual(pdf.status, 0, "\(what): \(pdf.stderrText)")
            XCTAssertTrue(try pdfinfo(pdfFile).contains("Pages:           1"))
        }
    }

    /// Without rsvg-convert on PATH: exit 1, the package named, nothing written.
    func testWithoutTheRendererTheErrorNamesThePackageAndNothingIsWritten() throws {
        var environment = ProcessRunner.isolatedEnvironment
        environment["PATH"] = "/nonexistent"
        for format in ["png", "pdf"] {
            let (result, output) = try export([TerminalTestCase.minimal.path, "--format", format], to: "chart.\(format)", environment: environment)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderrText.hasPrefix("roadmap export: error: --format png and --format pdf draw the SVG chart with rsvg-convert"), result.stderrText)
            XCTAssertTrue(result.stderrText.contains("librsvg2-bin"), result.stderrText)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no file written")
        }
    }

    /// The zoom that keeps a PNG within librsvg's largest image.
    func testTheZoomKeepsThePNGWithinLibrsvgsLargestImage() {
        func svg(_ width: Double, _ height: Double) -> [UInt8] {
            Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 1 1\">".utf8)
        }
        XCTAssertEqual(RSVGConvert.zoom(svg(800, 1200)), "2.0")
        XCTAssertEqual(RSVGConvert.zoom(svg(1280, 230_000)), "0.1391")
        XCTAssertEqual(RSVGConvert.dimensions(svg(640.5, 99)).width, 640.5)
    }

    /// The PDF's creation date is the day, not the second: SOURCE_DATE_EPOCH as given, else
    /// the start of today (UTC), handed to rsvg-convert (cairo writes it). Two exports the same day
    /// are the same bytes (ExportDeterminismTests found two PDFs a second apart differing).
    func testTheRendererIsGivenTheDayAsItsDate() throws {
        XCTAssertEqual(RSVGConvert.environment(["SOURCE_DATE_EPOCH": "1796083200", "PATH": "/bin"]),
                       ["SOURCE_DATE_EPOCH": "1796083200", "PATH": "/bin"])
        let noon = Date(timeIntervalSince1970: 1_796_083_200 + 12 * 3600 + 17)
        let given = try XCTUnwrap(RSVGConvert.environment([:], now: noon)["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init))
        XCTAssertEqual(given, 1_796_083_200, "the start of that day, UTC")
        // The PDF drawn now says midnight: no second of its drawing is in it.
        let svg = try Data(contentsOf: TerminalTestCase.repository.appendingPathComponent("docs/roadmap-en.svg"))
        let pdf = String(decoding: try RSVGConvert().render(svg: Array(svg), as: .pdf), as: UTF8.self)
        let date = try XCTUnwrap(pdf.firstMatch(of: /\/CreationDate \(D?:?(\d{8})(\d{6})/), "no creation date in the PDF")
        XCTAssertEqual(String(date.2), "000000", String(date.0))
    }
}

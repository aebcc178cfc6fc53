import Foundation
import XCTest

/// The README shows the shipped roadmap as `docs/roadmap-en.svg` and `docs/roadmap-fr.svg`,
/// "exported with --format svg --lang en --width 120" (SOURCE_DATE_EPOCH fixed at 1 December 2026, so that the
/// picture changes only with the program): they must be what that export gives
/// today, or the README shows a roadmap (or a drawing) that is no longer the program's. When
/// the roadmap or the SVG export changes on purpose, one command (in the failure message)
/// writes both again.
final class DocsPictureTests: XCTestCase {
    static let regenerate = "for lang in en fr; do SOURCE_DATE_EPOCH=1796083200 .build/debug/roadmap export roadmap.json --format svg --lang $lang --width 120 "
        + "-o docs/roadmap-$lang.svg; done"

    func testTheREADMEPicturesAreTheCurrentExport() throws {
        let binary = try RoadmapBinary.locate(near: Bundle(for: DocsPictureTests.self))
        let repository = TerminalTestCase.repository
        for language in ["en", "fr"] {
            let picture = "docs/roadmap-\(language).svg"
            let export = try ProcessRunner.run(binary, ["export", "roadmap.json", "--format", "svg", "--lang", language, "--width", "120"],
                                               environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1796083200",
                                                             "XDG_CONFIG_HOME": "/nonexistent/roadmap-tests-config"],
                                               currentDirectory: repository)
            XCTAssertEqual(export.status, 0, export.stderrText)
            let committed = try Data(contentsOf: repository.appendingPathComponent(picture))
            guard committed != export.stdout else { continue }
            let a = String(decoding: committed, as: UTF8.self).components(separatedBy: "\n")
            let b = export.stdoutText.components(separatedBy: "\n")
            let at = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("""
                \(picture) is not what the export gives today (first difference at line \(at + 1)); \
                if the change is meant, write both pictures again, from the package folder:
                  \(Self.regenerate)
                """)
        }
    }
}

import Foundation
import XCTest
@testable import RoadmapTUI

/// The line editor of the prompts and the picker's filter line, and the path completion of the
/// export prompt, on their own.
final class LineEditorTests: XCTestCase {
    private func edit(_ text: String, _ keys: [Key]) -> LineEditor {
        var editor = LineEditor(text)
        for key in keys { _ = editor.handle(key, action: ActionTable.action(for: key, in: .lineEditor)) }
        return editor
    }

    func testMovingAndDeleting() {
        XCTAssertEqual(edit("abc", [.left, .character("x")]).text, "abxc")
        XCTAssertEqual(edit("abc", [.home, .character("x")]).text, "xabc")
        XCTAssertEqual(edit("abc", [.home, .right, .delete]).text, "ac")
        XCTAssertEqual(edit("abc", [.home, .backspace]).text, "abc", "nothing before the start")
        XCTAssertEqual(edit("abc", [.delete]).text, "abc", "nothing after the end")
        XCTAssertEqual(edit("abc", [.left, .left, .control("u")]).text, "bc")
        XCTAssertEqual(edit("abc", [.left, .left, .control("k")]).text, "a")
        XCTAssertEqual(edit("abc", [.home, .control("e"), .character("d")]).text, "abcd")
        XCTAssertEqual(edit("éte", [.left, .left, .backspace]).text, "te", "whole characters")
        XCTAssertEqual(edit("a", [.left, .left, .left, .right, .right, .character("b")]).text, "ab", "the cursor stays within the line")
    }

    func testCtrlWTakesAWordOrAFolderAtATime() {
        XCTAssertEqual(edit("one two", [.control("w")]).text, "one ")
        XCTAssertEqual(edit("one two  ", [.control("w")]).text, "one ")
        XCTAssertEqual(edit("~/plans/2016/", [.control("w")]).text, "~/plans/")
        XCTAssertEqual(edit("~/plans/view.txt", [.left, .left, .left, .control("w")]).text, "~/plans/txt")
        XCTAssertEqual(edit("", [.control("w")]).text, "")
    }

    func testResultsSayWhetherTheTextChanged() {
        var editor = LineEditor("ab")
        XCTAssertEqual(editor.handle(.left, action: .cursorLeft), .moved)
        XCTAssertEqual(editor.handle(.character("x"), action: nil), .edited)
        XCTAssertEqual(editor.handle(.control("u"), action: .deleteToStart), .edited)
        XCTAssertEqual(editor.handle(.control("u"), action: .deleteToStart), .moved, "nothing left to delete")
        XCTAssertEqual(editor.handle(.character("\u{7}"), action: nil), .notHandled)
        XCTAssertEqual(editor.handle(.tab, action: .complete), .notHandled)
    }

    func testTildeExpansion() {
        XCTAssertEqual(PathCompletion.expandingTilde("~/a.csv", home: "/home/me"), "/home/me/a.csv")
        XCTAssertEqual(PathCompletion.expandingTilde("~/a.csv", home: "/home/me/"), "/home/me/a.csv")
        XCTAssertEqual(PathCompletion.expandingTilde("~", home: "/home/me"), "/home/me")
        XCTAssertEqual(PathCompletion.expandingTilde("a~/b", home: "/home/me"), "a~/b")
        XCTAssertEqual(PathCompletion.expandingTilde("~/a", home: nil), "~/a", "no HOME: as typed")
    }

    func testCompletion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-completion-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("été"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["plan-a.md", "plan-b.md", ".plan.md"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
        let base = folder.path + "/"
        XCTAssertEqual(PathCompletion.complete(base + "p", home: nil), .init(addition: "lan-", candidates: ["plan-a.md", "plan-b.md"]))
        XCTAssertEqual(PathCompletion.complete(base + "plan-", home: nil), .init(addition: "", candidates: ["plan-a.md", "plan-b.md"]))
        XCTAssertEqual(PathCompletion.complete(base + ".", home: nil).candidates, [".plan.md"], "hidden files when asked for")
        XCTAssertEqual(PathCompletion.complete(base + "é", home: nil), .init(addition: "té/", candidates: ["été/"]))
        XCTAssertEqual(PathCompletion.complete(base + "z", home: nil), .init(addition: "", candidates: []))
        XCTAssertEqual(PathCompletion.complete(folder.path + "/nowhere/x", home: nil), .init(addition: "", candidates: []))
        XCTAssertEqual(PathCompletion.complete("~/p", home: folder.path), .init(addition: "lan-", candidates: ["plan-a.md", "plan-b.md"]))
        XCTAssertEqual(PathCompletion.complete("~", home: folder.path).addition, "/")
    }
}

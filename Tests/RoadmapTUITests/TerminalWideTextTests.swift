import Foundation
import XCTest

/// Chinese, Japanese and emoji names on a real screen, measured by tmux rather than by our own
/// TextWidth: tmux's copy mode puts its cursor on a character and says in which column tmux
/// drew it (`#{copy_cursor_x}`). Where the program and the terminal disagree about a width,
/// everything after the name moves: the grid's first rule would leave its column, the status
/// line's right end would leave the edge. Only characters whose width terminals agree on are
/// used (CJK ideographs and kana, emoji of emoji presentation); ZWJ sequences and flags are
/// drawn differently by different terminals (TextWidthAgreementTests covers them).
final class TerminalWideTextTests: TerminalTestCase {
    static let names: [(file: String, wide: String)] = [
        (#""en": "Propose the strategy""#, #""en": "战略提案：数字政府路线图的制定与协商和批准""#),
        (#""en": "Socialize the strategy""#, #""en": "🚀 Launch 😀 the 戦略 strategy 🎉🎉""#),
        (#""en": "Cloud""#, #""en": "クラウド云 ☕""#),
        (#""en": "Digital governance""#, #""en": "数字治理 🏁""#),
    ]

    /// The column in which tmux drew the first `character` at or after the start of screen row
    /// `row`, or nil when the row has none.
    private func column(of character: Character, row: Int, in session: TmuxSession) throws -> Int? {
        let target = session.target
        try tmux.run(["copy-mode", "-t", target])
        defer { _ = try? tmux.run(["send-keys", "-t", target, "-X", "cancel"]) }
        try tmux.run(["send-keys", "-t", target, "-X", "top-line"])
        if row > 0 { try tmux.run(["send-keys", "-t", target, "-X", "-N", "\(row)", "cursor-down"]) }
        try tmux.run(["send-keys", "-t", target, "-X", "start-of-line"])
        XCTAssertEqual(try session.format("#{copy_cursor_y}"), "\(row)", "copy mode on row \(row)")
        try tmux.run(["send-keys", "-t", target, "-X", "jump-forward", String(character)])
        let x = try XCTUnwrap(Int(try session.format("#{copy_cursor_x}")))
        let found = try session.format("#{copy_cursor_word}")
        if x == 0 && !found.hasPrefix(String(character)) { return nil }
        return x
    }

    func testWideNamesKeepTheGridAndTheStatusLineWhereTheTerminalDrawsThem() throws {
        var text = try String(contentsOf: Self.minimal, encoding: .utf8)
        for (old, new) in Self.names {
            XCTAssertEqual(text.components(separatedBy: old).count, 2, "\(old) once in minimal.json")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = folder.appendingPathComponent("wide.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (session, _) = try open([file.path])
        let lines = try session.lines()

        // The header's rule, in plain ASCII, says where the grid starts.
        let headerRow = try XCTUnwrap(lines.firstIndex { $0.contains("Activity") && $0.contains("Role") }, framed(lines.joined(separator: "\n")))
        let gridColumn = try XCTUnwrap(try column(of: "│", row: headerRow, in: session))
        let wideRows = lines.indices.filter { lines[$0].unicodeScalars.contains { $0.value >= 0x2E80 } && lines[$0].contains("│") }
        XCTAssertEqual(wideRows.count, 4, "the area heading and the three activities:\n\(framed(lines.joined(separator: "\n")))")
        for row in wideRows {
            XCTAssertEqual(try column(of: "│", row: row, in: session), gridColumn,
                           "the grid's first rule after “\(lines[row].prefix { $0 != "│" })” is where tmux drew the header's:\n\(framed(lines.joined(separator: "\n")))")
        }
        // The last rule of every row at the right edge of the grid, as on the header row.
        let lastRule = lines[headerRow].filter { $0 == "│" }.count
        for row in wideRows {
            XCTAssertEqual(lines[row].filter { $0 == "│" }.count, lastRule, "as many rules on “\(lines[row])” as on the header")
        }

        // The selected activity's name on the status line, the position at the right edge.
        for key in ["j", "j"] {
            let before = try session.screen()
            try session.send(key)
            try session.waitForChange(from: before)
        }
        let screen = try session.waitForScreen("a wide name on the status line") { TerminalTests.row(28, $0).contains("クラウド") }
        let status = TerminalTests.row(28, screen)
        let tail = try XCTUnwrap(status.split(separator: "/").last, status)
        XCTAssertEqual(try column(of: "/", row: 28, in: session), 120 - 1 - tail.count, "the position ends at the right edge: \(status)")
    }
}

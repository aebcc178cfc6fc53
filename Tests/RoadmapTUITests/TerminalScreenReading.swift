import Foundation
import XCTest
import RoadmapViews

/// Reading the screen of a terminal test: the rows tmux captured, the selected activity and
/// its position on the status line, the Gantt's activity rows, the title line.
extension TerminalTestCase {

    static func row(_ index: Int, _ screen: String) -> String {
        let rows = screen.components(separatedBy: "\n")
        return rows.indices.contains(index) ? rows[index] : ""
    }

    /// "▶ NAME · dates…" → NAME.
    func selectedName(_ status: String) -> String? {
        guard status.hasPrefix("▶ ") else { return nil }
        return status.dropFirst(2).components(separatedBy: " · ").first
    }

    /// The "12/43" at the right of the status line.
    func position(_ status: String) -> (row: Int, count: Int)? {
        guard let match = status.firstMatch(of: /(\d+)\/(\d+)$/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    /// The activity rows of the Gantt on screen: (name, role), headings left out.
    func activityRows(_ screen: String) -> [(name: String, role: String)] {
        activityRows(screen.components(separatedBy: "\n"))
    }

    func activityRows(_ lines: [String]) -> [(name: String, role: String)] {
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("────") }) else { return [] }
        var rows: [(String, String)] = []
        for line in lines[(rule + 1)...] {
            guard let bar = line.firstIndex(of: "│") else { break }
            if line.hasPrefix("▸") || line.hasPrefix("▾") { continue }
            var words = line[..<bar].dropFirst(2).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let role = words.popLast() else { continue }
            rows.append((words.joined(separator: " "), role))
        }
        return rows
    }

    /// What the title line begins with: the roadmap's title and the page's name, or only the
    /// beginning when a long title leaves no room (the finish date takes the right end).
    /// The roadmap's title and the page's name, the name left out when the title ends with it
    /// (the shipped roadmap is titled "… — Roadmap").
    func titleLine(_ title: String, _ page: String) -> String {
        let last = title.components(separatedBy: " — ").last ?? title
        let same = last.compare(page, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
        let full = same ? title : title + " — " + page
        return TextWidth.of(full) <= 100 ? full : String(full.prefix(60))
    }

    /// The first row under the Gantt's column heads (the rule).
    func firstBodyRow(_ screen: String) -> String? {
        let lines = screen.components(separatedBy: "\n")
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("────") }), rule + 1 < lines.count else { return nil }
        return lines[rule + 1]
    }

    func waitForTitle(_ session: TmuxSession, _ title: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try session.waitForScreen("the title “\(title)”", file: file, line: line) { Self.row(0, $0).hasPrefix(title) }
    }

    func milliseconds(_ interval: TimeInterval) -> Int { Int((interval * 1000).rounded()) }
}

extension TmuxSession {
    func send(contentsOf keys: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try server.run(["send-keys", "-t", target] + keys, file: file, line: line)
    }
}

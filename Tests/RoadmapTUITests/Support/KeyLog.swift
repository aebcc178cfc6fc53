import Foundation
import XCTest

/// The explorer's `ROADMAP_TIMING` log read as the list of the keys it handled: the program
/// appends "key NAME MS" once a key's screen is drawn (Sources/RoadmapTUI/Explorer/TimingLog.swift).
/// A test that sends a key meant to change nothing waits for that line — the sign that the key
/// was read, handled and its screen drawn — before it looks at the screen, instead of sleeping
/// and hoping the program was quick enough.
struct KeyLog {
    let url: URL

    /// The names of the keys handled so far, in order ("j", "↓", "click", "wheel up", "Tab"…).
    var keys: [String] {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("key "), let last = line.lastIndex(of: " ") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 4)..<last])
        }
    }

    /// Waits until `count` keys more than `before` have been handled; returns the names of
    /// those keys. Fails with the log as it was when `timeout` passes first.
    @discardableResult
    func waitForKeys(_ count: Int, after before: Int, timeout: TimeInterval = 10,
                     file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var seen = keys
        while seen.count < before + count {
            guard Date() < deadline else {
                throw TerminalTestFailure("the explorer did not handle \(count) key(s) within \(timeout) s; keys handled: \(seen)",
                                          file: file, line: line)
            }
            usleep(20_000)
            seen = keys
        }
        return Array(seen[before...])
    }
}

extension TerminalTestCase {
    /// `roadmap ARGS` started as `open` starts it, with `ROADMAP_TIMING` naming a log in the
    /// test's folder: the session, and the log of the keys it handles.
    func openLogged(_ arguments: [String], width: Int = 120, height: Int = 30, timeout: TimeInterval = 10,
                    file: StaticString = #filePath, line: UInt = #line) throws -> (session: TmuxSession, log: KeyLog) {
        let log = KeyLog(url: folder.appendingPathComponent("keys-\(UUID().uuidString.prefix(6)).log"))
        let session = try tmux.start(["/usr/bin/env", "ROADMAP_TIMING=\(log.url.path)", binary.path] + arguments,
                                     width: width, height: height, directory: folder, file: file, line: line)
        try waitForKeyBar(session, height: height, timeout: timeout, file: file, line: line)
        return (session, log)
    }

    /// Sends keys meant to change nothing, waits until the explorer has handled each one, and
    /// returns the screen then (once two reads agree, so that tmux has drawn what it was sent).
    @discardableResult
    func sendHandled(_ session: TmuxSession, _ log: KeyLog, _ keys: [String], handled count: Int? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = log.keys.count
        try session.send(contentsOf: keys, file: file, line: line)
        try log.waitForKeys(count ?? keys.count, after: before, file: file, line: line)
        return try session.waitForScreen("a settled screen", file: file, line: line) { _ in true }
    }
}

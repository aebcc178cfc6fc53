#if canImport(Glibc)
import Glibc
#endif
import RoadmapModel

/// What the targets of fuzz/targets/ share: a broken invariant stops the process with its
/// message, which libFuzzer reports as a crash (with the input that did it), and which
/// FuzzTargetTests, replaying the committed inputs through the very same code, reports as a
/// crash of the test.
enum FuzzCheck {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail(message()) }
    }

    static func fail(_ message: String) -> Never {
        fatalError("fuzz invariant: \(message)")
    }

    /// What every reader owes its user, whatever the bytes: each finding says something and,
    /// where it has a place, a line and column that are in the file (a line of the text, a
    /// column of at most the line's length + 1); a result is usable exactly when no finding is
    /// an error.
    static func diagnostics(_ diagnostics: [Diagnostic], usable: Bool, in file: [UInt8], _ what: String) {
        var lines: Int?
        for diagnostic in diagnostics {
            require(!diagnostic.message.isEmpty, "\(what): a finding without a message")
            if let line = diagnostic.line {
                require(line >= 1, "\(what): a finding at line \(line): \(diagnostic)")
                // Counted only when a finding is past the first line: most inputs have one finding, on line 1.
                if line > 1 {
                    if lines == nil { lines = lineCount(of: file) }
                    require(line <= lines!, "\(what): a finding at line \(line) of a file of \(lines!): \(diagnostic)")
                }
            }
            if let column = diagnostic.column {
                require(column >= 1, "\(what): a finding at column \(column): \(diagnostic)")
            }
            printable(diagnostic.formatted(file: "fuzz"), what)
        }
        require(usable == !diagnostics.contains(where: \.isError), "\(what): usable (\(usable)) and in error disagree: \(diagnostics.prefix(3))")
    }

    /// A message goes to a terminal on one line: the file's own text in it is sanitized
    /// (`Sanitized`), so that no control character (ESC starts an escape sequence; C1, which
    /// some terminals obey too; a line feed, which would forge another message) nor a
    /// bidirectional override reaches the screen.
    static func printable(_ message: String, _ what: String) {
        for scalar in message.unicodeScalars {
            let v = scalar.value
            require(!(v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                    "\(what): U+\(String(v, radix: 16, uppercase: true)) in the message \(message.debugDescription)")
        }
    }

    /// The lines of a text as an editor counts them: one more than its line feeds, and a
    /// lone carriage return ends a line too (CSV and XML count it so). With the C library's
    /// `memchr`, which is not instrumented: a loop of Swift over every byte of every input
    /// was a twentieth of the reader targets' time.
    static func lineCount(of bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 1 }
            var lines = 1
            for byte in [0x0A, 0x0D] as [Int32] {
                var from = base
                let end = base + buffer.count
                while from < end, let found = memchr(from, byte, end - from) {
                    let at = found.assumingMemoryBound(to: UInt8.self)
                    // A CR followed by a LF is one line end, counted at its LF.
                    if byte == 0x0A || at + 1 == end || at[1] != 0x0A { lines += 1 }
                    from = UnsafePointer(at + 1)
                }
            }
            return lines
        }
    }
}

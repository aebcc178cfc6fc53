/// A roadmap file and its canonical form (`RoadmapJSON`'s `.canonical` layout): what
/// `roadmap fmt` prints, checks and writes. Made only from a valid roadmap whose every key the
/// format knows, so that putting a file in canonical form never loses anything: an invalid file
/// or one with unknown fields is refused with its located findings.
public enum CanonicalForm {
    public enum Outcome: Sendable {
        /// The canonical bytes, and where the file first differs from them (nil: it is canonical).
        case formatted([UInt8], firstDifference: LineDifference?)
        /// Why the file cannot be put in canonical form: its errors, or the unknown fields that
        /// would be dropped (with every other finding, as `roadmap validate` lists them).
        case refused([Diagnostic])
    }

    /// The first line where a file and its canonical form differ, 1-based, with both texts.
    public struct LineDifference: Hashable, Sendable {
        public var line: Int
        public var found: String
        public var expected: String
    }

    public static func of(_ bytes: [UInt8]) -> Outcome {
        let result = RoadmapLoader.load(bytes: bytes)
        guard let roadmap = result.roadmap, !result.diagnostics.contains(where: \.isUnknownField) else {
            return .refused(result.diagnostics)
        }
        let canonical = RoadmapJSON.bytes(roadmap, layout: .canonical)
        return .formatted(canonical, firstDifference: firstDifference(bytes, canonical))
    }

    /// Nil when the two are the same bytes.
    public static func firstDifference(_ found: [UInt8], _ expected: [UInt8]) -> LineDifference? {
        if found == expected { return nil }
        let a = lines(found), b = lines(expected)
        for k in 0..<max(a.count, b.count) {
            let x = k < a.count ? a[k] : nil, y = k < b.count ? b[k] : nil
            if x != y {
                return LineDifference(line: k + 1, found: shown(x), expected: shown(y))
            }
        }
        // The same lines: the difference is a line feed at the very end.
        return LineDifference(line: a.count, found: shown(a.last) + " (no line feed at the end)", expected: shown(b.last))
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A { result.removeLast() }
        return result
    }

    /// A line as a message may quote it: controls made visible, long lines cut.
    private static func shown(_ line: ArraySlice<UInt8>?) -> String {
        guard let line else { return "(the end of the file)" }
        return Sanitized.inline(String(decoding: line, as: UTF8.self), limit: 100)
    }
}

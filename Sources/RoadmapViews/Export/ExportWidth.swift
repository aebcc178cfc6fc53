/// The one rule for the width of a text, whoever asks for it: `roadmap export --width`, the
/// text `roadmap` prints into a pipe, the explorer's `e`. Declared once so that they cannot
/// drift apart. 20 columns is the narrowest the pages are laid out for (a mark, a cut name, a
/// role and a compressed grid); 1000 is far beyond any terminal or printer, and keeps each
/// chunk of rows the text export draws (`Page.textChunkRows` × width cells) about a megabyte.
public enum ExportWidth {
    public static let range = 20...1000
    /// The width when none is given.
    public static let standard = 100

    /// What is wrong with `width`, said for the option that gave it; nil when it is allowed.
    public static func problem(_ width: Int, option: String = "--width") -> String? {
        range.contains(width) ? nil
            : "\(option) must be between \(range.lowerBound) and \(range.upperBound) columns (got \(width))"
    }

    /// `width` brought within the rule: for widths no user typed, such as a terminal's.
    public static func clamped(_ width: Int) -> Int {
        min(max(width, range.lowerBound), range.upperBound)
    }
}

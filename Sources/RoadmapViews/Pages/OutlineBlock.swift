/// One piece of a document page as its writer gave it, before it is wrapped to a width: the
/// same page read as structure rather than as cells, so that the Markdown export of a document
/// page has its headings and lists and cannot drift from what the screen shows.
public enum OutlineBlock: Hashable, Sendable {
    /// A section title; level 1 is a page section, 2 a part of one.
    case heading(String, level: Int)
    /// A paragraph, indented by `indent` columns; `prefix` is what hangs before its first line
    /// ("• " for a list item); `emphasis` when the page sets it as a title (bold or heading).
    case paragraph(String, indent: Int, prefix: String, emphasis: Bool)
    /// A label and its value.
    case field(label: String, value: String, indent: Int)
    /// A numbered reason behind a provenance mark, in the notes at a document's end.
    case note(Int, String)
}

import RoadmapModel

/// Markdown of a document page (the strategy) from the page's own outline: its sections become
/// headings, its bullets lists (nested as the page indents them), the text under a bullet
/// stays in that item, its titles are bold. The same writer calls make the screen and this,
/// so whatever the page shows, the Markdown has, in the same order.
enum OutlineMarkdown {
    static func write(_ input: ExportInput, to sink: ([UInt8]) throws -> Void) throws {
        let page = PageBuilder.page(input.scheduled, input.state, width: input.width)
        var out: [UInt8] = []
        out.append(MarkdownExport.title(input))
        out.append(markdown(page.outline))
        try sink(out)
    }

    static func markdown(_ outline: [OutlineBlock]) -> String {
        var text = ""
        // The list items open above the current block: the page's indent of each, and the
        // column its content starts at in the Markdown.
        var items: [(indent: Int, column: Int)] = []
        var previousWasItem = false
        // Headings go down one level at a time (the title is `#`): a page whose first heading
        // is a part ("Waits for") does not jump from `#` to `###`.
        var lastLevel = 1
        var inNotes = false
        func close(below indent: Int) {
            while let last = items.last, last.indent >= indent { items.removeLast() }
        }
        /// Lines joined by hard breaks, each soft-wrapped to the line limit.
        func joined(_ lines: [String], column: Int, separator: String) -> String {
            lines.map { MarkdownText.softWrapped($0, indent: column).joined(separator: "\n") }.joined(separator: separator)
        }
        for block in outline {
            switch block {
            case let .heading(title, level):
                items.removeAll()
                let hashes = min(6, level + 1, lastLevel + 1)
                lastLevel = hashes
                text += "\n" + String(repeating: "#", count: hashes) + " " + MarkdownText.cell(title) + "\n"
                previousWasItem = false
                inNotes = false
            case let .note(number, body):
                // The numbered reasons: an ordered list that keeps the numbers the marks cite.
                let lead = "\(number). "
                text += (inNotes ? "" : "\n") + lead + joined(MarkdownText.lines(body), column: lead.count, separator: "\\\n" + String(repeating: " ", count: lead.count)) + "\n"
                inNotes = true
                previousWasItem = false
            case let .paragraph(body, indent, prefix, emphasis):
                close(below: indent)
                let bullet = ["• ", "– ", "- ", "* "].contains(prefix)
                let column = items.last?.column ?? 0
                let lines = MarkdownText.lines((bullet ? "" : prefix) + body)
                let inner = column + (bullet ? 2 : 0)
                var content = emphasis ? "**" + joined(lines, column: inner, separator: "**\\\n" + String(repeating: " ", count: inner) + "**") + "**"
                                       : joined(lines, column: inner, separator: "\\\n" + String(repeating: " ", count: inner))
                if content == "****" { content = "" }
                if bullet {
                    // Items follow one another without a blank line: a tight list.
                    text += (previousWasItem ? "" : "\n") + String(repeating: " ", count: column) + "- " + content + "\n"
                    items.append((indent, column + 2))
                    previousWasItem = true
                } else {
                    // Indented as far as the open item's content, the paragraph stays in it.
                    text += "\n" + String(repeating: " ", count: column) + content + "\n"
                    previousWasItem = false
                }
            case let .field(label, value, indent):
                close(below: indent)
                let column = items.last?.column ?? 0
                let lines = MarkdownText.lines(value)
                let field = ["**" + MarkdownText.cell(label) + "** " + (lines.first ?? "")] + lines.dropFirst()
                text += "\n" + String(repeating: " ", count: column) + joined(field, column: column, separator: "\\\n" + String(repeating: " ", count: column)) + "\n"
                previousWasItem = false
            }
        }
        return text
    }
}

import Foundation
import RoadmapModel

/// The explorer's keys as reference documents: docs/keys.md and the man page's KEYS section,
/// both written from the action table (`roadmap reference keys|man`), so that neither can
/// drift from what the keys do.
enum KeysReference {
    /// docs/keys.md: a table per context, in both languages' order of the help screen.
    static func markdown() -> String {
        var lines = [
            "# The explorer's keys",
            "",
            "Generated from the action table (`Sources/RoadmapTUI/Explorer/ActionTable.swift`) by",
            "`roadmap reference keys`; a test fails when this file and the table disagree.",
            "The help screen (`?`) shows the same, in French or English.",
        ]
        for context in KeyContext.allCases {
            lines += ["", "## " + ActionTable.title(of: context).en, ""]
            lines += table(context).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One context's keys as a Markdown table: each action's keys in backquotes, then its
    /// English help.
    static func table(_ context: KeyContext) -> String {
        var lines = ["| keys | action |", "|---|---|"]
        for spec in ActionTable.specs(in: context) {
            lines.append("| " + spec.keys.map { "`\($0.name)`" }.joined(separator: " ") + " | " + spec.help.en.replacingPipes + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The man page's KEYS section, in mdoc.
    static func mdoc() -> String {
        var lines = [".Sh KEYS", "In the explorer (the help screen,", ".Ic \\&? ,", "shows the same in French or English):"]
        for context in KeyContext.allCases {
            lines.append(".Ss " + Mdoc.argument(ActionTable.title(of: context).en))
            lines.append(".Bl -tag -width Ds")
            for spec in ActionTable.specs(in: context) {
                lines.append(".It Sy " + spec.keys.map { Mdoc.argument($0.name) }.joined(separator: " , "))
                lines.append(Mdoc.escape(spec.help.en))
            }
            lines.append(".El")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// mdoc's escaping: a line that would start with a dot or a quote is protected, and every
/// backslash doubled, so a help text is never read as a request.
enum Mdoc {
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        if let first = escaped.first, first == "." || first == "'" { return "\\&" + escaped }
        return escaped
    }
}

extension Mdoc {
    /// A macro's argument that is read as it is: quoted (a key name may hold a space), and
    /// `\&` first so that `,` `;` `:` or `(` stay keys rather than punctuation.
    static func argument(_ text: String) -> String {
        "\"\\&" + escape(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}

private extension String {
    var replacingPipes: String { replacingOccurrences(of: "|", with: "\\|") }
}

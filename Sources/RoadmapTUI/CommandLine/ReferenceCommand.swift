import ArgumentParser

/// `roadmap reference keys|man`: reference documents generated from the program itself
/// (docs/keys.md, the man page's own sections), for scripts/man-page and the tests that keep
/// the committed copies current. Hidden: it is for the project, not for users.
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Print a reference document generated from the program: keys (docs/keys.md) or man (the man page's own sections, mdoc).",
        shouldDisplay: false
    )

    enum Document: String, CaseIterable, ExpressibleByArgument { case keys, man }

    @Argument(help: "keys or man.")
    var document: Document

    func run() throws {
        let text = document == .keys ? KeysReference.markdown() : ManPageSections.mdoc()
        try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "reference")
    }
}

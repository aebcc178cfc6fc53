import RoadmapModel

/// A view asked for in a format that has no meaning for it (a glossary as a Gantt chart): said
/// plainly, with why and what the view does export to, rather than some other view's content.
public struct ExportRefusal: Error, Equatable, CustomStringConvertible, Sendable {
    public let view: ViewKind
    public let format: ExportFormat
    /// Why the format has no meaning for the view; nil for a view no export was declared for.
    public let reason: LocalizedText?
    /// The formats the view does export to.
    public let supported: [ExportFormat]

    /// "the glossary view has no Mermaid export: … It exports to text, Markdown, CSV or JSON."
    public func message(_ language: Language) -> String {
        let words = Vocabulary(language)
        let view = PageBuilder.name(of: self.view, language)
        let names = supported.map { $0.name(language) }
        let list = names.count <= 1 ? names.joined()
            : names.dropLast().joined(separator: ", ") + (language == .fr ? " ou " : " or ") + names.last!
        let why = reason.map { words.colon + " " + $0[language] }
            ?? (language == .fr ? " : aucun export dans ce format n’est défini pour cette vue" : ": no export in this format is defined for this view")
        return language == .fr
            ? "la vue « \(view) » n’a pas d’export \(format.name(language))\(why). Elle s’exporte en \(list)."
            : "the \(view) view has no \(format.name(language)) export\(why). It exports to \(list)."
    }

    public var description: String { message(.en) }
}

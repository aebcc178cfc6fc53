import Foundation
import RoadmapModel
import RoadmapViews

/// What the export prompt's text names: a file to write in the format its extension says, one
/// that exists already (ask first), or the reason it cannot be written. Checked before the
/// question, so that nobody is asked to overwrite a file that would then be refused.
enum ExportTarget: Equatable {
    case write(path: String, format: ExportFormat)
    case overwrite(path: String, format: ExportFormat)
    case refuse(String)

    static func resolve(_ typed: String, view: ViewKind, home: String?, isOpenRoadmap: (String) -> Bool, language: Language) -> ExportTarget {
        let fr = language == .fr
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .refuse(fr ? "Tapez un nom de fichier." : "Type a file name.") }
        let path = PathCompletion.expandingTilde(text, home: home)
        let shown = Sanitized.inline(text, limit: 60)
        let known = ExportFormat.allCases.map { "." + $0.fileExtension }
        // Spaced as the prompt's label lists them, so that the message fits a line of 100.
        let list = known.joined(separator: " ")
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        if path.hasSuffix("/") || isFolder(path) {
            return .refuse(fr ? "\(shown) est un dossier : ajoutez un nom de fichier." : "\(shown) is a folder: add a file name.")
        }
        guard let format = ExportFormat(fileName: name) else {
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
                return .refuse(fr ? "\(shown) : pas d’extension ; ajoutez-en une : \(list)" : "\(shown): no extension; add one of \(list)")
            }
            let ext = Sanitized.inline(String(name[dot...]), limit: 20)
            return .refuse(fr ? "\(ext) : format inconnu ; choisissez \(list)"
                : "\(ext) is not an export format: use one of \(list)")
        }
        // A format the view has no meaning in is refused before any file is made.
        if let refusal = Exporter.refusal(of: format, for: view) {
            return .refuse(refusal.message(language))
        }
        if isOpenRoadmap(path) {
            return .refuse(fr ? "\(shown) : c’est la feuille de route ouverte ; choisissez un autre nom."
                : "\(shown): that is the open roadmap; choose another name.")
        }
        return FileManager.default.fileExists(atPath: path) ? .overwrite(path: path, format: format) : .write(path: path, format: format)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

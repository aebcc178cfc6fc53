import Foundation
import RoadmapModel

/// What the save prompt's text (`S`) names: a scenario name, written to NAME.scenario.json in
/// the current folder; or, when it ends in .json or holds a /, the file itself, the scenario
/// then named after it. Checked before the question, as `ExportTarget` is.
enum ScenarioTarget: Equatable {
    case write(path: String, name: String)
    case overwrite(path: String, name: String)
    case refuse(String)

    static let fileExtension = ".scenario.json"

    static func resolve(_ typed: String, home: String?, isOpenRoadmap: (String) -> Bool, language: Language) -> ScenarioTarget {
        let fr = language == .fr
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .refuse(fr ? "Tapez un nom de scénario ou un nom de fichier." : "Type a scenario name or a file name.") }
        let shown = Sanitized.inline(text, limit: 60)
        let path: String, name: String
        if text.hasSuffix(".json") || text.contains("/") {
            path = PathCompletion.expandingTilde(text, home: home)
            var base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            for suffix in [fileExtension, ".json"] where base.hasSuffix(suffix) {
                base.removeLast(suffix.count)
                break
            }
            name = base
        } else {
            // A name is kept as typed inside the file; the file's name is its slug, which a
            // shell and every file system take as it is.
            path = slug(text) + fileExtension
            name = text
        }
        if path.hasSuffix("/") || isFolder(path) {
            return .refuse(fr ? "\(shown) est un dossier : ajoutez un nom de fichier." : "\(shown) is a folder: add a file name.")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .refuse(fr ? "\(shown) : le nom du fichier est vide." : "\(shown): the file name is empty.")
        }
        if isOpenRoadmap(path) {
            return .refuse(fr ? "\(shown) : c’est la feuille de route ouverte ; choisissez un autre nom."
                : "\(shown): that is the open roadmap; choose another name.")
        }
        return FileManager.default.fileExists(atPath: path) ? .overwrite(path: path, name: name) : .write(path: path, name: name)
    }

    /// "Slip one month" → "slip-one-month": lower case, accents off, a hyphen for each run of
    /// anything but letters and digits; the name itself when nothing of it is left.
    static func slug(_ name: String) -> String {
        var slug = ""
        for character in TextFolding.fold(name) {
            if character.isLetter || character.isNumber, character.isASCII { slug.append(character) }
            else if !slug.isEmpty, slug.last != "-" { slug.append("-") }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? name : slug
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}

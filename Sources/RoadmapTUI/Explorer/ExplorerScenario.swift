import Foundation
import RoadmapModel
import RoadmapViews

/// `S`'s effect on the file system, kept out of the pure state machine as the export's is: the
/// loop calls it when `handle` asks to save, and the tests call it as the loop does.
extension Explorer {
    /// Writes the what-ifs in force as the scenario `name`, atomically (a temporary file, then
    /// renamed), naming the roadmap on screen relative to the scenario's folder so that
    /// `--scenario` alone opens it again; then says how it went.
    mutating func writeScenario(path: String, name: String, roadmapPath: String?) {
        let scenario = Scenario(name: name, roadmap: roadmapPath.map { Self.relativePath(of: $0, fromFolderOf: path) },
                                delays: Scenario.delays(scheduled.delays, of: scheduled.roadmap))
        do {
            if let roadmapPath, OutputFile.sameFile(path, roadmapPath) {
                throw OutputFile.Failure(message: "\(path): " + vocabulary.isOpenRoadmap)
            }
            try OutputFile.writeAtomically(ScenarioJSON.bytes(scenario), to: path)
            scenarioSaved(name: name, path: path)
        } catch {
            message = Message(text: vocabulary.scenarioNotSaved + Sanitized.inline("\(error)", limit: 120), isError: true)
        }
    }

    /// `target` as a path from the folder of `file`: both made absolute, the common folders
    /// dropped, `..` for each folder of `file`'s left. The real paths when they exist, so that
    /// a symbolic link does not make the path wrong.
    static func relativePath(of target: String, fromFolderOf file: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : current + "/" + path }
        let targetPath = OutputFile.realPath(target) ?? absolute(target)
        let fileFolder = (absolute(file) as NSString).deletingLastPathComponent
        let folder = OutputFile.realPath(fileFolder) ?? fileFolder
        let from = folder.split(separator: "/").filter { $0 != "." }, to = targetPath.split(separator: "/").filter { $0 != "." }
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        return parts.joined(separator: "/")
    }
}

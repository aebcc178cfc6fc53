import Foundation
import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#endif

/// The event loop: draw, read a key, update, do the effect. Leaves the terminal as it found it
/// on every way out: q, a signal, an error.
enum ExplorerLoop {
    static func run(_ scheduled: ScheduledRoadmap, state: ViewState, roadmapPath: String?, exportOptions: ExportOptions = ExportOptions(),
                    mouse: Bool = true, colors: Bool = true, environment: [String: String]) throws {
        let terminal = try Terminal(environment: environment, mouse: mouse, colors: colors)
        defer {
            terminal.stop()
            // Stopped by SIGTERM or SIGHUP: with the terminal restored, die of that signal, so
            // that the shell or the parent sees why the program ended (status 128 + n), as it
            // would without the handler. Ctrl-C (SIGINT) is a key of the action table.
            let received = pendingSignal
            if received == SIGTERM || received == SIGHUP {
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        let size = terminal.size
        var explorer = Explorer(scheduled: scheduled, state: state, width: size.width, height: size.height)
        explorer.home = environment["HOME"]
        if let roadmapPath { explorer.isOpenRoadmap = { OutputFile.sameFile($0, roadmapPath) } }
        explorer.exportOptions = exportOptions
        explorer.fileName = roadmapPath.map { ($0 as NSString).lastPathComponent }
        explorer.progressFile = Explorer.progressFile(for: roadmapPath)
        var needsDrawing = true
        let timing = TimingLog.fromEnvironment(environment)
        var firstScreen = true
        var keyRead: (name: String, at: Double)?
        // Live reload: the file is looked at after each second without a key (four reads that
        // timed out), so that an edit shows within about a second and typing costs nothing.
        var watch = roadmapPath.map { FileWatch(path: $0) }
        var idleReads = 0
        while true {
            // Ctrl-C reaches the program as SIGINT (cbreak mode keeps the terminal's signals,
            // Ctrl-Z's too): it becomes the interrupt key, which cancels a prompt or an
            // overlay, or quits as `q` does. SIGTERM and SIGHUP end the program.
            let received = pendingSignal
            var key: Key?
            if received == SIGINT {
                pendingSignal = 0
                key = .interrupt
            } else if received != 0 {
                return
            }
            if needsDrawing {
                terminal.draw(ScreenComposer.compose(explorer))
                if let timing {
                    if firstScreen { timing.step("first-screen") }
                    if let read = keyRead { timing.key(read.name, milliseconds: monotonicMilliseconds() - read.at) }
                }
                // The search index on the other core while the reader looks at the first
                // screen: the first search key then answers at once rather than after making it.
                if firstScreen { explorer.scheduled.searchIndex.buildInBackground() }
            }
            firstScreen = false
            keyRead = nil
            if key == nil { key = terminal.readKey() }
            guard let key else {
                needsDrawing = false
                idleReads += 1
                if idleReads >= 4, let path = roadmapPath, watch != nil {
                    idleReads = 0
                    if watch!.changed() {
                        let name = explorer.fileName ?? path
                        if explorer.unsavedProgress > 0 {
                            // Reloading would lose the progress not written: said, and W asks.
                            explorer.fileChangedUnderProgress = true
                            explorer.message = Explorer.Message(text: explorer.vocabulary.fileChangedUnderProgress, isError: true)
                        } else {
                            switch RoadmapSource.resolve(path).load(mapped: false) {
                            case let .valid(validated):
                                explorer.reload(validated, fileName: name)
                                explorer.progressFile = Explorer.progressFile(for: path)
                            case let result: explorer.reloadFailed(errors: result.errors.count, first: result.errors.first)
                            }
                        }
                        needsDrawing = true
                    }
                }
                continue
            }
            idleReads = 0
            needsDrawing = true
            if timing != nil { keyRead = (key.name, monotonicMilliseconds()) }
            switch explorer.handle(key) {
            case .none: break
            case .quit: return
            case let .export(path, format, view):
                explorer.writeExport(path: path, format: format, view: view, roadmapPath: roadmapPath)
            case let .saveScenario(path, name):
                explorer.writeScenario(path: path, name: name, roadmapPath: roadmapPath)
            case let .writeProgress(path, overwrite):
                // The watch takes our own write as seen: it is no change from elsewhere.
                if explorer.writeProgress(path: path, overwrite: overwrite) { _ = watch?.changed() }
            case .reloadKeepingProgress:
                explorer.reloadKeepingProgress()
                _ = watch?.changed()
            case let .copy(format):
                do {
                    let bytes = try explorer.clipboardBytes(format)
                    terminal.send(Clipboard.osc52(bytes))
                    explorer.copied(lines: Clipboard.lineCount(bytes), format: format)
                } catch {
                    explorer.exportFinished(.failure(error))
                }
            }
        }
    }
}

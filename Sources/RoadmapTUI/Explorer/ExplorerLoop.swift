import RoadmapModel
import RoadmapViews
#if canImport(Glibc)
import Glibc
#endif

/// The event loop: draw, read a key, update, do the effect. Leaves the terminal as it found it
/// on every way out: q, a signal, an error.
enum ExplorerLoop {
    static func run(_ scheduled: ScheduledRoadmap, state: ViewState, roadmapPath: String?, exportOptions: ExportOptions = ExportOptions(),
                    environment: [String: String]) throws {
        let terminal = try Terminal(environment: environment)
        defer {
            terminal.stop()
            // Stopped by SIGTERM or SIGHUP: with the terminal restored, die of that signal, so
            // that the shell or the parent sees why the program ended (status 128 + n), as it
            // would without the handler. Ctrl-C (SIGINT) is the quit key of the action table.
            let received = pendingSignal
            if received == SIGTERM || received == SIGHUP {
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        let size = terminal.size
        var explorer = Explorer(scheduled: scheduled, state: state, width: size.width, height: size.height)
        explorer.exportOptions = exportOptions
        var needsDrawing = true
        while pendingSignal == 0 {
            if needsDrawing { terminal.draw(ScreenComposer.compose(explorer)) }
            guard let key = terminal.readKey() else {
                needsDrawing = false
                continue
            }
            needsDrawing = true
            switch explorer.handle(key) {
            case .none: break
            case .quit: return
            case let .export(path, format):
                explorer.writeExport(path: path, format: format, roadmapPath: roadmapPath)
            }
        }
    }
}

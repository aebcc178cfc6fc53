import Foundation
import RoadmapModel
import RoadmapViews

/// The view copied to the terminal's clipboard (`y` as text, `Y` as Markdown): the bytes the
/// export of the view would write — the same exporters as `roadmap export`, not a second
/// renderer — sent to the terminal as an OSC 52 sequence, which tmux (with `set-clipboard on`),
/// iTerm2, kitty, Windows Terminal and xterm put on the system's clipboard, over SSH too.
enum Clipboard {
    /// ESC ] 52 ; c ; base64 BEL: "c" is the clipboard (not the primary selection).
    static func osc52(_ bytes: [UInt8]) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(bytes).base64EncodedString().utf8) + [0x07]
    }

    /// How many lines the text holds (a last line without a newline counts).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        let newlines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return newlines + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
    }
}

extension Explorer {
    /// The view on screen as `format` would export it, at the screen's width.
    func clipboardBytes(_ format: ExportFormat) throws -> [UInt8] {
        try Exporter.render(scheduled, state, format: format, width: width, options: exportOptions)
    }

    /// Called by the loop once the sequence is sent: how many lines went, and as what.
    mutating func copied(lines: Int, format: ExportFormat) {
        message = Message(text: vocabulary.copiedToClipboard(lines: lines, format: format.name(state.language)))
    }

    /// `y`/`Y`: the copy, unless the view has no such export; then why.
    mutating func requestCopy(_ format: ExportFormat) -> Effect {
        if let refusal = Exporter.refusal(of: format, for: state.view) {
            message = Message(text: refusal.message(state.language), isError: true)
            return .none
        }
        return .copy(format: format)
    }
}

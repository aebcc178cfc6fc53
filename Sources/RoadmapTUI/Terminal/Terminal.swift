import CNcurses
import RoadmapViews
#if canImport(Glibc)
import Glibc
#endif

/// The signal that asked the program to stop, set by the handler and read by the event loop,
/// which then leaves through the normal path that restores the terminal.
nonisolated(unsafe) var pendingSignal: Int32 = 0
/// The terminal settings from before ncurses took over, restored by the fatal-signal handler.
nonisolated(unsafe) var savedTerminalSettings = termios()
nonisolated(unsafe) var haveSavedTerminalSettings = false
/// Whether ncurses holds the terminal (from the start of the explorer to its stop): a signal
/// handler that ends the program then resets the screen modes (`resetTerminalInHandler`).
nonisolated(unsafe) var terminalInUse = false

/// Restores the terminal settings and resets the screen modes ncurses turned on, with
/// async-signal-safe calls only, for a handler that ends the program.
func resetTerminalInHandler() {
    if haveSavedTerminalSettings { tcsetattr(0, TCSANOW, &savedTerminalSettings) }
    let reset: StaticString = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
    _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
}

/// The ncurses screen: start and stop it, draw a canvas of cells, read keys and mouse events.
/// The only place, with CNcurses, that touches the terminal.
final class Terminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private var screen: OpaquePointer?
    private var colors = false
    private var stopped = false

    /// Takes over the terminal: UTF-8 locale, no echo, keys one at a time, keypad and mouse,
    /// colours when `colors` (the preference, which NO_COLOR turns off) and the terminal has some.
    /// Without `mouse` the terminal keeps its clicks (`--no-mouse`), so that its own selection works.
    init(environment: [String: String], mouse: Bool = true, colors wantsColors: Bool = true) throws {
        // Wide characters need a UTF-8 locale; fall back to C.UTF-8 when the user's is not.
        setlocale(LC_ALL, "")
        if cn_is_utf8_locale() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        if tcgetattr(0, &savedTerminalSettings) == 0 { haveSavedTerminalSettings = true }
        let term = environment["TERM"]
        // Refused before ncurses touches the terminal, so nothing is left in raw mode.
        if let refusal = TerminalType.refusal(term: term) { throw Failure(description: refusal) }
        guard let screen = cn_newterm() else { throw Failure(description: TerminalType.unknown(term: term)) }
        guard cn_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw Failure(description: TerminalType.cannotDraw(term: term))
        }
        self.screen = screen
        terminalInUse = true
        installSignalHandlers()
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        // Home and End as tmux, screen, rxvt and the Linux console send them, whatever TERM
        // says: xterm's terminfo, used inside tmux by many, knows only ESC O H and ESC O F.
        for (sequence, code) in [("\u{1B}[1~", cn_key_home()), ("\u{1B}[7~", cn_key_home()),
                                 ("\u{1B}[4~", cn_key_end()), ("\u{1B}[8~", cn_key_end())] where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        curs_set(0)
        set_escdelay(25)
        // Wake up regularly so that a signal is noticed even when no key comes.
        timeout(250)
        mouseinterval(0)
        if mouse { mousemask(mmask_t(cn_button1_pressed() | cn_button1_clicked() | cn_button4_pressed() | cn_button5_pressed()), nil) }
        if has_colors() && wantsColors {
            start_color()
            use_default_colors()
            Palette.install()
            colors = true
        }
    }

    deinit { stop() }

    /// Gives the terminal back as it was: cooked mode, echo, cursor, main screen.
    func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
        terminalInUse = false
        if let screen { delscreen(screen) }
        screen = nil
    }

    var size: (width: Int, height: Int) { (Int(cn_cols()), Int(cn_lines())) }

    /// Copies the canvas to the screen; ncurses then sends only what changed.
    func draw(_ canvas: Canvas) {
        let height = min(canvas.height, Int(cn_lines())), width = min(canvas.width, Int(cn_cols()))
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<height {
            for x in 0..<width {
                let cell = canvas[x, y]
                if cell.text.isEmpty { continue }  // the right half of a wide character
                let scalars = CellText.scalars(cell.text)
                for (k, scalar) in scalars.enumerated() { buffer[k] = wchar_t(bitPattern: scalar.value) }
                buffer[scalars.count] = 0
                let (attributes, pair) = Palette.attributes(for: cell.style, colors: colors)
                // The bottom-right cell cannot be written without scrolling on some terminals;
                // ncurses reports an error there that is safe to ignore.
                _ = cn_put_cell(Int32(y), Int32(x), buffer, attributes, pair)
            }
        }
        refresh()
    }

    /// Bytes for the terminal itself rather than the screen (an OSC 52 clipboard sequence),
    /// after what ncurses has buffered, straight to the output.
    func send(_ bytes: [UInt8]) {
        fflush(nil)  // every C stream, stdout among them
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }

    /// The next key or event, or nil when none came within the timeout.
    func readKey() -> Key? {
        var character: wint_t = 0
        let status = cn_get_wch(&character)
        if status == ERR { return nil }
        if status == cn_key_code_yes() {
            let code = Int32(character)
            switch code {
            case cn_key_up(): return .up
            case cn_key_down(): return .down
            case cn_key_left(): return .left
            case cn_key_right(): return .right
            case cn_key_npage(): return .pageDown
            case cn_key_ppage(): return .pageUp
            case cn_key_home(): return .home
            case cn_key_end(): return .end
            // Home and End as tmux, screen and the Linux console send them (ESC [1~ and
            // ESC [4~), which xterm's terminfo names Find and Select.
            case KEY_FIND: return .home
            case KEY_SELECT: return .end
            case cn_key_enter(): return .enter
            case cn_key_backspace(): return .backspace
            case cn_key_dc(): return .delete
            case cn_key_btab(): return .backTab
            case cn_key_resize(): return .resize(width: Int(cn_cols()), height: Int(cn_lines()))
            case cn_key_mouse():
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                let state = UInt(event.bstate)
                if state & cn_button4_pressed() != 0 { return .wheelUp }
                if cn_button5_pressed() != 0, state & cn_button5_pressed() != 0 { return .wheelDown }
                if state & (cn_button1_pressed() | cn_button1_clicked()) != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
                return nil
            default: return nil
            }
        }
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 3: return .interrupt
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(character) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func installSignalHandlers() {
        // SIGINT, SIGTERM, SIGHUP: note it; the loop turns SIGINT into the interrupt key, and
        // quits on the others, restoring the terminal.
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in pendingSignal = received }
        }
        // A crash: restore the terminal settings with async-signal-safe calls only, reset the
        // screen modes ncurses turned on, then die of the same signal.
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { received in
                resetTerminalInHandler()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}

import ArgumentParser
import RoadmapModel
import RoadmapViews

// The flags that override a preference (`Preferences`), each declared once and shared by the
// commands that take it; `roadmap config` takes them all, to show what a command line would
// make of them.

/// `--lang`: the language of the view or report.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "fr or en (default: the configuration file's lang, else French when LC_ALL, LC_MESSAGES or LANG begins with \"fr\", else English).")
    var lang: Language?

    func language(_ preferences: Preferences) -> Language { setting(preferences).value }
    func setting(_ preferences: Preferences) -> Preferences.Setting<Language> { preferences.lang.overridden(by: lang, name: "--lang") }
}

/// `--order`: the roadmap grid's row order.
struct OrderOption: ParsableArguments {
    @Option(name: .long, help: "The roadmap grid's row order: file (as the file lists them), poster (areas in the strategy poster's order), seed (the seed grid's own rows and order), or the activities within their area by start, float (least first), team or role (default: the configuration file's order, else file).")
    var order: RowOrder?

    func setting(_ preferences: Preferences) -> Preferences.Setting<RowOrder> { preferences.order.overridden(by: order, name: "--order") }
}

/// `--bom`/`--no-bom`: a UTF-8 byte order mark at the head of CSV files.
struct ByteOrderMarkOption: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Begin CSV files with a UTF-8 byte order mark, for spreadsheets that guess the encoding (default: the configuration file's bom, else no).")
    var bom: Bool?

    func setting(_ preferences: Preferences) -> Preferences.Setting<Bool> { preferences.bom.overridden(by: bom, name: bom == false ? "--no-bom" : "--bom") }
}

/// `--mouse`/`--no-mouse` and `--color`/`--no-color`: how the explorer uses the terminal.
struct TerminalOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Capture the mouse (clicks and the wheel); --no-mouse leaves it to the terminal, so that its own selection (copy and paste) works (default: the configuration file's mouse, else yes).")
    var mouse: Bool?

    @Flag(inversion: .prefixedNo, help: "Draw in colours; --no-color draws in black and white, every meaning kept by a character or an attribute (default: the configuration file's color, else no when NO_COLOR is set, else yes).")
    var color: Bool?

    func mouseSetting(_ preferences: Preferences) -> Preferences.Setting<Bool> { preferences.mouse.overridden(by: mouse, name: mouse == false ? "--no-mouse" : "--mouse") }
    func colorSetting(_ preferences: Preferences) -> Preferences.Setting<Bool> { preferences.color.overridden(by: color, name: color == false ? "--no-color" : "--color") }
}

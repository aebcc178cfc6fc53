import ArgumentParser
import RoadmapViews

/// `roadmap config`: the settings in effect and where each comes from, as
/// `git config --show-origin` shows them — so that a surprising language or width can be traced
/// to the flag, the file, the environment or the default that set it.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the settings in effect (language, row order, width, mouse, colours, byte order mark) and where each comes from.",
        discussion: """
        The settings are read from $XDG_CONFIG_HOME/roadmap/config.toml (else \
        ~/.config/roadmap/config.toml), a TOML file of top-level keys: lang ("fr" or "en"), \
        order (a row order), width (columns), mouse, color and bom (true or false). A flag on \
        the command line wins over the file, the file over the environment (LANG, LC_ALL, \
        LC_MESSAGES; NO_COLOR), the environment over the default. Given here, the flags show \
        what a command line would make of them. A file with an unknown key, a wrong type or \
        broken TOML stops every command with the file, line and key, exit 1.
        """
    )

    @OptionGroup var language: LanguageOption
    @OptionGroup var rowOrder: OrderOption
    @OptionGroup var width: WidthOption
    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var bom: ByteOrderMarkOption

    @Flag(help: "Print only the configuration file's path (whether or not it exists).")
    var path = false

    func run() throws {
        let environment = ProcessInfoEnvironment.current
        if path {
            guard let file = PreferencesFile.path(environment: environment) else {
                printError("roadmap config: error: neither XDG_CONFIG_HOME nor HOME is set: there is no configuration file")
                throw ExitCode(1)
            }
            print(file)
            return
        }
        let preferences = try Preferences.loadOrExit()
        var effective = preferences
        effective.lang = language.setting(preferences)
        effective.order = rowOrder.setting(preferences)
        effective.width = width.setting(preferences)
        effective.mouse = terminal.mouseSetting(preferences)
        effective.color = terminal.colorSetting(preferences)
        effective.bom = bom.setting(preferences)
        let rows = effective.rows
        let nameWidth = rows.map(\.name.count).max() ?? 0, valueWidth = rows.map(\.value.count).max() ?? 0
        var text = ""
        for row in rows {
            text += row.name.padding(nameWidth) + "  " + row.value.padding(valueWidth) + "  " + row.origin.description + "\n"
        }
        let file = PreferencesFile.path(environment: environment)
        text += "\nconfiguration file: " + (file.map { $0 + (pathExists($0) ? "" : " (not there)") } ?? "none (no XDG_CONFIG_HOME or HOME)") + "\n"
        try OutputFile.writeOrExit(Array(text.utf8), to: nil, command: "config")
    }

    private func pathExists(_ path: String) -> Bool { CommandTypo.pathExists(path) }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

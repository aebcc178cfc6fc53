import CNcurses
import RoadmapViews

/// How each cell style looks: colours on terminals that have them, attributes on all. Every
/// meaning also has a character or an attribute, so a monochrome terminal or NO_COLOR loses
/// nothing. Colours are the terminal's own eight on its default background, legible on dark
/// and light themes alike.
enum Palette {
    /// Colour pairs: 1–4 the roles (CE, Pr, Int, In), 5 critical, 6 accent, 7 warning.
    static func install() {
        init_pair(1, Int16(COLOR_BLUE), -1)
        init_pair(2, Int16(COLOR_GREEN), -1)
        init_pair(3, Int16(COLOR_MAGENTA), -1)
        init_pair(4, Int16(COLOR_CYAN), -1)
        init_pair(5, Int16(COLOR_RED), -1)
        init_pair(6, Int16(COLOR_CYAN), -1)
        init_pair(7, Int16(COLOR_YELLOW), -1)
    }

    static func attributes(for style: CellStyle, colors: Bool) -> (UInt32, Int16) {
        var attributes = cn_a_normal()
        var pair: Int16 = 0
        switch style.tone {
        case .plain: break
        case .heading: attributes |= cn_a_bold()
        case .muted: attributes |= cn_a_dim()
        case .role(let index): pair = Int16(1 + index % 4)
        case .critical: pair = 5
        case .accent: pair = 6
        case .warning: pair = 7
        case .key: attributes |= cn_a_bold()
        }
        if !colors { pair = 0 }
        if style.bold { attributes |= cn_a_bold() }
        if style.dim { attributes |= cn_a_dim() }
        if style.underline { attributes |= cn_a_underline() }
        if style.selected { attributes |= cn_a_reverse() }
        return (attributes, pair)
    }
}

import RoadmapModel
import RoadmapViews

/// Where an overlay's box sits and how many of its lines show, computed in one place for the
/// state machine (how far a box scrolls, how long a page is) and for the renderer (where it
/// draws), so the two cannot disagree.
struct BoxFrame: Equatable {
    let left: Int
    let top: Int
    let width: Int
    let height: Int
    /// The lines of content that show at once, inside the frame.
    let innerHeight: Int
    /// The columns of content, inside the frame and a margin of one on each side.
    var innerWidth: Int { max(1, width - 4) }
}

enum OverlayLayout {
    static let helpWidth = 78
    static let detailsWidth = 90
    static let pickerWidth = 70

    /// The width of a box that would like `preferred` columns on a screen `screenWidth` wide.
    static func width(preferred: Int, screenWidth: Int) -> Int { max(5, min(screenWidth - 4, preferred)) }

    /// A box centred on the screen for `contentHeight` lines, as tall as they need and the
    /// screen allows (two rows of frame, two of margin).
    static func box(contentHeight: Int, preferredWidth: Int, screenWidth: Int, screenHeight: Int) -> BoxFrame {
        let width = width(preferred: preferredWidth, screenWidth: screenWidth)
        let innerHeight = max(1, min(contentHeight, screenHeight - 4))
        let height = innerHeight + 2
        return BoxFrame(left: max(0, (screenWidth - width) / 2), top: max(0, (screenHeight - height) / 2),
                        width: width, height: height, innerHeight: innerHeight)
    }

    /// A picker's box: its filter line (when there is one), the list, a blank line and the hint.
    /// The list scrolls between them, `listRows` at a time.
    static func picker(_ picker: Picker, screenWidth: Int, screenHeight: Int) -> (frame: BoxFrame, listRows: Int) {
        let fixed = picker.fixedLines
        // As wide as its longest choice (mark, tick box, label, note) where the screen allows:
        // what tells two teams apart is often at the end of the name.
        let longest = picker.choices.map { choice in
            max(TextWidth.of(choice.label.fr + (choice.note.map { " · " + $0.fr } ?? "")),
                TextWidth.of(choice.label.en + (choice.note.map { " · " + $0.en } ?? "")))
        }.max() ?? 0
        let frame = box(contentHeight: fixed + max(1, picker.rows.count), preferredWidth: max(pickerWidth, longest + 6 + 4),
                        screenWidth: screenWidth, screenHeight: screenHeight)
        return (frame, max(1, frame.innerHeight - fixed))
    }
}

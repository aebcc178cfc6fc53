import XCTest
import RoadmapModel
@testable import RoadmapViews

/// The teams page says why the search kept an activity whose name on screen does not show the
/// match, as the grid does: by its name in the other language, or by its id (the rule is the
/// grid's, `RoadmapPage.whyMatched`, tested there for ids).
final class TeamsPageSearchTests: XCTestCase {
    private func lines(_ search: String, _ language: Language) throws -> [String] {
        var state = ViewState(view: .teams, language: language)
        state.filter.search = search
        return PageBuilder.page(try Fixture.minimal(), state, width: 100).fullCanvas.lines
    }

    func testARowKeptByTheOtherLanguagesNameOrItsIdSaysSo() throws {
        let english = try lines("infonuag", .en)
        XCTAssertTrue(english.contains { $0.contains("Cloud (fr: Infonuagique)") }, english.joined(separator: "\n"))
        let french = try lines("cloud", .fr)
        XCTAssertTrue(french.contains { $0.contains("Infonuagique (en: Cloud)") }, french.joined(separator: "\n"))
        // The other language first: "socialize" is the id and the English name both.
        let both = try lines("socialize", .fr)
        XCTAssertTrue(both.contains { $0.contains("Faire connaître la stratégie (en: Socialize the strategy)") }, both.joined(separator: "\n"))
        // A name that shows the match needs no note.
        XCTAssertFalse(try lines("cloud", .en).contains { $0.contains("(fr:") || $0.contains("(id:") })
    }
}

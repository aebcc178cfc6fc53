import XCTest
import RoadmapModel
@testable import RoadmapViews

/// A long text from the file (a definition, a rationale, a vision) may hold line breaks: LF,
/// CR LF or CR. They break the line, as the author meant; they used to show as ␊ (the text
/// was sanitised before it was wrapped). Every other control character still shows as its
/// placeholder.
final class LineBreakTests: XCTestCase {
    private func roadmap() throws -> ScheduledRoadmap {
        try Fixture.minimalVariant([
            (#""definition": {"fr": "Une méthode.", "en": "A method."}"#,
             #""definition": {"fr": "Une méthode.\nDeux lignes.\r\nTrois\tlignes.\rQuatre.", "en": "A method.\nTwo lines.\r\nThree\tlines.\rFour."}"#),
            (#""rationale": {"fr": "Renommer", "en": "Rename"}"#,
             #""rationale": {"fr": "Renommer\n\npuis fusionner", "en": "Rename\n\nthen merge"}"#),
        ])
    }

    func testTheGlossaryBreaksTheDefinitionWhereTheFileDoes() throws {
        let scheduled = try roadmap()
        assertPage(PageBuilder.page(scheduled, ViewState(view: .glossary, language: .en), width: 100), """
            Test roadmap — Glossary                                                              Finish Mar 2018
            Filters: no filter
            Agile
                A method.
                Two lines.
                Three␉lines.
                Four.
            """)
        assertPage(PageBuilder.page(scheduled, ViewState(view: .glossary, language: .fr), width: 100), """
            Feuille de route d’essai — Glossaire                                                   Fin mars 2018
            Filtres : aucun filtre
            Agile
                Une méthode.
                Deux lignes.
                Trois␉lignes.
                Quatre.
            """)
    }

    func testAFieldKeepsItsBreaksAndItsBlankLinesUnderItsValue() throws {
        let scheduled = try roadmap()
        let english = PageBuilder.page(scheduled, ViewState(view: .transition, language: .en), width: 100).fullCanvas.lines
        let rationale = try XCTUnwrap(english.firstIndex(of: "  Rationale: Rename"), english.joined(separator: "\n"))
        XCTAssertEqual(Array(english[rationale...].prefix(3)), ["  Rationale: Rename", "", "             then merge"])
        let french = PageBuilder.page(scheduled, ViewState(view: .transition, language: .fr), width: 100).fullCanvas.lines
        let justification = try XCTUnwrap(french.firstIndex(of: "  Justification : Renommer"), french.joined(separator: "\n"))
        XCTAssertEqual(Array(french[justification...].prefix(3)), ["  Justification : Renommer", "", "                  puis fusionner"])
    }

    func testEachLineIsStillWrappedToTheWidth() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""definition": {"fr": "Une méthode.", "en": "A method."}"#,
             #""definition": "one two three four five six seven\neight nine ten eleven twelve""#),
        ])
        let lines = PageBuilder.page(scheduled, ViewState(view: .glossary, language: .en), width: 24).fullCanvas.lines
        XCTAssertEqual(Array(lines.suffix(5)), ["Agile", "    one two three four", "    five six seven", "    eight nine ten", "    eleven twelve"])
    }
}

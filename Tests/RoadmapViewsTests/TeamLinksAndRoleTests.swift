import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Teams linked both ways read as an exchange, not as a cycle; each way is said on the teams
/// page and in the details. The role code as the seed prints it (Br) in the details.
final class TeamLinksAndRoleTests: XCTestCase {
    static let link = #"{"from": "propose", "to": "socialize", "type": "FS", "lag": 0, "source": "inferred", "note": "propose, then socialize"}"#

    private func teamLines(_ scheduled: ScheduledRoadmap, _ language: Language) -> [String] {
        PageBuilder.page(scheduled, ViewState(view: .teams, language: language), width: 100).fullCanvas.lines
            .filter { $0.hasPrefix("      ") && !$0.contains("◆") && !$0.hasPrefix("        ") }
            // The team's provenance lines follow its links; these tests read the links.
            .filter { !$0.contains("Inferred value") && !$0.contains("Valeur inférée") }
    }

    func testOneWayTheTeamWaitsAndTheOtherFeeds() throws {
        // The strategy team's proposal starts the cloud work (SS): cloud waits, strategy feeds.
        let scheduled = try Fixture.minimalVariant([(Self.link, Self.link + #", {"from": "propose", "to": "cloud", "type": "SS"}"#)])
        XCTAssertEqual(teamLines(scheduled, .en), ["      Feeds: Cloud Task Team", "      Waits for: Strategy Task Team"])
        XCTAssertEqual(teamLines(scheduled, .fr), ["      Alimente : Équipe de l’infonuagique", "      Attend : Équipe de la stratégie"])
    }

    func testTeamsLinkedBothWaysExchangeRatherThanWaitForEachOther() throws {
        // propose → cloud and cloud → socialize: each team waits for the other, which read as
        // "waits for" on both sides would look like a cycle.
        let scheduled = try Fixture.minimalVariant([(Self.link, Self.link
            + #", {"from": "propose", "to": "cloud", "type": "SS"}, {"from": "cloud", "to": "socialize", "type": "SS"}"#)])
        XCTAssertEqual(teamLines(scheduled, .en), ["      Exchanges both ways with: Cloud Task Team", "      Exchanges both ways with: Strategy Task Team"])
        XCTAssertEqual(teamLines(scheduled, .fr), ["      Échange dans les deux sens avec : Équipe de l’infonuagique",
                                                   "      Échange dans les deux sens avec : Équipe de la stratégie"])
        let neighbours = scheduled.teams.neighbours()
        XCTAssertTrue(neighbours.allSatisfy { $0.waitsFor.isEmpty && $0.feeds.isEmpty })
        let details = DetailsPage.make(scheduled, activity: scheduled.index(of: "cloud"), language: .en, width: 100).lines
        XCTAssertTrue(details.contains("  Exchanges both ways with: Strategy Task Team"), "\(details)")
        XCTAssertFalse(details.contains { $0.contains("The team waits for") })
    }

    func testTheDetailsShowTheRoleAsPrintedAndTheTeamsLinks() throws {
        let scheduled = try Fixture.minimalVariant([(Self.link, Self.link + #", {"from": "propose", "to": "cloud", "type": "SS"}"#)])
        let cloud = DetailsPage.make(scheduled, activity: scheduled.index(of: "cloud"), language: .en, width: 100).lines
        XCTAssertTrue(cloud.contains("Role: Br — Broker (another code for Int)"), "\(cloud)")
        XCTAssertTrue(cloud.contains("  The team waits for: Strategy Task Team"), "\(cloud)")
        let nuage = DetailsPage.make(scheduled, activity: scheduled.index(of: "cloud"), language: .fr, width: 100).lines
        XCTAssertTrue(nuage.contains("Rôle : Br — Intermédiaire (autre code du rôle Int)"), "\(nuage)")
        let propose = DetailsPage.make(scheduled, activity: scheduled.index(of: "propose"), language: .en, width: 100).lines
        XCTAssertTrue(propose.contains("Role: Pr — Promoter"), "\(propose)")
        XCTAssertTrue(propose.contains("  The team feeds: Cloud Task Team"), "\(propose)")
    }

    /// The stated-only schedule leaves the inferred link out: the details and the dependency
    /// page still list it, and say it is left out.
    func testALinkLeftOutIsStillListedAndSaidLeftOut() throws {
        let scheduled = try Fixture.minimal().statedOnly(true)
        let socialize = scheduled.index(of: "socialize")
        let details = DetailsPage.make(scheduled, activity: socialize, language: .en, width: 120).lines
        XCTAssertTrue(details.contains("Waits for: Propose the strategy (FS) — left out (stated dependencies only)"), "\(details)")
        let page = PageBuilder.page(scheduled, ViewState(view: .dependencies, language: .fr, selectedActivity: socialize), width: 120).text
        XCTAssertTrue(page.contains("FS (fin → début) · décalage 0 mois · laissée de côté (dépendances énoncées seulement) · inféré"), page)
    }
}

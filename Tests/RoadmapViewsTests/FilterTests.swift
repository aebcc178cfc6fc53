import XCTest
import RoadmapModel
@testable import RoadmapViews

/// What a user types on the command line becomes filter values: role codes or their aliases,
/// areas and teams by id or by name in either language, accents and case ignored; anything
/// unknown is refused with the list of what is known.
final class FilterResolverTests: XCTestCase {
    private func resolver() throws -> FilterResolver { FilterResolver(roadmap: try Fixture.minimal().roadmap) }

    func testRolesByCodeAliasOrName() throws {
        let resolver = try resolver()
        XCTAssertEqual(try resolver.role("Int").get(), "Int")
        XCTAssertEqual(try resolver.role("Br").get(), "Int", "the alias Br is Int")
        XCTAssertEqual(try resolver.role("br").get(), "Int", "case-insensitive")
        XCTAssertEqual(try resolver.role("BR").get(), "Int")
        XCTAssertEqual(try resolver.role("pr").get(), "Pr")
        XCTAssertEqual(try resolver.role("ce").get(), "CE")
        XCTAssertEqual(try resolver.role("Broker").get(), "Int", "by name")
        XCTAssertEqual(try resolver.role("intermediaire").get(), "Int", "by French name, accents ignored")
        XCTAssertEqual(try resolver.role("Community of experts").get(), "CE", "by alternate name")
    }

    func testAreasByIdOrNameInEitherLanguage() throws {
        let resolver = try resolver()
        XCTAssertEqual(try resolver.area("enablement").get(), "enablement")
        XCTAssertEqual(try resolver.area("Digital enablement").get(), "enablement")
        XCTAssertEqual(try resolver.area("digital ENABLEMENT").get(), "enablement")
        XCTAssertEqual(try resolver.area("Habilitation du numérique").get(), "enablement")
        XCTAssertEqual(try resolver.area("habilitation du numerique").get(), "enablement", "accents ignored")
        XCTAssertEqual(try resolver.area("GOUVERNANCE NUMÉRIQUE").get(), "governance")
    }

    func testTeamsByIdOrName() throws {
        let resolver = try resolver()
        XCTAssertEqual(try resolver.team("cloud-team").get(), "cloud-team")
        XCTAssertEqual(try resolver.team("Cloud Task Team").get(), "cloud-team")
        XCTAssertEqual(try resolver.team("equipe de l'infonuagique").get(), "cloud-team", "typographic apostrophe and accents folded")
        XCTAssertEqual(try resolver.team("Équipe de la stratégie").get(), "strategy-team")
    }

    func testUnknownValuesNameWhatIsKnown() throws {
        let resolver = try resolver()
        XCTAssertEqual(resolver.role("Boss").failureDescription, #"unknown role "Boss" (known: CE, Pr, Int, In)"#)
        XCTAssertEqual(resolver.area("nowhere").failureDescription, #"unknown area "nowhere" (known: governance, enablement)"#)
        XCTAssertEqual(resolver.team("ghost").failureDescription, #"unknown task team "ghost" (known: strategy-team, cloud-team)"#)
        XCTAssertEqual(resolver.role("\u{1B}[2J").failureDescription, #"unknown role "␛[2J" (known: CE, Pr, Int, In)"#, "the echo is sanitized")
    }

    /// The resolved values filter as the user meant.
    func testResolvedFiltersSelectTheActivities() throws {
        let scheduled = try Fixture.minimal()
        let resolver = FilterResolver(roadmap: scheduled.roadmap)
        let filter = ActivityFilter(roles: [try resolver.role("br").get()])
        XCTAssertEqual(scheduled.ids(filter.apply(to: scheduled)), ["cloud"])
        let byArea = ActivityFilter(areas: [try resolver.area("gouvernance numerique").get()])
        XCTAssertEqual(scheduled.ids(byArea.apply(to: scheduled)), ["propose", "socialize"])
        let combined = ActivityFilter(roles: ["Pr"], status: .new, search: "connaitre")
        XCTAssertEqual(scheduled.ids(combined.apply(to: scheduled)), ["socialize"])
    }
}

/// The language the program speaks when none is asked for: the POSIX locale variables, in
/// their order of precedence.
final class LanguageFromEnvironmentTests: XCTestCase {
    func testLocaleVariablesInPOSIXOrder() {
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "fr_CA.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]), .fr, "LC_ALL beats the others")
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_CA", "LANG": "fr_CA"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_US"]), .fr, "LC_MESSAGES beats LANG")
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "en_CA", "LANG": "fr_CA.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "fr_CA.UTF-8"]), .fr)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "fr"]), .fr)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_US"]), .en)
    }

    func testEmptyOrUnsetMeansEnglish() {
        XCTAssertEqual(Language.fromEnvironment([:]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": ""]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "", "LANG": "fr_FR.UTF-8"]), .fr, "an empty variable is skipped")
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]), .en, "C is not French")
    }
}

extension Result where Failure == FilterResolver.Failure {
    var failureDescription: String? {
        if case let .failure(failure) = self { return failure.description }
        return nil
    }
}

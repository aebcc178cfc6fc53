import Foundation
import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Every part of the seed can be read in the program (issue 9, section 4): the shipped
/// roadmap's parts, taken from its raw JSON, appear on their pages — the seed's French words on
/// the French pages, our translation on the English ones —, no page shows an id where the file
/// gives a name, no French page an English label, and every note on where a value comes from
/// is shown next to it.
final class SeedPagesTests: XCTestCase {
    private static let width = 120

    /// The text of every page in `language` (each view, and the details of every activity),
    /// by where it is shown.
    private func pages(_ scheduled: ScheduledRoadmap, _ language: Language) -> [(name: String, page: ViewKind?, text: String)] {
        var result: [(String, ViewKind?, String)] = []
        for view in ViewKind.allCases {
            let state = ViewState(view: view, language: language, selectedActivity: view == .dependencies ? busiestActivity(scheduled) : nil)
            result.append((view.rawValue, view, PageBuilder.page(scheduled, state, width: Self.width).text))
        }
        for i in scheduled.roadmap.activities.indices {
            let text = DetailsPage.make(scheduled, activity: i, language: language, width: Self.width).lines.joined(separator: "\n")
            result.append(("details of \(scheduled.roadmap.activities[i].id)", nil, text))
        }
        return result
    }

    func testTheFrenchPagesShowTheSeedsWordsForEveryPart() throws {
        let scheduled = try Fixture.shipped()
        let seed = try SeedWords.seed()
        let parts = SeedWords.parts(try SeedWords.shippedJSON())
        XCTAssertGreaterThan(parts.count, 150, "the parts of the seed were not found in roadmap.json")
        let pages = pages(scheduled, .fr)
        var problems: [String] = []
        for part in parts {
            guard let french = SeedWords.text(part.value, .fr) else { problems.append("\(part.what): no French text"); continue }
            // The data holds the seed's words: each sentence is printed in the seed.
            for sentence in SeedWords.sentences(french) where !seed.contains(SeedWords.fold(sentence)) {
                problems.append("\(part.what): « \(sentence) » is not printed in the seed")
            }
            // And its page shows them, whole.
            let shown = pages.filter { $0.page == part.page }.map { SeedWords.fold($0.text) }
            if !shown.contains(where: { $0.contains(SeedWords.fold(french)) }) {
                problems.append("\(part.what): « \(french) » is not on the French \(part.page?.rawValue ?? "details") page")
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testTheEnglishPagesShowTheTranslationOfEveryPart() throws {
        let scheduled = try Fixture.shipped()
        let pages = pages(scheduled, .en)
        var problems: [String] = []
        for part in SeedWords.parts(try SeedWords.shippedJSON()) {
            guard let english = SeedWords.text(part.value, .en) else { problems.append("\(part.what): no English text"); continue }
            let shown = pages.filter { $0.page == part.page }.map { SeedWords.fold($0.text) }
            if !shown.contains(where: { $0.contains(SeedWords.fold(english)) }) {
                problems.append("\(part.what): “\(english)” is not on the English \(part.page?.rawValue ?? "details") page")
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// Where a value is a reading, its page says why: every note of the file (`note` and the
    /// fields ending in `Note`) is on some page, in both languages.
    func testEveryNoteOnWhereAValueComesFromIsShown() throws {
        let scheduled = try Fixture.shipped()
        var notes: [(String, Any)] = []
        func collect(_ value: Any, _ place: String) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    if key == "note" || key.hasSuffix("Note") { notes.append((place + "." + key, child)) } else { collect(child, place + "." + key) }
                }
            } else if let array = value as? [Any] {
                for (i, item) in array.enumerated() { collect(item, place + "[\(i)]") }
            }
        }
        collect(try SeedWords.shippedJSON(), "")
        XCTAssertGreaterThan(notes.count, 100)
        // A note may name an object by its id; the page names it by its name instead. The words
        // around such an id must be there.
        let roadmap = scheduled.roadmap
        let ids = (roadmap.activities.map(\.id) + roadmap.teams.map(\.id) + roadmap.areas.map(\.id) + roadmap.councils.map(\.id)
                   + roadmap.workingGroups.map(\.id)).filter { $0.contains("-") }
        // The data format's field names a note mentions (immediateResults) are said in words.
        let idPattern = try NSRegularExpression(pattern: "(?<![A-Za-z0-9-])(" + ids.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
                                                + "|[a-z]+[A-Z][A-Za-z]*)(?![A-Za-z0-9-])")
        func pieces(_ note: String) -> [String] {
            var result: [String] = []
            var last = note.startIndex
            for match in idPattern.matches(in: note, range: NSRange(note.startIndex..., in: note)) {
                let range = Range(match.range, in: note)!
                result.append(String(note[last..<range.lowerBound]))
                last = range.upperBound
            }
            result.append(String(note[last...]))
            return result.map(SeedWords.fold).filter { $0.count > 3 }
        }
        for language in Language.allCases {
            var texts = pages(scheduled, language).map { SeedWords.fold($0.text) }
            // The notes of dependencies are on the dependency page of either activity.
            for i in scheduled.roadmap.activities.indices {
                let state = ViewState(view: .dependencies, language: language, selectedActivity: i)
                texts.append(SeedWords.fold(PageBuilder.page(scheduled, state, width: Self.width).text))
            }
            var missing: [String] = []
            for (place, note) in notes {
                guard let text = SeedWords.text(note, language) else { continue }
                let words = pieces(text)
                if !texts.contains(where: { page in words.allSatisfy { page.contains($0) } }) { missing.append("\(place) (\(language))") }
            }
            XCTAssertEqual(missing, [], "notes shown on no page:\n" + missing.joined(separator: "\n"))
        }
    }

    /// Councils, teams, areas, sub-committees, principles, working groups and horizons are
    /// shown by name: `[joint]` and `• cio` were the transition and strategy pages' before.
    func testNoPageShowsAnIDWhereTheFileGivesAName() throws {
        let scheduled = try Fixture.shipped()
        let roadmap = scheduled.roadmap
        var ids = roadmap.councils.map(\.id) + roadmap.teams.map(\.id) + roadmap.areas.map(\.id)
        ids += roadmap.subcommittees.map(\.id) + roadmap.principles.map(\.id) + roadmap.workingGroups.map(\.id)
        ids += roadmap.strategy?.horizons.map(\.id) ?? []
        // One expression for the ids with a hyphen, checked once per line.
        let hyphenated = try NSRegularExpression(pattern: "(?<![A-Za-z0-9-])(" + ids.filter { $0.contains("-") }
            .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")(?![A-Za-z0-9-])")
        let words = ids.filter { !$0.contains("-") }
        var problems: [String] = []
        for language in Language.allCases {
            for (name, _, text) in pages(scheduled, language) {
                for line in text.split(separator: "\n").map(String.init) {
                    var found = hyphenated.matches(in: line, range: NSRange(line.startIndex..., in: line)).map { (line as NSString).substring(with: $0.range) }
                    found += words.filter { Self.showsRaw($0, in: line) }
                    for id in found {
                        problems.append("\(language) \(name): “\(id)” in “\(line.trimmingCharacters(in: .whitespaces))”")
                    }
                }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// An id with a hyphen is distinctive wherever it stands; a one-word id ("cio", "joint",
    /// "research") is also an English word, so only the places an id used to take count:
    /// between brackets, alone after a bullet or a dash, alone on its line.
    static func showsRaw(_ id: String, in line: String) -> Bool {
        if id.contains("-") {
            return line.range(of: "(?<![A-Za-z0-9-])" + NSRegularExpression.escapedPattern(for: id) + "(?![A-Za-z0-9-])", options: .regularExpression) != nil
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return line.contains("[\(id)]") || trimmed == "• \(id)" || line.hasSuffix("— \(id)") || trimmed == id
    }

    func testTheCheckFindsARawID() {
        XCTAssertTrue(Self.showsRaw("joint", in: "• Open Data and Information Working Group [joint]"))
        XCTAssertTrue(Self.showsRaw("cio", in: "  • cio"))
        XCTAssertTrue(Self.showsRaw("open-data", in: "→ becomes: open-data (CE)"))
        XCTAssertFalse(Self.showsRaw("research", in: "launch targeted research activities"))
        XCTAssertFalse(Self.showsRaw("open-data", in: "Open data"))
    }

    /// Labels of the program in English that a French page must never show (the strategy
    /// page's "Steering committee" and "Task teams heading" were made from the file's keys; the
    /// details listed inferred fields by their JSON names).
    static let englishLabels = [
        "Steering committee", "Digital champion", "Task teams heading", "Joint councils", "Members", "Layers", "Secretariat",
        "Inferred value", "inferred", "Note on the source", "Current work", "Assessment", "Rationale", "Waits for",
        "Immediate results", "Strengths", "Difficulties", "Levers", "Challenges", "Also named", "Supporting teams",
        "Team status", "Result boxes", "Text block", "Poster banners", "On the roadmap poster", "Councils", "No council",
        "file order", "seed order", "poster order", "currentWork", "inferredFields", "subcommittee", "alternateNames",
        "Activities without a task team", "Task teams not considered", "computed by the program", "Position in the seed",
        "Draft date", "Languages", "Title:",
    ]

    func testNoFrenchPageShowsAnEnglishLabel() throws {
        let scheduled = try Fixture.shipped()
        var problems: [String] = []
        for (name, _, text) in pages(scheduled, .fr) {
            for label in Self.englishLabels where text.range(of: "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: label) + "(?![A-Za-z])", options: .regularExpression) != nil {
                problems.append("\(name): “\(label)”")
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// The shipped title ends with the grid's name: "… — Roadmap — Roadmap" was the header.
    func testTheTitleDoesNotRepeatThePageName() throws {
        let scheduled = try Fixture.shipped()
        for language in Language.allCases {
            let words = Vocabulary(language)
            let title = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: language), width: Self.width).fullCanvas.lines[0]
            XCTAssertTrue(title.hasPrefix(scheduled.roadmap.meta.title[language] + " · "), title)
            let teams = PageBuilder.page(scheduled, ViewState(view: .teams, language: language), width: Self.width).fullCanvas.lines[0]
            XCTAssertTrue(teams.hasPrefix(scheduled.roadmap.meta.title[language] + " — " + words.teamsView), teams)
        }
        // A title that does not end with the page's name keeps it.
        let minimal = try Fixture.minimal()
        XCTAssertTrue(PageBuilder.page(minimal, ViewState(view: .roadmap), width: 100).fullCanvas.lines[0].hasPrefix("Test roadmap — Roadmap · "))
    }

    /// The foundation principles have no team in the seed: the teams page lists them under a
    /// heading of their own, so that the page accounts for all 29 activities.
    func testTheTeamsPageCountsTheActivityWithoutATeam() throws {
        let scheduled = try Fixture.shipped()
        let orphans = scheduled.roadmap.activities.indices.filter { scheduled.roadmap.activities[$0].team == nil }
        XCTAssertEqual(orphans.count, 1)
        for language in Language.allCases {
            let page = PageBuilder.page(scheduled, ViewState(view: .teams, language: language), width: Self.width)
            let shown = Set((0..<page.rowCount).compactMap(page.activity(atRow:)))
            XCTAssertEqual(shown, Set(scheduled.roadmap.activities.indices), "every activity has a row on the teams page")
            let text = page.text
            XCTAssertTrue(text.contains("\(Vocabulary(language).activitiesWithoutTeam) (1)"), text)
            XCTAssertTrue(text.contains(scheduled.roadmap.activities[orphans[0]].name[language]))
        }
    }

    // MARK: Row orders

    private func areaHeadings(_ page: Page) -> [String] {
        page.fullCanvas.lines.compactMap { line in
            guard line.hasPrefix("▾ "), let open = line.lastIndex(of: "(") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 2)..<open]).trimmingCharacters(in: .whitespaces)
        }
    }

    private func activityOrder(_ page: Page) -> [Int] {
        (0..<page.rowCount).compactMap(page.activity(atRow:))
    }

    func testTheGridFollowsTheSeedsRowsOrThePostersAndSaysWhich() throws {
        let scheduled = try Fixture.shipped()
        let roadmap = scheduled.roadmap
        func page(_ order: RowOrder) -> Page {
            PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, order: order), width: Self.width)
        }
        let byRow = roadmap.areas.sorted { ($0.gridRow ?? 0) < ($1.gridRow ?? 0) }.map { $0.name.en }
        let byPoster = roadmap.areas.sorted { ($0.posterOrder ?? 0) < ($1.posterOrder ?? 0) }.map { $0.name.en }
        XCTAssertNotEqual(byRow, byPoster, "the seed's two orders differ")
        XCTAssertEqual(areaHeadings(page(.seed)), byRow)
        XCTAssertEqual(areaHeadings(page(.poster)), byPoster)
        XCTAssertEqual(areaHeadings(page(.file)), roadmap.areas.map { $0.name.en })
        XCTAssertTrue(page(.seed).fullCanvas.lines[0].contains("seed order"))
        XCTAssertTrue(page(.poster).fullCanvas.lines[0].contains("poster order"))
        XCTAssertTrue(page(.file).fullCanvas.lines[0].contains("file order"))

        // Within a row, the seed's order: it prints the value-for-money framework's
        // socialization before the framework; the file lists the framework first.
        let framework = scheduled.index(of: "value-for-money-framework"), socialize = scheduled.index(of: "socialize-value-for-money-framework")
        XCTAssertLessThan(framework, socialize)
        let seedOrder = activityOrder(page(.seed))
        XCTAssertLessThan(seedOrder.firstIndex(of: socialize)!, seedOrder.firstIndex(of: framework)!)
        let fileOrder = activityOrder(page(.file))
        XCTAssertLessThan(fileOrder.firstIndex(of: framework)!, fileOrder.firstIndex(of: socialize)!)
        for order in RowOrder.allCases {
            XCTAssertEqual(Set(activityOrder(page(order))), Set(roadmap.activities.indices), "\(order) shows every activity once")
            XCTAssertEqual(activityOrder(page(order)).count, roadmap.activities.count)
        }
    }

    /// A file that records no seed order is shown in its own order, and the header says so
    /// rather than claim the seed's.
    func testAnOrderTheFileDoesNotRecordFallsBackToTheFilesAndSaysSo() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .fr, order: .seed), width: 100)
        XCTAssertTrue(page.fullCanvas.lines[0].contains("ordre du fichier"), page.fullCanvas.lines[0])
        XCTAssertEqual(areaHeadings(page), scheduled.roadmap.areas.map { $0.name.fr })
    }

    func testTheExportsFollowTheOrderOfTheView() throws {
        let scheduled = try Fixture.shipped()
        let state = ViewState(view: .roadmap, language: .en, order: .seed)
        let csv = try Exporter.render(scheduled, state, format: .csv, width: Self.width)
        let lines = String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let csvIDs = lines.dropFirst().compactMap { $0.split(separator: ",").first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } }
        XCTAssertEqual(csvIDs, scheduled.ids(activityOrder(PageBuilder.page(scheduled, state, width: Self.width))))
    }
}

import Foundation
import XCTest

/// The shipped roadmap against its seed: what it says the seed states, the seed prints. The
/// checks themselves are tested on small made-up files, so that a check that can no longer
/// fail does not pass unnoticed.
final class SeedFidelityTests: XCTestCase {
    private func shipped() throws -> SeedFidelity.Object {
        try SeedFidelity.object(from: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json"))
    }

    func testTheSeedCopyIsTheRoadmapDraft() throws {
        let seed = try SeedText.load()
        XCTAssertTrue(seed.text.hasPrefix(" Ébauche de travail \n(pour discussion seulement) \nAÛOT 2016\n"))
        XCTAssertTrue(seed.prints("(CE) Research methodologies, tools and target research topics"))
        XCTAssertTrue(seed.prints("D’OCTOBRE 2016 À MARS 2017 D’AVRIL 2017 À SEPTEMBRE 2017 D’OCTOBRE 2017 À MARS 2018"))
    }

    func testNoDependencyClaimsTheSeedWithoutQuotingIt() throws {
        let problems = SeedFidelity.seedClaimsWithoutQuotation(in: try shipped(), seed: try SeedText.load())
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// The seed prints no precedence between the activities of its grid (docs/data-notes.md):
    /// every dependency is a reading, and says so.
    func testEveryDependencyOfTheShippedRoadmapIsInferred() throws {
        for (i, dependency) in SeedFidelity.list(try shipped()["dependencies"]).enumerated() {
            let place = "dependencies[\(i)] (\(dependency["from"] ?? "?") → \(dependency["to"] ?? "?"))"
            XCTAssertEqual(dependency["source"] as? String, "inferred", "\(place) claims the seed")
            XCTAssertEqual(Set(dependency["inferredFields"] as? [String] ?? []), ["from", "to", "type", "lag"], place)
            XCTAssertNotNil(["strong", "moderate", "weak"].firstIndex(of: dependency["strength"] as? String ?? ""), "\(place) does not say how strong it is")
        }
    }

    func testEveryFrenchQuotationInANoteIsPrintedInTheSeed() throws {
        let problems = SeedFidelity.unprintedQuotations(in: try shipped(), seed: try SeedText.load())
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testEveryFrenchNameIsTheSeedsWordingUnlessMarkedInferred() throws {
        let problems = SeedFidelity.unprintedNames(in: try shipped(), seed: try SeedText.load())
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    // MARK: The checks catch what they look for

    private let seed = SeedText(text: """
        (Int) Critères d’établissement de l’ordre de pri-
        orité pour le projet pilote relatif au gouver-
        nement numérique – programme et candidat
        (In) Projet pilote B : À déterminer
        PRINCIPES La co création par l'ouverture
        (In) Équipe spéciale
        chargée du projet

        prototype X
        Federated
        """)

    func testFoldingIgnoresLineBreaksHyphensApostrophesAndCase() {
        XCTAssertTrue(seed.prints("Critères d'établissement de l'ordre de priorité pour le projet pilote relatif au gouvernement numérique"))
        XCTAssertTrue(seed.prints("la co-création par l’ouverture"))
        XCTAssertTrue(seed.prints("Équipe spéciale chargée du projet prototype X"))
        XCTAssertFalse(seed.prints("gouvernement numérique : programme et candidat"), "a dash is not a colon")
        XCTAssertFalse(seed.prints(""))
    }

    func testQuotationsAreCutAtEllipses() {
        XCTAssertEqual(SeedText.quotations(in: "verbes (« Réharmonisation reportée … phase 2 ») et « Renommer ». Fin"),
                       ["Réharmonisation reportée", "phase 2", "Renommer"])
        XCTAssertEqual(SeedText.quotations(in: "pas de citation"), [])
    }

    func testASeedClaimWithAnInventedOrMissingQuotationIsReported() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"dependencies": [
              {"from": "criteria", "to": "pilot-b", "note": {"fr": "Source : projet pilote B « À déterminer » selon les critères.", "en": "x"}},
              {"from": "criteria", "to": "pilot-c", "source": "seed", "note": {"fr": "Projet pilote C « À déterminer » « selon les critères ».", "en": "x"}},
              {"from": "a", "to": "b", "source": "seed", "note": "Lecture générale, sans citation."},
              {"from": "c", "to": "d", "source": "inferred", "note": {"fr": "« selon les critères » : inféré, hors de ce contrôle", "en": "x"}}
            ]}
            """)
        XCTAssertEqual(SeedFidelity.seedClaimsWithoutQuotation(in: roadmap, seed: seed), [
            "dependencies[1] (criteria → pilot-c) claims the seed with « selon les critères », which the seed does not print",
            "dependencies[2] (a → b) claims the seed but its note quotes no words of the seed",
        ])
    }

    func testAQuotationTheSeedDoesNotPrintIsReportedWherePrinted() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"glossary": [{"term": "Federated", "note": {"fr": "Traduit « Fédéré ».", "en": "x"}}],
             "meta": {"draftDateNote": {"fr": "Coquille pour « AOÛT 2016 ».", "en": "x"}},
             "teams": [{"id": "x", "note": {"fr": "Trois cases « Équipe spéciale chargée du projet prototype X ».", "en": "x"}}]}
            """)
        XCTAssertEqual(SeedFidelity.unprintedQuotations(in: roadmap, seed: seed), [
            "glossary[0].note quotes « Fédéré », which the seed does not print",
            "meta.draftDateNote quotes « AOÛT 2016 », which the seed does not print",
        ])
    }

    func testANameTheSeedDoesNotPrintIsReportedUnlessInferred() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"teams": [
               {"id": "prototype-x-1", "name": {"fr": "Équipe spéciale chargée du projet prototype X (1)", "en": "x"}},
               {"id": "prototype-x-2", "name": {"fr": "Équipe spéciale chargée du projet prototype X", "en": "x"},
                "alternateNames": ["Federated", {"fr": "Fédéré", "en": "x"}]},
               {"id": "fixed", "name": {"fr": "Fondement – Principes", "en": "x"}, "source": "inferred", "inferredFields": ["name"]}],
             "glossary": [{"term": {"fr": "Fédéré", "en": "Federated"}}]}
            """)
        XCTAssertEqual(SeedFidelity.unprintedNames(in: roadmap, seed: seed), [
            "teams[0] (prototype-x-1).name: « Équipe spéciale chargée du projet prototype X (1) » is not printed in the seed",
            "teams[1] (prototype-x-2).alternateNames[1]: « Fédéré » is not printed in the seed",
            "glossary[0].term: « Fédéré » is not printed in the seed",
        ])
    }
}

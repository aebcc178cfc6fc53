import Foundation
import XCTest
@testable import RoadmapModel

/// The shipped roadmap against its seed: what it says the seed states, the seed prints, word
/// for word in French, and every reading is marked as one — in the data and in what README.md
/// and docs/data-notes.md say of it. The checks themselves are tested on small made-up files,
/// so that a check that can no longer fail does not pass unnoticed.
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

    /// Every French text outside the notes is the seed's wording after the documented
    /// normalisation; what differs is listed in `SeedWording.shipped`, each with its line.
    func testEveryFrenchTextIsTheSeedsWordingOrAListedException() throws {
        let problems = SeedWording.shipped.problems(in: try shipped(), seed: try SeedText.load())
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// An activity's other name that is neither the grid's label (l. 1097–1240) nor its stated
    /// team's listed item is an identification, marked inferred.
    func testEveryOtherNameOfAnActivityIsTheSeedsOrMarkedInferred() throws {
        let problems = SeedFidelity.unmarkedIdentifications(in: try shipped(), grid: try SeedText.load().part(1097...1240))
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testEveryObjectNamingInferredFieldsIsInferred() throws {
        let problems = SeedFidelity.seedObjectsNamingInferredFields(in: try shipped())
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// The current-state grid's cells are l. 399–587.
    func testEveryCurrentWorkCellPrintedTwiceIsGivenOnceWithANote() throws {
        let problems = SeedFidelity.repeatedCellsWithoutNote(in: try shipped(), seed: try SeedText.load(), cells: 399...587)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// The guide's account of `roadmap validate` on the shipped roadmap tells the role
    /// warnings whose team the seed states from those whose team is inferred — the warnings
    /// the program gives, which say it too.
    func testTheReadmeSaysWhichRoleWarningsRestOnAnInferredTeam() throws {
        let mismatches = DocumentClaims.roleMismatches(in: try shipped())
        let loaded = RoadmapLoader.load(path: RuleFixtures.packageRoot.appendingPathComponent("roadmap.json").path)
        let warned = loaded.warnings.filter { $0.message.contains("differs from its task team's") }
        XCTAssertEqual(warned.compactMap(\.objectID), mismatches.map(\.id), "the program warns about other activities than the check computes")
        for warning in warned {
            let inferred = mismatches.first { $0.id == warning.objectID }?.teamInferred ?? false
            XCTAssertEqual(warning.message.contains("its team is inferred"), inferred, warning.message)
        }
        let guide = try String(contentsOf: RuleFixtures.packageRoot.appendingPathComponent("docs/guide.md"), encoding: .utf8)
        let section = try XCTUnwrap(guide.components(separatedBy: "\n## What the shipped roadmap's schedule says\n").dropFirst().first,
                                    "docs/guide.md has no section \"What the shipped roadmap's schedule says\"")
        let paragraph = try XCTUnwrap(DocumentClaims.paragraph(startingWith: "- `roadmap validate`", in: section.components(separatedBy: "\n## ")[0]),
                                      "the section has no item on `roadmap validate`")
        let problems = DocumentClaims.roleWarningProblems(in: paragraph, mismatches)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// Where README.md, docs/guide.md or docs/data-notes.md use an other name the data marks inferred (Br read
    /// as broker, say), the sentence says it is an inference.
    func testTheDocumentsCallEveryInferredOtherNameInferred() throws {
        let names = DocumentClaims.inferredOtherNames(in: try shipped())
        XCTAssertTrue(names.contains("Broker"), "the data no longer marks the broker name inferred: \(names)")
        for document in ["README.md", "docs/guide.md", "docs/data-notes.md"] {
            let text = try String(contentsOf: RuleFixtures.packageRoot.appendingPathComponent(document), encoding: .utf8)
            let problems = DocumentClaims.otherNamesNotCalledInferred(in: text, names: names)
            XCTAssertEqual(problems, [], document + ":\n" + problems.joined(separator: "\n"))
        }
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

    /// Lines 2–10 are a grid's cells; l. 9–10 one block holding two cells.
    private let cellSeed = SeedText(text: """
        Titre
        
        Principes communs,
        octrois de licence
        
        Architecture de référence,
        profils communsee
        
        GI intergouvernementale
        Politiques
        
        Groupe engagé
        """)

    private var cellRules: SeedWording {
        SeedWording(
            corrections: [.init(path: "workingGroups[cloud].currentWork", line: 7, printed: "communsee", corrected: "communs")],
            composed: ["meta.title"],
            cellRegions: ["workingGroups[].currentWork": 2...10],
            mergedCells: [9: ["GI intergouvernementale", "Politiques"]])
    }

    func testAWordOrAMarkAddedToAFrenchTextIsReported() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"meta": {"title": {"fr": "Titre — essai", "en": "x"}},
             "workingGroups": [
               {"id": "stop", "currentWork": {"fr": "Principes communs, octrois de licence.\\nGI intergouvernementale", "en": "x"}},
               {"id": "joined", "currentWork": {"fr": "Principes communs, octrois de licence. Politiques", "en": "x"}},
               {"id": "cloud", "currentWork": {"fr": "Architecture de référence, profils communs\\nPolitiques", "en": "x"},
                "note": {"fr": "La source imprime « communsee » (l. 7).", "en": "x"}},
               {"id": "cut", "currentWork": {"fr": "Architecture de référence, profils", "en": "x"}}],
             "glossary": [{"term": "Titre", "definition": {"fr": "Groupe engagé.", "en": "x"}}]}
            """)
        XCTAssertEqual(cellRules.problems(in: roadmap, seed: cellSeed), [
            "glossary[0].definition: « Groupe engagé. » is not the seed's wording (a word or a mark added?)",
            "meta.title is not the seed's wording and is not marked inferred",
            "workingGroups[stop].currentWork: « Principes communs, octrois de licence. » is not the seed's wording (a word or a mark added?)",
            "workingGroups[joined].currentWork: « Principes communs, octrois de licence. Politiques » is not the seed's wording (a word or a mark added?)",
            "workingGroups[cut].currentWork: « Architecture de référence, profils » is not the seed's wording (a word or a mark added?)",
        ])
    }

    func testACorrectionMustBeNeededAndQuotedInTheNote() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"meta": {"title": {"fr": "Titre — essai", "en": "x"}, "titleNote": {"fr": "Composé.", "en": "x"}},
             "workingGroups": [{"id": "cloud", "currentWork": {"fr": "Architecture de référence, profils communs", "en": "x"}}]}
            """)
        XCTAssertEqual(cellRules.problems(in: roadmap, seed: cellSeed), [
            "workingGroups[cloud].currentWork: the note beside it does not quote « communsee » (l. 7), which the field corrects",
        ])
        // A correction whose field is printed as it is, or does not hold the corrected words.
        var rules = cellRules
        rules.corrections.append(.init(path: "workingGroups[other].currentWork", line: 7, printed: "communsee", corrected: "communs"))
        let uncorrected = try SeedFidelity.object(fromJSON: """
            {"meta": {"title": "Titre"},
             "workingGroups": [{"id": "cloud", "currentWork": "Principes communs, octrois de licence", "note": "« communsee »"},
                               {"id": "other", "currentWork": "GI intergouvernementale", "note": "« communsee »"}]}
            """)
        XCTAssertEqual(rules.problems(in: uncorrected, seed: cellSeed), [
            "meta.title is listed as our words, but the seed prints it",
            "workingGroups[cloud].currentWork: « Principes communsee, octrois de licence » is not the seed's wording (a word or a mark added?)",
            "workingGroups[other].currentWork should say « communs » once, the correction of « communsee » (l. 7)",
            "workingGroups[cloud].currentWork: the seed prints the field as it is; the correction of « communsee » is not needed",
            "workingGroups[other].currentWork: the seed prints the field as it is; the correction of « communsee » is not needed",
        ])
    }

    func testAnIdentificationNotMarkedInferredIsReported() throws {
        let grid = SeedText(text: "(CE) Données ouvertes\n(In) Architecture en nuage\n(CE) Research methodologies")
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"teams": [{"id": "open-data", "listedActivities": [{"fr": "Services consultatifs", "en": "x"}]},
                       {"id": "cloud", "listedActivities": [{"fr": "Modèles d'architecture en nuage", "en": "x"}]}],
             "activities": [
               {"id": "open", "team": "open-data", "alternateNames": [{"fr": "Services consultatifs", "en": "x"}],
                "source": "inferred", "inferredFields": ["team"]},
               {"id": "open-marked", "team": "open-data", "alternateNames": [{"fr": "Services consultatifs", "en": "x"}],
                "source": "inferred", "inferredFields": ["team", "alternateNames"]},
               {"id": "cloud", "team": "cloud", "alternateNames": [{"fr": "Modèles d’architecture en nuage", "en": "x"}],
                "source": "inferred", "inferredFields": ["period"]},
               {"id": "research", "team": null, "alternateNames": ["Research methodologies"]},
               {"id": "seed-claim", "team": "cloud", "alternateNames": [{"fr": "Services consultatifs", "en": "x"}],
                "source": "seed", "inferredFields": ["alternateNames"]}]}
            """)
        XCTAssertEqual(SeedFidelity.unmarkedIdentifications(in: roadmap, grid: grid), [
            "activities[0] (open).alternateNames[0]: « Services consultatifs » is neither in the grid nor in its inferred team's list: "
                + "an identification, yet alternateNames is not inferred",
            "activities[4] (seed-claim).alternateNames[0]: « Services consultatifs » is neither in the grid nor in the list of its team (cloud): "
                + "an identification, yet alternateNames is not inferred",
        ])
    }

    func testAnObjectNamingInferredFieldsThatIsNotInferredIsReported() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"roles": [{"id": "Int", "source": "seed", "inferredFields": ["alternateNames"]},
                       {"id": "CE", "source": "inferred", "inferredFields": ["alternateNames"]},
                       {"id": "Pr", "inferredFields": []}],
             "meta": {"phases": [{"id": "p", "inferredFields": ["description"]}]}}
            """)
        XCTAssertEqual(SeedFidelity.seedObjectsNamingInferredFields(in: roadmap), [
            "meta.phases[0] names inferredFields [\"description\"] but its source is absent (seed), not inferred",
            "roles[0] names inferredFields [\"alternateNames\"] but its source is seed, not inferred",
        ])
    }

    func testACellPrintedTwiceWithoutItsNoteIsReported() throws {
        let grid = SeedText(text: "Modèle de confiance\n\nAccent\n\nModèle de confiance\n\nAccent\n\nAccent sur")
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"workingGroups": [
               {"id": "a", "currentWork": {"fr": "Modèle de confiance", "en": "x"},
                "note": {"fr": "La cellule « Modèle de confiance » est imprimée deux fois (l. 1 et 5).", "en": "x"}},
               {"id": "b", "currentWork": {"fr": "Accent sur\\nAccent", "en": "x"}, "note": {"fr": "Rien.", "en": "x"}}]}
            """)
        XCTAssertEqual(SeedFidelity.repeatedCellsWithoutNote(in: roadmap, seed: grid, cells: 1...9), [
            "workingGroups[1] (b).currentWork: the cell « Accent » is printed 2 times, and the note does not say « … » est imprimée deux fois",
        ])
    }

    func testRoleMismatchesFollowAliasesAndSayWhetherTheTeamIsInferred() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"roles": [{"id": "Int", "aliases": ["Br"]}, {"id": "Pr"}],
             "teams": [{"id": "t-int", "role": "Int"}, {"id": "t-pr", "role": "Pr"}],
             "activities": [
               {"id": "same", "name": {"fr": "x", "en": "Same"}, "role": "br", "team": "t-int"},
               {"id": "case", "name": {"fr": "x", "en": "Develop the business case."}, "role": "Int", "team": "t-pr"},
               {"id": "resources", "name": {"fr": "x", "en": "Secure resources"}, "role": "Br", "team": "t-pr",
                "source": "inferred", "inferredFields": ["team"]},
               {"id": "alone", "name": {"fr": "x", "en": "Alone"}, "role": "Int", "team": null}]}
            """)
        XCTAssertEqual(DocumentClaims.roleMismatches(in: roadmap), [
            .init(id: "case", name: "Develop the business case.", teamInferred: false),
            .init(id: "resources", name: "Secure resources", teamInferred: true),
        ])
    }

    func testAParagraphThatGivesEveryRoleWarningToTheSeedIsReported() {
        let mismatches: [DocumentClaims.RoleMismatch] = [
            .init(id: "case", name: "Develop the business case.", teamInferred: false),
            .init(id: "resources", name: "Secure resources", teamInferred: true),
        ]
        let markdown = """
            ## Schedule

            - `roadmap validate` gives 2 warnings, all of one kind: an activity whose printed role
              differs from its task team's (for example *Develop the business case*). The seed
              prints them so; they are kept and flagged.
            - Next item.
            """
        let old = DocumentClaims.paragraph(startingWith: "- `roadmap validate`", in: markdown)
        XCTAssertEqual(old.map { DocumentClaims.roleWarningProblems(in: $0, mismatches) }, [
            "the paragraph does not name resources (« Secure resources »)",
            "no sentence mentions the seed and names exactly the pairings it states: [\"case\"]",
            "no sentence says \"inferred\" and names exactly the pairings with an inferred team: [\"resources\"]",
        ])
        XCTAssertEqual(DocumentClaims.roleWarningProblems(in: """
            - `roadmap validate` gives 2 warnings. The seed states the team of one: *Develop the business case*. \
            The other rests on a team we inferred: *Secure resources*.
            """, mismatches), [])
        XCTAssertEqual(DocumentClaims.roleWarningProblems(in: """
            - `roadmap validate` gives 3 warnings. The seed states these teams: develop the business case and secure resources.
            """, mismatches), [
            "the paragraph does not say it gives 2 warnings",
            "no sentence mentions the seed and names exactly the pairings it states: [\"case\"]",
            "no sentence says \"inferred\" and names exactly the pairings with an inferred team: [\"resources\"]",
            "« the seed states these teams: develop the business case and secure resources. » names [\"resources\"], whose team is inferred, without saying so",
        ])
    }

    func testAnInferredOtherNameUsedWithoutSayingSoIsReported() throws {
        let roadmap = try SeedFidelity.object(fromJSON: """
            {"roles": [{"id": "Int", "alternateNames": [{"fr": "Courtier", "en": "Broker"}], "source": "inferred", "inferredFields": ["alternateNames"]},
                       {"id": "CE", "alternateNames": [{"fr": "Centre d’excellence", "en": "Centre of Excellence"}]}]}
            """)
        let names = DocumentClaims.inferredOtherNames(in: roadmap)
        XCTAssertEqual(names, ["Courtier", "Broker"])
        let document = """
            | `Br` | the role: `Br` (broker) on three activities |

            Its other name, courtier (broker), is inferred. A brokerage firm is another word.
            The code means broker. Centre of Excellence is printed. A broker (l. 1718) is our
            inference.
            """
        XCTAssertEqual(DocumentClaims.otherNamesNotCalledInferred(in: document, names: names), [
            "« | `Br` | the role: `Br` (broker) on three activities | » uses « Broker », an inferred name, without saying it is inferred",
            "« The code means broker » uses « Broker », an inferred name, without saying it is inferred",
        ])
    }
}

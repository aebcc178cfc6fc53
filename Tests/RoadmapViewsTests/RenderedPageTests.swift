import XCTest
import RoadmapModel
@testable import RoadmapViews

/// Whole pages of Tests/Fixtures/minimal.json, compared as lines of text (as ratatui's
/// TestBackend compares a buffer). Each expected page was read and checked before it was
/// frozen: propose is new from Oct 2016 to Mar 2017 and may float to Sep 2017; socialize
/// follows it (FS) from Apr to Sep 2017 and may float to Mar 2018; cloud is ongoing over the
/// whole timeline, the critical path (◆). French sets a space before each colon.
final class RenderedPageTests: XCTestCase {

    func testRoadmapInEnglishAt100Columns() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: no filter — 3 of 3 activities · 1 of 3 spans and 1 of 1 link inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital governance (2)                  │                  │                  │                  │
              Propose the strategy               Pr   │██████████████████│··················│                  │
              Socialize the strategy             Pr   │                  │██████████████████│··················│
            ▾ Digital enablement (1)                  │                  │                  │                  │
            ◆ Cloud                              Br   │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 1 of 3 spans and 1 of 1 link inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testRoadmapInFrenchAt72Columns() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .fr), width: 72)
        assertPage(page, """
            Feuille de route d’… — Feuille de route · ordre du fichier Fin mars 2018
            Filtres : aucun filtre — 3 activités sur 3
              1 activité critique sur 3 (sans marge) : elle   │P1    │P2    │P3    │
              finit à l’échéance, mars 2018                   │2016 –│2017  │2017 –│
                                                              │2017  │      │2018  │
              Activité                                   Rôle │ONDJFM│AMJJAS│ONDJFM│
            ──────────────────────────────────────────────────┼──────┼──────┼──────┤
            ▾ Gouvernance numérique (2)                       │      │      │      │
              Proposer la stratégie                      Pr   │██████│······│      │
              Faire connaître la stratégie               Pr   │      │██████│······│
            ▾ Habilitation du numérique (1)                   │      │      │      │
            ◆ Infonuagique                               Br   │▒▒▒▒▒▒│▒▒▒▒▒▒│▒▒▒▒▒▒│

            Légende : █ nouvelle activité  ▒ activité en cours
                      · marge (jusqu’à la fin au plus tard)
                      ┈ dates prévues que les dépendances déplacent
                      ◆ chemin critique
            Rôles : CE Centre d’excellence / Collectivité d’experts  Pr Promoteur
                    Int (Br) Intermédiaire  In Incubateur
            Provenance : 1 barre sur 3 et 1 lien sur 1 inférés ;
                         « inféré » : pas clairement dans la source (pourquoi :
                           Entrée)
            """)
    }

    func testRoleFilterShowsOnlyPromoterActivities() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(roles: ["Pr"])), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: role Pr — 2 of 3 activities · 0 of 2 spans and 1 of 1 link inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital governance (2)                  │                  │                  │                  │
              Propose the strategy               Pr   │██████████████████│··················│                  │
              Socialize the strategy             Pr   │                  │██████████████████│··················│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 0 of 2 spans and 1 of 1 link inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testAreaFilterShowsOneAreaWithItsNameUncut() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(areas: ["enablement"])), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: area Digital enablement — 1 of 3 activities · 1 of 1 span and 0 of 0 links inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital enablement (1)                  │                  │                  │                  │
            ◆ Cloud                              Br   │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 1 of 1 span and 0 of 0 links inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testStatusFilterShowsOnlyNewActivities() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(status: .new)), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: status new — 2 of 3 activities · 0 of 2 spans and 1 of 1 link inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital governance (2)                  │                  │                  │                  │
              Propose the strategy               Pr   │██████████████████│··················│                  │
              Socialize the strategy             Pr   │                  │██████████████████│··················│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 0 of 2 spans and 1 of 1 link inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testStatusFilterInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(status: .ongoing)), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Feuille de route · ordre du fichier                         Fin mars 2018
            Filtres : état en cours — 1 activité sur 3 · 1 barre sur 1 et 0 lien sur 0 inféré
              1 activité critique sur 3 (sans         │Période 1         │Période 2         │Période 3         │
              marge) : elle finit à l’échéance, mars  │oct. 2016 –       │avr. 2017 –       │oct. 2017 –       │
              2018                                    │mars 2017         │sept. 2017        │mars 2018         │
              Activité                           Rôle │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Habilitation du numérique (1)           │                  │                  │                  │
            ◆ Infonuagique                       Br   │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│

            Légende : █ nouvelle activité  ▒ activité en cours  · marge (jusqu’à la fin au plus tard)
                      ┈ dates prévues que les dépendances déplacent  ◆ chemin critique
            Rôles : CE Centre d’excellence / Collectivité d’experts  Pr Promoteur  Int (Br) Intermédiaire
                    In Incubateur
            Provenance : 1 barre sur 1 et 0 lien sur 0 inféré ;
                         « inféré » : pas clairement dans la source (pourquoi : Entrée)
            """)
    }

    func testCriticalOnlyShowsTheCriticalPath() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(criticalOnly: true)), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: critical path only — 1 of 3 activities · 1 of 1 span and 0 of 0 links inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital enablement (1)                  │                  │                  │                  │
            ◆ Cloud                              Br   │▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 1 of 1 span and 0 of 0 links inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testSearchIgnoresAccentsAndCaseInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(search: "STRATEGIE")), width: 100)
        assertPage(page, """
            Test roadmap — Roadmap · file order                                                  Finish Mar 2018
            Filters: search “STRATEGIE” — 2 of 3 activities · 0 of 2 spans and 1 of 1 link inferred
              1 of 3 critical (no float): it ends at  │Period 1          │Period 2          │Period 3          │
              the finish, Mar 2018                    │Oct 2016–Mar 2017 │Apr 2017–Sep 2017 │Oct 2017–Mar 2018 │
              Activity                           Role │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Digital governance (2)                  │                  │                  │                  │
              Propose the stra… (fr: …stratégie) Pr   │██████████████████│··················│                  │
              Socialize the st… (fr: …stratégie) Pr   │                  │██████████████████│··················│

            Legend: █ new activity  ▒ ongoing activity  · float (up to the late finish)
                    ┈ planned months the dependencies move  ◆ critical path
            Roles: CE Centre of Excellence / Community of experts  Pr Promoter  Int (Br) Broker  In Incubator
            Provenance: 0 of 2 spans and 1 of 1 link inferred;  “inferred”: not plainly in the seed (why: Enter)
            """)
    }

    func testSearchIgnoresAccentsAndCaseInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .fr, filter: ActivityFilter(search: "STRATEGIE")), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Feuille de route · ordre du fichier                         Fin mars 2018
            Filtres : recherche « STRATEGIE » — 2 activités sur 3 · 0 barre sur 2 et 1 lien sur 1 inféré
              1 activité critique sur 3 (sans         │Période 1         │Période 2         │Période 3         │
              marge) : elle finit à l’échéance, mars  │oct. 2016 –       │avr. 2017 –       │oct. 2017 –       │
              2018                                    │mars 2017         │sept. 2017        │mars 2018         │
              Activité                           Rôle │O  N  D  J  F  M  │A  M  J  J  A  S  │O  N  D  J  F  M  │
            ──────────────────────────────────────────┼──────────────────┼──────────────────┼──────────────────┤
            ▾ Gouvernance numérique (2)               │                  │                  │                  │
              Proposer la stratégie              Pr   │██████████████████│··················│                  │
              Faire connaître la stratégie       Pr   │                  │██████████████████│··················│

            Légende : █ nouvelle activité  ▒ activité en cours  · marge (jusqu’à la fin au plus tard)
                      ┈ dates prévues que les dépendances déplacent  ◆ chemin critique
            Rôles : CE Centre d’excellence / Collectivité d’experts  Pr Promoteur  Int (Br) Intermédiaire
                    In Incubateur
            Provenance : 0 barre sur 2 et 1 lien sur 1 inféré ;
                         « inféré » : pas clairement dans la source (pourquoi : Entrée)
            """)
    }

    func testTeamsInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .teams, language: .en), width: 100)
        assertPage(page, """
            Test roadmap — Task teams                                                            Finish Mar 2018
            Filters: no filter — 3 of 3 activities
            ▾ Foundation Sub-Committee (1)
              Pr  Strategy Task Team  new · 2016-10 – 2017-09 · float 6 months
                    Pr  Propose the strategy                                                   2016-10 – 2017-03
                    Pr  Socialize the strategy                                                 2017-04 – 2017-09

            ▾ No sub-committee (1)
            ◆ Int Cloud Task Team  existing / modified · 2016-10 – 2018-03 · float 0 months · critical · inferr…
                  ◆ Br  Cloud                                                                  2016-10 – 2018-03
                  Inferred value: test
            """)
    }

    func testTeamsInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .teams, language: .fr), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Équipes spéciales                                           Fin mars 2018
            Filtres : aucun filtre — 3 activités sur 3
            ▾ Sous-comité de la fondation (1)
              Pr  Équipe de la stratégie  nouvelle · 2016-10 – 2017-09 · marge 6 mois
                    Pr  Proposer la stratégie                                                  2016-10 – 2017-03
                    Pr  Faire connaître la stratégie                                           2017-04 – 2017-09

            ▾ Sans sous-comité (1)
            ◆ Int Équipe de l’infonuagique  existe / modifiée · 2016-10 – 2018-03 · marge 0 mois · critique · i…
                  ◆ Br  Infonuagique                                                           2016-10 – 2018-03
                  Valeur inférée : test
            """)
    }

    func testDependenciesOfSocializeInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .dependencies, language: .en, selectedActivity: scheduled.index(of: "socialize")), width: 100)
        assertPage(page, """
            Test roadmap — Dependencies                                                          Finish Mar 2018
            Filters: no filter
            Socialize the strategy
              planned 2017-04 – 2017-09 · early 2017-04 – 2017-09 · late 2017-10 – 2018-03 · total float 6
              months · free float 6 months

            Waits for
                Propose the strategy
                  FS (finish → start) · lag 0 months · binds · inferred
                  Inferred value: propose, then socialize

            Waited on by
              none
            """)
    }

    func testDependenciesOfSocializeInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .dependencies, language: .fr, selectedActivity: scheduled.index(of: "socialize")), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Dépendances                                                 Fin mars 2018
            Filtres : aucun filtre
            Faire connaître la stratégie
              prévu 2017-04 – 2017-09 · au plus tôt 2017-04 – 2017-09 · au plus tard 2017-10 – 2018-03 · marge
              totale 6 mois · marge libre 6 mois

            Attend
                Proposer la stratégie
                  FS (fin → début) · décalage 0 mois · détermine la date · inféré
                  Valeur inférée : propose, then socialize

            Est attendue par
              aucune
            """)
    }

    func testTransitionInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .transition, language: .en), width: 100)
        assertPage(page, """
            Test roadmap — Transition                                                            Finish Mar 2018
            Filters: no filter
            PHASE 1 — CHANGED BY MARCH 2018 (1)
            ───────────────────────────────────

            • Old group — council cio
              → becomes: Strategy Task Team (Pr)
              Rationale: Rename

            TASK TEAMS NO WORKING GROUP BECOMES (1, computed by the program)
            ────────────────────────────────────────────────────────────────
            • Cloud Task Team (Int) · existing / modified
            """)
    }

    func testTransitionInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .transition, language: .fr), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Transition                                                  Fin mars 2018
            Filtres : aucun filtre
            PHASE 1 — CHANGEMENT D’ICI MARS 2018 (1)
            ────────────────────────────────────────

            • Old group — conseil cio
              → devient : Équipe de la stratégie (Pr)
              Justification : Renommer

            Équipes spéciales qu’aucun groupe de travail ne devient (1, calculé par le programme)
            ─────────────────────────────────────────────────────────────────────────────────────
            • Équipe de l’infonuagique (Int) · existe / modifiée
            """)
    }

    func testGlossaryInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .glossary, language: .en), width: 100)
        assertPage(page, """
            Test roadmap — Glossary                                                              Finish Mar 2018
            Filters: no filter
            Agile
                A method.
            """)
    }

    func testGlossaryInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .glossary, language: .fr), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Glossaire                                                   Fin mars 2018
            Filtres : aucun filtre
            Agile
                Une méthode.
            """)
    }

    func testStrategyInEnglish() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .strategy, language: .en), width: 100)
        assertPage(page, """
            Test roadmap — Strategy                                                              Finish Mar 2018
            Filters: no filter
            PRINCIPLES
            ──────────
            • Digital by design

            Areas of interest and proposed initiatives
            ──────────────────────────────────────────

            Digital governance
              • Unify leadership

            Digital enablement

            ROLES
            ─────
            • CE Centre of Excellence — Community of experts
            • Pr Promoter
            • Int (Br) Broker
            • In Incubator
            """)
    }

    func testStrategyInFrench() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .strategy, language: .fr), width: 100)
        assertPage(page, """
            Feuille de route d’essai — Stratégie                                                   Fin mars 2018
            Filtres : aucun filtre
            PRINCIPES
            ─────────
            • Conception axée sur le numérique

            Domaines d’intérêt et initiatives proposées
            ───────────────────────────────────────────

            Gouvernance numérique
              • Unifier le leadership

            Habilitation du numérique

            RÔLES
            ─────
            • CE Centre d’excellence — Collectivité d’experts
            • Pr Promoteur
            • Int (Br) Intermédiaire
            • In Incubateur
            """)
    }

    /// The search folds case and accents on both sides, and looks at both languages' names
    /// whatever the language shown.
    func testSearchMatchesEverySpellingOfStrategie() throws {
        let scheduled = try Fixture.minimal()
        for search in ["STRATEGIE", "stratégie", "Stratégie", "STRATÉGIE", "strate\u{301}gie", "  strategie "] {
            XCTAssertEqual(scheduled.ids(ActivityFilter(search: search).apply(to: scheduled)), ["propose", "socialize"], search)
        }
        XCTAssertEqual(scheduled.ids(ActivityFilter(search: "Strategy").apply(to: scheduled)), ["propose", "socialize"])
        XCTAssertEqual(scheduled.ids(ActivityFilter(search: "INFONUAGIQUE").apply(to: scheduled)), ["cloud"])
        XCTAssertEqual(scheduled.ids(ActivityFilter(search: "no such thing").apply(to: scheduled)), [])
    }

    /// A filter that leaves nothing says so rather than showing an empty grid.
    func testNoMatchSaysSo() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .roadmap, language: .en, filter: ActivityFilter(search: "zzz")), width: 100)
        let lines = page.fullCanvas.lines
        XCTAssertEqual(lines[1], "Filters: search “zzz” — 0 of 3 activities · 0 of 0 spans and 0 of 0 links inferred")
        XCTAssertTrue(lines.contains("  No activity matches the filters."), page.text)
        XCTAssertFalse(lines.contains { $0.hasPrefix("▸") || $0.hasPrefix("▾") }, "no area heading without activities under a filter")
    }

    /// The dependency view without a selected activity asks for one.
    func testDependenciesWithoutSelectionAskForOne() throws {
        let scheduled = try Fixture.minimal()
        let page = PageBuilder.page(scheduled, ViewState(view: .dependencies, language: .fr), width: 100)
        XCTAssertEqual(page.fullCanvas.lines.last, "Choisissez une activité dans la feuille de route (touche d).")
    }

    /// Every colon the program writes in French has a space before it ("Filtres :", "Attend :",
    /// "devient :", "**Fin :**"). minimal.json's own texts have no colon, and a cross-team link
    /// is added so that the teams page shows what a team waits for.
    func testFrenchPutsASpaceBeforeEveryColon() throws {
        let scheduled = try Fixture.minimalVariant([
            (#""dependencies": ["#, #""dependencies": [{"from": "cloud", "to": "socialize", "type": "SS"}, "#),
        ])
        var texts: [(String, String)] = []
        for view in ViewKind.allCases {
            let state = ViewState(view: view, language: .fr, selectedActivity: scheduled.index(of: "socialize"))
            texts.append(("\(view) page", PageBuilder.page(scheduled, state, width: 100).text))
            texts.append(("\(view) markdown", String(decoding: try Exporter.render(scheduled, state, format: .markdown, width: 100), as: UTF8.self)))
        }
        for i in scheduled.roadmap.activities.indices {
            texts.append(("details \(i)", DetailsPage.make(scheduled, activity: i, language: .fr, width: 100).lines.joined(separator: "\n")))
        }
        XCTAssertTrue(texts.contains { $0.1.contains("Attend : Équipe de l’infonuagique") }, "the teams page shows the team link")
        for (what, text) in texts {
            // The table separator row's colons are Markdown's alignment marks, and a footnote's
            // colon (`[^1]: …`) is Markdown's syntax: neither is punctuation.
            for line in text.split(separator: "\n") where !line.hasPrefix("|---") && !line.hasPrefix("[^") {
                var previous: Character = " "
                for character in line {
                    if character == ":" {
                        XCTAssertTrue(previous == " " || previous == "\u{A0}" || previous == "\u{202F}",
                                      "\(what): no space before the colon in \"\(line)\"")
                    }
                    previous = character
                }
            }
        }
    }
}

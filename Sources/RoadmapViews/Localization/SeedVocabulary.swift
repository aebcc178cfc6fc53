import RoadmapModel

/// The words of the pages that show the seed's parts beyond the plan — the current state, the
/// councils, the change analysis, the variants — and the names of the data's fields, so that a
/// French page never shows an English label. Kept apart from `Vocabulary`'s core words.
extension Vocabulary {

    public var currentStateView: String { t("État actuel", "Current state") }
    public var nothingRecorded: String { t("Le fichier ne décrit pas cette partie du document.", "The file does not describe this part of the document.") }
    /// Invariable, so that it agrees with any French noun it follows.
    public var byInference: String { t("par inférence", "inferred") }
    public var inferredHeading: String { t("titre inféré", "inferred heading") }
    public var levers: String { t("Leviers", "Levers") }
    public var noteOnSource: String { t("Note sur la source", "Note on the source") }

    // Current state
    public var strengths: String { t("Forces", "Strengths") }
    public var difficulties: String { t("Difficultés", "Difficulties") }
    public var unattributedWork: String { t("Travaux actuels non attribués à un groupe", "Current work tied to no group") }
    public var coverageByArea: String { t("Évaluation par domaine d’intérêt", "Assessment by area of focus") }
    public var considerationsForFuture: String { t("Considérations concernant l’état futur", "Considerations for the future state") }
    public var challenges: String { t("Défis", "Challenges") }
    public var workingGroupsByCouncil: String { t("Évaluation par le groupe de travail et le sous-comité", "Assessment by working group and sub-committee") }
    public var noCouncil: String { t("Sans conseil", "No council") }
    public var abbreviation: String { t("abréviation", "abbreviation") }
    public var councils: String { t("Conseils", "Councils") }

    // Change analysis
    public var teamsNotConsidered: String { t("Équipes spéciales non prises en considération", "Task teams not considered") }
    public var teamsWithoutGroup: String { t("Équipes spéciales qu’aucun groupe de travail ne devient", "Task teams no working group becomes") }
    public var computed: String { t("calculé par le programme", "computed by the program") }

    // Strategy
    public var roadmapPosterWording: String { t("Sur l’affiche de la feuille de route", "On the roadmap poster") }
    public var roadmapQuestion: String { t("Question de la feuille de route", "The roadmap’s question") }
    public var posterBanners: String { t("Bandeaux de l’affiche", "Poster banners") }
    public var resultBoxes: String { t("Cases de résultats", "Result boxes") }
    public func textBlock(_ n: Int) -> String { t("Bloc \(n) du texte", "Text block \(n)") }
    public var horizonUnknown: String { t("horizon inconnu", "horizon unknown") }
    public var draftDate: String { t("Date de l’ébauche", "Draft date") }
    public var aboutTheTitle: String { t("Titre", "Title") }
    public var languages: String { t("Langues", "Languages") }
    public var members: String { t("Membres", "Members") }
    public var periods: String { t("Périodes", "Periods") }
    public var layers: String { t("Couches", "Layers") }

    // Teams and activities
    public var alsoNamed: String { t("Aussi nommée", "Also named") }
    public var listedActivities: String { t("Activités selon la liste par équipe", "Activities in the team list") }
    public var supports: String { t("Soutient", "Supports") }
    public var supportingTeams: String { t("Équipes de soutien", "Supporting teams") }
    public var activitiesWithoutTeam: String { t("Activités sans équipe spéciale", "Activities without a task team") }
    public var teamStatusLegend: String { t("État des équipes", "Team status") }
    public var phase: String { t("phase", "phase") }
    public var gridPosition: String { t("Position dans la grille de la source", "Position in the seed’s grid") }

    // Row orders
    public func order(_ order: RowOrder) -> String {
        switch order {
        case .file: return t("ordre du fichier", "file order")
        case .poster: return t("ordre de l’affiche", "poster order")
        case .seed: return t("ordre de la source", "seed order")
        case .start: return t("par début", "by start")
        case .float: return t("par marge", "by float")
        case .team: return t("par équipe", "by team")
        case .role: return t("par rôle", "by role")
        }
    }

    /// The name of a field of the data, for the list of inferred fields.
    public func fieldName(_ key: String) -> String {
        switch key {
        case "abbreviation": return t("abréviation", "abbreviation")
        case "actualFinish": return t("fin réelle", "actual finish")
        case "actualStart": return t("début réel", "actual start")
        case "percentComplete": return t("pourcentage achevé", "percent complete")
        case "activitiesByTeam": return t("titre de la liste par équipe", "heading of the team list")
        case "alternateNames": return t("autres noms", "other names")
        case "area": return t("domaine", "area")
        case "assessment": return t("évaluation", "assessment")
        case "becomes": return t("devient", "becomes")
        case "challenges": return t("défis", "challenges")
        case "considerations": return t("considérations", "considerations")
        case "council": return t("conseil", "council")
        case "coverage": return t("couverture", "coverage")
        case "currentWork": return t("travaux actuels", "current work")
        case "description": return t("description", "description")
        case "difficulties": return t("difficultés", "difficulties")
        case "disposition": return t("décision", "disposition")
        case "finish": return t("fin", "finish")
        case "from": return t("prédécesseur", "from")
        case "gridRow": return t("ligne de la grille", "grid row")
        case "horizon": return t("horizon", "horizon")
        case "immediateResults": return t("cases de résultats", "result boxes")
        case "initiatives": return t("initiatives", "initiatives")
        case "lag": return t("décalage", "lag")
        case "name": return t("nom", "name")
        case "objective": return t("objectif", "objective")
        case "period": return t("période", "period")
        case "phase": return t("phase", "phase")
        case "rationale": return t("justification", "rationale")
        case "role": return t("rôle", "role")
        case "start": return t("début", "start")
        case "status": return t("état", "status")
        case "strengths": return t("forces", "strengths")
        case "subcommittee": return t("sous-comité", "sub-committee")
        case "team": return t("équipe", "team")
        case "to": return t("successeur", "to")
        case "type": return t("type", "type")
        case "unattributedWork": return t("travaux non attribués", "unattributed work")
        case "immediateResultsNote": return t("note sur les cases de résultats", "note on the result boxes")
        case "resultBoxes": return t("détail des cases de résultats", "details of the result boxes")
        case "textBlock": return t("bloc du texte", "text block")
        case "supportingTeams": return t("équipes de soutien", "supporting teams")
        case "gridOrder": return t("position dans la grille", "position in the grid")
        default: return key
        }
    }

    /// A note of the file with the data format's own field names ("the field name
    /// immediateResults…") said in words, quoted: a reader of the page never learnt the format.
    /// Only a word written in camel case that names a field is taken for one.
    public func withoutFieldNames(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return text }
        var result = ""
        var word = ""
        func flush() {
            let isCamel = word.first?.isLowercase == true && word.contains(where: \.isUppercase)
            if isCamel, case let name = fieldName(word), name != word {
                result += language == .fr ? "« \(name) »" : "“\(name)”"
            } else {
                result += word
            }
            word = ""
        }
        for character in text {
            if character.isASCII && character.isLetter { word.append(character) } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The words for a future-state section the file names by a key of its own.
    public func documentKey(_ key: String) -> String? {
        switch key {
        case "steeringCommittee": return t("Comité directeur", "Steering committee")
        case "digitalChampion": return t("Champion du numérique", "Digital champion")
        case "jointCouncils": return t("Conseils mixtes", "Joint Councils")
        case "secretariat": return t("Secrétariat", "Secretariat")
        case "layers": return layers
        case "members": return members
        case "taskTeamsHeading": return t("Équipes spéciales", "Task teams")
        case "note": return t("Note", "Note")
        default: return nil
        }
    }
}

import RoadmapModel

/// The words of the pages that show the seed's parts beyond the plan — the current state, the
/// councils, the change analysis, the variants — and the names of the data's fields, so that a
/// French page never shows an English label. Kept apart from `Vocabulary`'s core words.
extension Vocabulary {
    private func w(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    public var currentStateView: String { w("État actuel", "Current state") }
    public var nothingRecorded: String { w("Le fichier ne décrit pas cette partie du document.", "The file does not describe this part of the document.") }
    /// Invariable, so that it agrees with any French noun it follows.
    public var byInference: String { w("par inférence", "inferred") }
    public var inferredHeading: String { w("titre inféré", "inferred heading") }
    public var levers: String { w("Leviers", "Levers") }
    public var noteOnSource: String { w("Note sur la source", "Note on the source") }

    // Current state
    public var strengths: String { w("Forces", "Strengths") }
    public var difficulties: String { w("Difficultés", "Difficulties") }
    public var unattributedWork: String { w("Travaux actuels non attribués à un groupe", "Current work tied to no group") }
    public var coverageByArea: String { w("Évaluation par domaine d’intérêt", "Assessment by area of focus") }
    public var considerationsForFuture: String { w("Considérations concernant l’état futur", "Considerations for the future state") }
    public var challenges: String { w("Défis", "Challenges") }
    public var workingGroupsByCouncil: String { w("Évaluation par le groupe de travail et le sous-comité", "Assessment by working group and sub-committee") }
    public var noCouncil: String { w("Sans conseil", "No council") }
    public var abbreviation: String { w("abréviation", "abbreviation") }
    public var councils: String { w("Conseils", "Councils") }

    // Change analysis
    public var teamsNotConsidered: String { w("Équipes spéciales non prises en considération", "Task teams not considered") }
    public var teamsWithoutGroup: String { w("Équipes spéciales qu’aucun groupe de travail ne devient", "Task teams no working group becomes") }
    public var computed: String { w("calculé par le programme", "computed by the program") }

    // Strategy
    public var roadmapPosterWording: String { w("Sur l’affiche de la feuille de route", "On the roadmap poster") }
    public var roadmapQuestion: String { w("Question de la feuille de route", "The roadmap’s question") }
    public var posterBanners: String { w("Bandeaux de l’affiche", "Poster banners") }
    public var resultBoxes: String { w("Cases de résultats", "Result boxes") }
    public func textBlock(_ n: Int) -> String { w("Bloc \(n) du texte", "Text block \(n)") }
    public var horizonUnknown: String { w("horizon inconnu", "horizon unknown") }
    public var draftDate: String { w("Date de l’ébauche", "Draft date") }
    public var aboutTheTitle: String { w("Titre", "Title") }
    public var languages: String { w("Langues", "Languages") }
    public var members: String { w("Membres", "Members") }
    public var periods: String { w("Périodes", "Periods") }
    public var layers: String { w("Couches", "Layers") }

    // Teams and activities
    public var alsoNamed: String { w("Aussi nommée", "Also named") }
    public var listedActivities: String { w("Activités selon la liste par équipe", "Activities in the team list") }
    public var supports: String { w("Soutient", "Supports") }
    public var supportingTeams: String { w("Équipes de soutien", "Supporting teams") }
    public var activitiesWithoutTeam: String { w("Activités sans équipe spéciale", "Activities without a task team") }
    public var teamStatusLegend: String { w("État des équipes", "Team status") }
    public var phase: String { w("phase", "phase") }
    public var gridPosition: String { w("Position dans la grille de la source", "Position in the seed’s grid") }

    // Row orders
    public func order(_ order: RowOrder) -> String {
        switch order {
        case .file: return w("ordre du fichier", "file order")
        case .poster: return w("ordre de l’affiche", "poster order")
        case .seed: return w("ordre de la source", "seed order")
        case .start: return w("par début", "by start")
        case .float: return w("par marge", "by float")
        case .team: return w("par équipe", "by team")
        case .role: return w("par rôle", "by role")
        }
    }

    /// The name of a field of the data, for the list of inferred fields.
    public func fieldName(_ key: String) -> String {
        switch key {
        case "abbreviation": return w("abréviation", "abbreviation")
        case "actualFinish": return w("fin réelle", "actual finish")
        case "actualStart": return w("début réel", "actual start")
        case "percentComplete": return w("pourcentage achevé", "percent complete")
        case "activitiesByTeam": return w("titre de la liste par équipe", "heading of the team list")
        case "alternateNames": return w("autres noms", "other names")
        case "area": return w("domaine", "area")
        case "assessment": return w("évaluation", "assessment")
        case "becomes": return w("devient", "becomes")
        case "challenges": return w("défis", "challenges")
        case "considerations": return w("considérations", "considerations")
        case "council": return w("conseil", "council")
        case "coverage": return w("couverture", "coverage")
        case "currentWork": return w("travaux actuels", "current work")
        case "description": return w("description", "description")
        case "difficulties": return w("difficultés", "difficulties")
        case "disposition": return w("décision", "disposition")
        case "finish": return w("fin", "finish")
        case "from": return w("prédécesseur", "from")
        case "gridRow": return w("ligne de la grille", "grid row")
        case "horizon": return w("horizon", "horizon")
        case "immediateResults": return w("cases de résultats", "result boxes")
        case "initiatives": return w("initiatives", "initiatives")
        case "lag": return w("décalage", "lag")
        case "name": return w("nom", "name")
        case "objective": return w("objectif", "objective")
        case "period": return w("période", "period")
        case "phase": return w("phase", "phase")
        case "rationale": return w("justification", "rationale")
        case "role": return w("rôle", "role")
        case "start": return w("début", "start")
        case "status": return w("état", "status")
        case "strengths": return w("forces", "strengths")
        case "subcommittee": return w("sous-comité", "sub-committee")
        case "team": return w("équipe", "team")
        case "to": return w("successeur", "to")
        case "type": return w("type", "type")
        case "unattributedWork": return w("travaux non attribués", "unattributed work")
        case "immediateResultsNote": return w("note sur les cases de résultats", "note on the result boxes")
        case "resultBoxes": return w("détail des cases de résultats", "details of the result boxes")
        case "textBlock": return w("bloc du texte", "text block")
        case "supportingTeams": return w("équipes de soutien", "supporting teams")
        case "gridOrder": return w("position dans la grille", "position in the grid")
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
        case "steeringCommittee": return w("Comité directeur", "Steering committee")
        case "digitalChampion": return w("Champion du numérique", "Digital champion")
        case "jointCouncils": return w("Conseils mixtes", "Joint Councils")
        case "secretariat": return w("Secrétariat", "Secretariat")
        case "layers": return layers
        case "members": return members
        case "taskTeamsHeading": return w("Équipes spéciales", "Task teams")
        case "note": return w("Note", "Note")
        default: return nil
        }
    }
}

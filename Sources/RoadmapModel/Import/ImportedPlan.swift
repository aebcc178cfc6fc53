/// A plan as another tool keeps it — MS Project XML, a spreadsheet — read into rows of the same
/// shape whatever the format, for `ImportBuilder` to turn into a roadmap. A value the file does
/// not state is nil here, so that the builder can mark what it puts in its place as inferred.
public struct ImportedPlan: Sendable {
    public enum Format: String, Sendable {
        case msproject, csv

        /// How a message names the format.
        public var name: String { self == .msproject ? "MS Project XML" : "CSV" }
    }

    public var format: Format
    /// The project's title, when the file states one.
    public var title: String?
    /// The month progress is reported to (MS Project's status date, the CSV's `status_date`),
    /// when the file states one.
    public var statusDate: Month?
    public var tasks: [ImportedTask]
    /// What the reader found wrong or worth a warning, each with its place in the file.
    public var diagnostics: [Diagnostic]

    public init(format: Format, title: String? = nil, tasks: [ImportedTask] = [], diagnostics: [Diagnostic] = []) {
        self.format = format
        self.title = title
        self.tasks = tasks
        self.diagnostics = diagnostics
    }
}

/// Where something is in the imported file: 1-based line, and column where the format has one.
public struct SourcePlace: Hashable, Sendable {
    public var line: Int
    public var column: Int?
    public init(line: Int, column: Int? = nil) {
        self.line = line
        self.column = column
    }
}

/// One task of the imported plan: an activity of the roadmap.
public struct ImportedTask: Sendable {
    /// How the file's links name this task: the MS Project UID, the spreadsheet's id.
    public var key: String
    /// The roadmap id to give the activity, when the file states one (the spreadsheet's);
    /// otherwise the builder makes one from `key`.
    public var id: String?
    /// The file's own code for the task (MS Project's WBS), taken as the activity's id when it
    /// is one — a roadmap exported before writes the activity's id there — and unique.
    public var code: String?
    /// The file's own code for the task's area (the `Area` extended attribute) and team (the
    /// resource's `Code`), taken as their ids on the same terms.
    public var areaCode: String?
    public var teamCode: String?
    /// How messages name the task in the file's terms (`Task UID 12`), empty when the line says it.
    public var label: String
    public var name: LocalizedText?
    /// The area of interest, by name.
    public var area: String?
    /// What only a CSV that `roadmap export` wrote states, nil otherwise. Kept behind one
    /// reference: a task is copied a few times on its way to the roadmap, and these values held
    /// inline made the import of a plain sheet of 100,000 rows a fifth slower.
    public var exported: ExportedColumns? {
        get { exportedBox?.value }
        set { exportedBox = newValue.map(ExportedBox.init) }
    }
    private var exportedBox: ExportedBox?
    public var role: String?
    public var status: String?
    /// The task team, by name.
    public var team: String?
    public var start: Month?
    public var finish: Month?
    /// A milestone (no duration in the file), which the roadmap shows as a one-month activity.
    public var isMilestone: Bool
    /// Progress, as the file states it: a whole percentage and the actual months.
    public var percentComplete: Int?
    public var actualStart: Month?
    public var actualFinish: Month?
    public var links: [ImportedLink]
    /// What the file says of the task's provenance, when it says (a roadmap exported before).
    public var provenance: String?
    public var place: SourcePlace

    public init(key: String, id: String? = nil, label: String = "", name: LocalizedText? = nil, area: String? = nil, role: String? = nil,
                status: String? = nil, team: String? = nil, start: Month? = nil, finish: Month? = nil, isMilestone: Bool = false,
                links: [ImportedLink] = [], provenance: String? = nil, place: SourcePlace) {
        self.key = key
        self.id = id
        self.label = label
        self.name = name
        self.area = area
        self.role = role
        self.status = status
        self.team = team
        self.start = start
        self.finish = finish
        self.isMilestone = isMilestone
        self.links = links
        self.provenance = provenance
        self.place = place
    }
}

/// The columns of `roadmap export --format csv` that a plan of another tool has no place for.
public struct ExportedColumns: Sendable {
    /// The area's and the team's names in both languages (`area_name_fr`, `area_name_en`…);
    /// without them, `area` and `team` stand for both.
    public var areaNames: LocalizedText?
    public var teamNames: LocalizedText?
    /// The team's role and status (`team_role`, `team_status`); the builder infers them otherwise.
    public var teamRole: String?
    public var teamStatus: String?
    /// The role code as the file printed it (`role_as_printed`: Br where `role` says Int), taken
    /// when it means the same role as `role`.
    public var roleAsPrinted: String?
    /// The activity's provenance (`source`, `inferred_fields`, the notes); what the builder
    /// infers is added to it.
    public var provenance: Provenance?

    public init() {}

    var isEmpty: Bool {
        areaNames == nil && teamNames == nil && teamRole == nil && teamStatus == nil && roleAsPrinted == nil && provenance == nil
    }
}

/// An immutable box, so that a task holds its exported columns as one reference.
final class ExportedBox: Sendable {
    let value: ExportedColumns
    init(_ value: ExportedColumns) { self.value = value }
}

/// A predecessor of an imported task.
public struct ImportedLink: Sendable {
    /// The predecessor's `ImportedTask.key`.
    public var predecessor: String
    public var type: Dependency.Kind
    /// Whole months (negative: a lead).
    public var lag: Int
    /// Why the lag is not the file's own value (it was rounded to whole months), when it is not.
    public var lagNote: LocalizedText?
    /// The link's provenance as the file states it (the CSV's `inferred_predecessors` and
    /// notes); nil when it says nothing, and the link is the file's statement.
    public var provenance: Provenance?
    public var place: SourcePlace

    public init(predecessor: String, type: Dependency.Kind = .FS, lag: Int = 0, lagNote: LocalizedText? = nil, place: SourcePlace) {
        self.predecessor = predecessor
        self.type = type
        self.lag = lag
        self.lagNote = lagNote
        self.place = place
    }
}

/// What the import is told beyond the file.
public struct ImportOptions: Sendable {
    /// The language the file's names are written in, when told (`--lang`).
    public var language: Language?
    /// The length of the roadmap's periods (its grid's columns), in months.
    public var periodMonths: Int
    /// The file's name, for the title when the file has none and for the source note.
    public var fileName: String

    public init(language: Language? = nil, periodMonths: Int = 6, fileName: String) {
        self.language = language
        self.periodMonths = periodMonths
        self.fileName = fileName
    }
}

/// The roadmap file format, described once: each kind of object, its fields in their canonical
/// order, which are required, and whether it carries provenance.
///
/// Why a table in Swift rather than the JSON Schema as the source: the program must not read a
/// file at run time to know its own format, and the schema says more than the program needs
/// (descriptions, patterns, defaults) in a form Swift would have to interpret. So the table is
/// the source and everything else follows it, each checked by a test
/// (Tests/RoadmapModelTests/FormatContractTests.swift):
/// - the decoder takes each object's required fields from here and warns, with the place, about
///   any key not listed here (a misspelt field never vanishes silently);
/// - the writer (`RoadmapJSON`, hence `roadmap fmt`) writes the fields in this order;
/// - the schema (schema/roadmap.schema.json) lists the same properties, in the same order, with
///   the same required ones, and refuses any other;
/// - fuzz/roadmap.dict holds every key.
///
/// A new field: add it here, to the model (Data/), to its decoder (Decoding/RoadmapDecoder+*.swift,
/// and RoadmapDecoder+FastPath.swift for an activity or a dependency), to the writer
/// (Export/RoadmapJSON.swift) at the same place, to the schema, to fuzz/roadmap.dict, to
/// Tests/Fixtures/valid/every-field.json and to docs/format.md; the contract tests say which
/// one was forgotten.
public struct FormatObject: Sendable, Hashable {
    /// What the object is, for messages: "an activity".
    public let name: String
    /// Where its schema is in roadmap.schema.json (a JSON Pointer), for the contract test.
    public let schemaPointer: String
    /// Its own fields, in the canonical order.
    public let fields: [String]
    /// The fields it must have, in the order their absence is reported.
    public let required: [String]
    /// Whether it may carry `source`, `inferredFields` and `note` (after its own fields).
    public let carriesProvenance: Bool

    /// Every key the object may have, in the canonical order.
    public var keys: [String] { carriesProvenance ? fields + RoadmapFormat.provenanceKeys : fields }

    /// Whether `key` is one of the object's keys.
    public func knows(_ key: String) -> Bool {
        fields.contains(key) || (carriesProvenance && RoadmapFormat.provenanceKeys.contains(key))
    }
}

public enum RoadmapFormat {
    /// An activity's progress as of the status date: never the seed's (it states none).
    public static let progressFields = ["percentComplete", "actualStart", "actualFinish"]

    /// Where a value comes from, on every object that carries provenance, in this order.
    public static let provenanceKeys = ["source", "inferredFields", "note"]

    static func object(_ name: String, _ pointer: String, _ fields: [String], required: [String] = [], provenance: Bool = true) -> FormatObject {
        FormatObject(name: name, schemaPointer: pointer, fields: fields, required: required, carriesProvenance: provenance)
    }

    public static let document = object("the roadmap", "", [
        "schemaVersion", "meta", "statusDate", "strategy", "principles", "roles", "councils", "subcommittees", "areas", "teams",
        "activities", "dependencies", "workingGroups", "changeAnalysis", "currentState", "glossary",
    ], required: ["schemaVersion", "meta", "roles", "areas", "teams", "activities", "dependencies", "workingGroups", "principles", "glossary"],
       provenance: false)

    // `meta.source` describes the document: meta carries no provenance.
    public static let meta = object("meta", "/properties/meta", [
        "title", "titleNote", "status", "draftDate", "draftDateNote", "source", "language", "roadmapQuestion", "headings",
        "timeline", "periods", "phases", "activityStatuses", "teamStatuses",
    ], required: ["title", "timeline", "periods"], provenance: false)

    public static let headings = object("the posters' headings", "/properties/meta/properties/headings", [
        "roadmap", "results", "areas", "principles", "objective", "vision", "callToAction", "futureState", "definitions",
        "changeAnalysis", "activitiesByTeam", "role", "activityStatus",
    ])

    public static let timeline = object("the timeline", "/properties/meta/properties/timeline", ["start", "finish"],
                                        required: ["start", "finish"], provenance: false)

    public static let period = object("a period", "/$defs/period", ["id", "label", "start", "finish", "dates"],
                                      required: ["id", "label", "start", "finish"])

    public static let phase = object("a phase", "/$defs/phase", ["id", "label", "start", "finish", "dates", "description"], required: ["id"])

    public static let legendEntry = object("a legend entry", "/$defs/labelledValue", ["id", "label"], required: ["id", "label"])

    public static let strategy = object("the strategy", "/properties/strategy", [
        "vision", "callToAction", "objective", "variants", "outcomes", "horizons", "posterLabels", "initiativesHeading",
        "immediateResults", "immediateResultsNote", "resultBoxes", "futureState",
    ])

    // `note` here is a field: where the other wording appears.
    public static let variants = object("the strategy's variants", "/properties/strategy/properties/variants",
                                        ["vision", "callToAction", "note"], provenance: false)

    public static let outcome = object("an outcome", "/properties/strategy/properties/outcomes/items", ["id", "name", "description"],
                                       required: ["id", "name"])

    public static let horizon = object("a horizon", "/properties/strategy/properties/horizons/items", ["id", "name", "span", "description"],
                                       required: ["id", "name"])

    public static let posterLabels = object("the poster's labels", "/properties/strategy/properties/posterLabels", ["labels"],
                                            required: ["labels"])

    public static let resultBox = object("a result box", "/properties/strategy/properties/resultBoxes/items", ["horizon", "textBlock"])

    public static let principle = object("a principle", "/properties/principles/items", ["id", "name", "description"], required: ["id", "name"])

    public static let role = object("a role", "/properties/roles/items", ["id", "name", "aliases", "alternateNames", "description"],
                                    required: ["id", "name"])

    public static let council = object("a council", "/properties/councils/items", ["id", "name", "abbreviation", "description"],
                                       required: ["id", "name"])

    public static let subcommittee = object("a sub-committee", "/properties/subcommittees/items", ["id", "name", "description"],
                                            required: ["id", "name"])

    public static let area = object("an area of interest", "/properties/areas/items", [
        "id", "name", "alternateNames", "posterOrder", "gridRow", "initiatives", "coverage", "considerations", "challenges",
    ], required: ["id", "name"])

    public static let team = object("a task team", "/properties/teams/items", [
        "id", "name", "alternateNames", "role", "subcommittee", "status", "area", "phase", "listedActivities",
    ], required: ["id", "name", "role", "status"])

    public static let activity = object("an activity", "/properties/activities/items", [
        "id", "name", "alternateNames", "area", "role", "status", "team", "start", "finish", "period", "gridOrder", "supportingTeams",
        // Its progress, then which of its fields a person entered and when: the activity's
        // provenance (Provenance.enteredFields), kept on activities, the one object people
        // enter values into.
        "percentComplete", "actualStart", "actualFinish", "enteredFields", "enteredAt",
    ], required: ["id", "name", "area", "role", "status", "start", "finish"])

    public static let dependency = object("a dependency", "/properties/dependencies/items", ["from", "to", "type", "lag", "strength"],
                                          required: ["from", "to"])

    public static let workingGroup = object("a working group", "/properties/workingGroups/items", [
        "id", "name", "council", "disposition", "becomes", "rationale", "currentWork", "assessment",
    ], required: ["id", "name", "disposition"])

    public static let changeAnalysis = object("the change analysis", "/properties/changeAnalysis",
                                              ["heading", "columns", "tableHeadings", "teamsNotConsidered"])

    public static let teamsNotConsidered = object("the teams not considered", "/properties/changeAnalysis/properties/teamsNotConsidered",
                                                  ["intro", "teams"], required: ["teams"], provenance: false)

    public static let currentState = object("the current state", "/properties/currentState", [
        "heading", "subheading", "strengths", "difficulties", "considerationsHeading", "coverageHeading", "unattributedWork",
    ])

    public static let point = object("a strength or difficulty", "/$defs/namedText", ["name", "description"], required: ["name", "description"])

    public static let glossaryEntry = object("a glossary entry", "/properties/glossary/items", ["term", "definition"],
                                             required: ["term", "definition"])

    /// A text in both languages, when written as an object.
    public static let localizedText = object("a bilingual text", "/$defs/localizedText/oneOf/1", ["fr", "en"],
                                             required: ["fr", "en"], provenance: false)

    /// Every kind of object, in the order of the document.
    public static let all: [FormatObject] = [
        document, meta, headings, timeline, period, phase, legendEntry, strategy, variants, outcome, horizon, posterLabels,
        resultBox, principle, role, council, subcommittee, area, team, activity, dependency, workingGroup, changeAnalysis,
        teamsNotConsidered, currentState, point, glossaryEntry, localizedText,
    ]

    /// Parts of the format whose shape is the document's, not the program's: kept as a tree of
    /// texts, lists and sections (`DocumentNode`), with any key, in the file's order.
    public static let freeForm = ["/properties/strategy/properties/futureState"]
}

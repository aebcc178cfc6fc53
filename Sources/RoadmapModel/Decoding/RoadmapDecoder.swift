/// Decodes the bytes of a roadmap file straight into the model, in one pass over the bytes.
///
/// A syntax error stops the reading (nothing after it can be trusted) and is reported with its
/// line and column. Everything else — a wrong type, a missing field, a malformed month, an
/// unknown enumeration value — is recorded with its path and the reading goes on, so that one
/// run reports every problem. Objects with such problems are kept with empty or invalid
/// values, which the validator knows not to report twice.
struct RoadmapDecoder {
    /// Where a value is in the data (list "activities", element 3, field "finish"), computed
    /// only when needed.
    typealias Path = () -> DataLocation

    var reader: JSONReader
    var diagnostics: [Diagnostic] = []
    /// Where each element of the lists outside any array starts, by list (`activities`,
    /// `meta.periods`), so that the validator's findings can carry a line and column too.
    var elementOffsets: [String: [Int]] = [:]
    /// Whether activities and dependencies are tried first with the fast paths; false only in
    /// FastPathAgreementTests, which decodes every fixture both ways and compares.
    var usesFastPaths = true
    /// Where the activities' and dependencies' lists are split between two processors, in
    /// SplitListTests, which tries every place; nil to guess the middle of a long list.
    var splitListsAt: Int?
    /// How many elements were taken from a second processor's reading, for the tests.
    var elementsReadAside = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        reader = JSONReader(bytes: bytes)
    }

    // MARK: - Document

    /// An element of the activities' list: the fast path first, the general reading when it
    /// gives up.
    static let listedActivity: @Sendable (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> Activity = { d, p throws(JSONSyntaxError) in
        if d.usesFastPaths, let activity = d.fastActivity() { return activity }
        return try d.decodeActivity(p)
    }

    static let listedDependency: @Sendable (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> Dependency = { d, p throws(JSONSyntaxError) in
        if d.usesFastPaths, let dependency = d.fastDependency() { return dependency }
        return try d.decodeDependency(p)
    }

    mutating func decodeDocument() throws(JSONSyntaxError) -> Roadmap? {
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.document, "a roadmap file holds one JSON object, not \(kind.article)", at: reader.position)
            try reader.skipValue()
            try reader.expectEnd()
            return nil
        }
        let documentStart = reader.position
        var schemaVersion: Int?
        var meta: Meta?
        var statusDate: Month?
        var strategy: Strategy?
        var principles: [Principle]?, roles: [Role]?, subcommittees: [Subcommittee]?
        var areas: [AreaOfInterest]?, teams: [TaskTeam]?, activities: [Activity]?
        var dependencies: [Dependency]?, workingGroups: [WorkingGroup]?, glossary: [GlossaryEntry]?
        var councils: [Council]?, changeAnalysis: ChangeAnalysis?, currentState: CurrentState?

        var present: Set<String> = []
        var schemaVersionOffset: Int?
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            present.insert(key)
            switch key {
            case "schemaVersion":
                reader.skipWhitespace()
                schemaVersionOffset = reader.position
                schemaVersion = try integer(.named("schemaVersion"))
            case "meta": meta = try decodeMeta()
            case "statusDate": statusDate = try month(.named("statusDate"))
            case "strategy": strategy = try decodeStrategy()
            case "principles": principles = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodePrinciple(p) }
            case "roles": roles = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeRole(p) }
            case "subcommittees": subcommittees = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeSubcommittee(p) }
            case "areas": areas = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeArea(p) }
            case "teams": teams = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeTeam(p) }
            case "activities": activities = try list(.named(key), split: "id", Self.listedActivity)
            case "dependencies": dependencies = try list(.named(key), split: "from", Self.listedDependency)
            case "workingGroups": workingGroups = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeWorkingGroup(p) }
            case "glossary": glossary = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeGlossaryEntry(p) }
            case "councils": councils = try list(.named(key)) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeCouncil(p) }
            case "changeAnalysis": changeAnalysis = try decodeChangeAnalysis()
            case "currentState": currentState = try decodeCurrentState()
            default: try unknownKey(key, of: RoadmapFormat.document, .document)
            }
        }
        try reader.expectEnd()

        for name in RoadmapFormat.document.required where !present.contains(name) {
            report(.document, "missing required field \"\(name)\"", at: documentStart)
        }
        if let schemaVersion, schemaVersion != 1 {
            report(.named("schemaVersion"), "this program reads schema version 1, the file says \(schemaVersion)", at: schemaVersionOffset)
        }
        guard let meta else { return nil }
        var roadmap = Roadmap(
            schemaVersion: schemaVersion ?? 1, meta: meta, strategy: strategy, principles: principles ?? [],
            roles: roles ?? [], subcommittees: subcommittees ?? [], areas: areas ?? [], teams: teams ?? [],
            activities: activities ?? [], dependencies: dependencies ?? [], workingGroups: workingGroups ?? [],
            glossary: glossary ?? [], councils: councils ?? [], changeAnalysis: changeAnalysis, currentState: currentState)
        roadmap.statusDate = statusDate
        return roadmap
    }
}

extension Month {
    /// Stands for a month the file did not give or gave malformed, already reported.
    public static let invalid = Month(ordinal: Int.min / 4)
    public var isValid: Bool { ordinal != Month.invalid.ordinal }
}

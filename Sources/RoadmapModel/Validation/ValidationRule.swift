/// Every rule a roadmap file is checked against, named after what it checks, with the sentence
/// docs/format.md gives it (the list there is checked against this one by a test,
/// ValidationRuleTests). Each finding of the validator is made by a call that names its rule,
/// with its message beside it (Validator+*.swift, one file per pass); searching for a message's
/// words or for a rule's name leads to the one place it is checked.
///
/// A new rule: a case here (in the order of the pass that checks it), its check in the pass of
/// the list it is about, a fixture in Tests/Fixtures/invalid/ and a test that loads it, and
/// `swift test --filter ValidationRuleTests` prints the list for docs/format.md.
public enum ValidationRule: String, CaseIterable, Sendable {
    // The decoder: what the text and the shapes must be (Decoding/RoadmapDecoder*.swift).
    case jsonSyntax
    case fieldShape
    case monthFormat
    case knownValue
    case schemaVersion
    case unknownField

    // The validator's passes, in their order (Validator.swift).
    case timelineOrder
    case idPattern
    case duplicateRoleCode
    case duplicateID
    case periodOrder
    case periodInTimeline
    case legendValue
    case resultBoxHorizon
    case resultBoxCount
    case teamRole
    case teamSubcommittee
    case teamArea
    case teamPhase
    case activityArea
    case activityRole
    case activityTeam
    case activityPeriod
    case supportingTeam
    case activityOrder
    case activityInTimeline
    case percentRange
    case progressNeedsStart
    case actualOrder
    case finishedAtHundred
    case actualAfterStatusDate
    case progressNeedsStatusDate
    case enteredProvenance
    case dependencyActivity
    case selfDependency
    case duplicateDependency
    case workingGroupCouncil
    case workingGroupTeam
    case teamNotConsidered
    case dependencyCycle
    case roleDiffersFromTeam
    case startSlips
    case startedBeforePredecessors

    public var severity: Diagnostic.Severity {
        switch self {
        case .unknownField, .duplicateDependency, .roleDiffersFromTeam, .startSlips, .startedBeforePredecessors: return .warning
        default: return .error
        }
    }

    /// What the rule asks, for docs/format.md.
    public var summary: String {
        switch self {
        case .jsonSyntax: return "The file is JSON (RFC 8259) in UTF-8, one object, nothing after it; a syntax error stops the reading and gives its line and column."
        case .fieldShape: return "Each field has its type (text, month, number, list, object) and each object its required fields."
        case .monthFormat: return "Months are written \"YYYY-MM\"."
        case .knownValue: return "Enumerated values are ones the program knows: statuses, dispositions, dependency types and strengths, provenance sources."
        case .schemaVersion: return "`schemaVersion` is 1."
        case .unknownField: return "A key the format does not have is reported with its place and skipped (a warning), with the field it most likely misspells."
        case .timelineOrder: return "The timeline does not end before it starts."
        case .idPattern: return "Ids, keys and role codes follow their patterns, where they are defined and where they are referred to."
        case .duplicateRoleCode: return "No role code or alias belongs to two roles (codes compared without regard to case)."
        case .duplicateID: return "No id is given twice in its list (periods, phases, horizons, areas, sub-committees, teams, principles, working groups, councils, activities, legend entries)."
        case .periodOrder: return "A period does not end before it starts."
        case .periodInTimeline: return "A period lies within the timeline."
        case .legendValue: return "A legend (`teamStatuses`, `activityStatuses`, change-analysis `columns`) names statuses or dispositions the program knows."
        case .resultBoxHorizon: return "A result box's horizon is one of the strategy's horizons."
        case .resultBoxCount: return "There are no more result boxes described than results (`resultBoxes[i]` describes `immediateResults[i]`)."
        case .teamRole: return "A team's role is a role code or an alias of one."
        case .teamSubcommittee: return "A team's sub-committee is one of the sub-committees."
        case .teamArea: return "A team's area is one of the areas."
        case .teamPhase: return "A team's phase is one of the phases."
        case .activityArea: return "An activity's area is one of the areas."
        case .activityRole: return "An activity's role is a role code or an alias of one."
        case .activityTeam: return "An activity's team is one of the task teams."
        case .activityPeriod: return "An activity's period is one of the periods."
        case .supportingTeam: return "An activity's supporting teams are task teams."
        case .activityOrder: return "An activity does not finish before it starts."
        case .activityInTimeline: return "An activity starts and finishes within the timeline."
        case .percentRange: return "An activity's `percentComplete` is a whole number from 0 to 100 (no decimals)."
        case .progressNeedsStart: return "An activity with work done (`percentComplete` above 0) or an `actualFinish` has an `actualStart`."
        case .actualOrder: return "An activity does not actually finish before it actually starts."
        case .finishedAtHundred: return "An activity is 100 % complete exactly when it has an `actualFinish`."
        case .actualAfterStatusDate: return "Actual starts and finishes are not after the roadmap's `statusDate`: progress is reported as of it."
        case .progressNeedsStatusDate: return "A roadmap whose activities report progress has a `statusDate` (said once, at the first such activity)."
        case .enteredProvenance: return "An activity's `enteredFields` name fields it has, and come with `enteredAt`, the time they were entered (and `enteredAt` with them)."
        case .dependencyActivity: return "A dependency's two ends are activities."
        case .selfDependency: return "No activity depends on itself."
        case .duplicateDependency: return "The same two activities are not linked twice."
        case .workingGroupCouncil: return "A working group's council is one of the councils, when the file lists councils (without a list, council ids are plain labels)."
        case .workingGroupTeam: return "The team a working group becomes is a task team."
        case .teamNotConsidered: return "The teams the change analysis did not consider are task teams."
        case .dependencyCycle: return "The dependencies form no cycle; each cycle is named with its whole path."
        case .roleDiffersFromTeam: return "An activity's role is its team's role."
        case .startSlips: return "An activity's planned start is one its dependencies allow (else the month they allow is said)."
        case .startedBeforePredecessors: return "An activity that has started has predecessors that have started too (MS Project warns the same way); the ones that have not are named."
        }
    }

    /// The rules as docs/format.md lists them: errors, then warnings, in the order they are checked.
    public static var documentation: String {
        var lines: [String] = []
        for severity in [Diagnostic.Severity.error, .warning] {
            for rule in allCases where rule.severity == severity {
                lines.append("- `\(rule.rawValue)` (\(severity.rawValue)): \(rule.summary)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

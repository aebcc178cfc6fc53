/// Progress a person enters for one activity — `roadmap progress FILE ACTIVITY PERCENT`, the
/// explorer's prompt — made a change of the roadmap: the gaps filled as MS Project fills them,
/// the fields marked entered by a person with the time, and the result validated, so that
/// nothing invalid is ever written. The same rules for the command line and the explorer.
public struct ProgressEntry: Equatable, Sendable {
    public var percent: Int
    public var actualStart: Month?
    public var actualFinish: Month?
    /// Whether an actual month not given keeps the one the activity has (the command line,
    /// where only what is typed changes), rather than meaning none (the explorer's prompt,
    /// which shows every value and takes what is left as the whole of it).
    public var keepsActuals: Bool

    public init(percent: Int, actualStart: Month? = nil, actualFinish: Month? = nil, keepsActuals: Bool = true) {
        self.percent = percent
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.keepsActuals = keepsActuals
    }

    /// What the entry did besides what was typed, for the message: "actual start taken as
    /// 2016-10, the planned start".
    public struct Filled: Equatable, Sendable {
        public var field: String
        public var month: Month
        /// Why that month: "the planned start", "the status date".
        public var reason: LocalizedText
    }

    /// An activity's progress as it was, to put back (undo).
    public struct Snapshot: Equatable, Sendable {
        public var percent: Int?
        public var actualStart: Month?
        public var actualFinish: Month?
        public var provenance: Provenance

        public init(_ activity: Activity) {
            percent = activity.percentComplete
            actualStart = activity.actualStart
            actualFinish = activity.actualFinish
            provenance = activity.provenance
        }

        public func restore(into activity: inout Activity) {
            activity.percentComplete = percent
            activity.actualStart = actualStart
            activity.actualFinish = actualFinish
            activity.provenance = provenance
        }
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The roadmap reports progress as of no date: one must be set first.
        case noStatusDate
        /// What validation found wrong with the result (located by the activity and field).
        case invalid([Diagnostic])

        public var message: String {
            switch self {
            case .noStatusDate:
                return "the roadmap has no status date: progress is reported as of one (set it with --status-date YYYY-MM)"
            case .invalid(let findings):
                return findings.filter(\.isError).map { $0.path + ": " + $0.message }.joined(separator: "; ")
            }
        }
    }

    /// The roadmap with the entry applied to activity `index` and validated; with it, what was
    /// filled in. `time` is when it was entered (`EntryTime`). With `keepsActuals`, an actual
    /// month not given is the activity's own (an actual finish only while it stays 100 %).
    ///
    /// Filled as MS Project fills them: work done (above 0 %) without an actual start started
    /// at its planned start — or at the status date, if that is earlier; 100 % without an
    /// actual finish ended at its planned finish — or at the status date, if that is earlier;
    /// an actual finish makes it 100 %.
    public func applied(to roadmap: Roadmap, activity index: Int, at time: String) -> Result<(ValidatedRoadmap, [Filled]), Failure> {
        guard let status = roadmap.statusDate else { return .failure(.noStatusDate) }
        var changed = roadmap
        var activity = changed.activities[index]
        var filled: [Filled] = []
        var percent = self.percent
        var start = actualStart ?? (keepsActuals ? activity.actualStart : nil)
        // A finish kept only for finished work: a lower percentage reopens it.
        var finish = actualFinish ?? (keepsActuals && percent == 100 ? activity.actualFinish : nil)
        if finish != nil, percent != 100 {
            percent = 100
        }
        if percent == 100, finish == nil {
            let month = min(activity.finish, status)
            finish = month
            filled.append(Filled(field: "actualFinish", month: month, reason: month == activity.finish
                ? LocalizedText(fr: "la fin prévue", en: "the planned finish") : LocalizedText(fr: "la date d’état", en: "the status date")))
        }
        if percent > 0, start == nil {
            let month = min(activity.start, status, finish ?? status)
            start = month
            filled.append(Filled(field: "actualStart", month: month, reason: month == activity.start
                ? LocalizedText(fr: "le début prévu", en: "the planned start") : LocalizedText(fr: "la date d’état", en: "the status date")))
        }
        activity.percentComplete = percent
        activity.actualStart = start
        activity.actualFinish = finish
        // Every progress field the entry set, typed or filled: the person's entry, at its time.
        let set = RoadmapFormat.progressFields.filter { field in
            switch field {
            case "percentComplete": return true
            case "actualStart": return start != nil
            default: return finish != nil
            }
        }
        activity.provenance = activity.provenance.entering(set, at: time)
        changed.activities[index] = activity
        return Self.validated(changed).map { ($0, filled) }
    }

    /// The roadmap with its status date set (or moved) and validated.
    public static func settingStatusDate(_ month: Month, of roadmap: Roadmap) -> Result<ValidatedRoadmap, Failure> {
        var changed = roadmap
        changed.statusDate = month
        return validated(changed)
    }

    /// The roadmap with an activity's progress put back as it was (undo), validated.
    public static func restoring(_ snapshot: Snapshot, activity index: Int, of roadmap: Roadmap, statusDate: Month?) -> Result<ValidatedRoadmap, Failure> {
        var changed = roadmap
        snapshot.restore(into: &changed.activities[index])
        changed.statusDate = statusDate
        return validated(changed)
    }

    static func validated(_ roadmap: Roadmap) -> Result<ValidatedRoadmap, Failure> {
        switch Validator.validate(roadmap) {
        case .valid(let validated): return .success(validated)
        case .invalid(let findings): return .failure(.invalid(findings))
        }
    }
}

/// Reading a percentage as a person types it (the command line, the explorer's prompt).
public enum PercentText {
    /// A whole number from 0 to 100, "40" or "40%"; otherwise why not, said plainly — a
    /// decimal is refused as such, since "50.5" is a natural thing to type.
    public static func parse(_ text: String) -> Result<Int, PercentProblem> {
        var digits = trimmed(text)
        if digits.hasSuffix("%") { digits = trimmed(String(digits.dropLast())) }
        if let value = Int(digits) {
            return (0...100).contains(value) ? .success(value)
                : .failure(PercentProblem(message: "\(value) is out of range: a percentage is a whole number from 0 to 100"))
        }
        if Double(String(digits.map { $0 == "," ? "." : $0 })) != nil {
            return .failure(PercentProblem(message: "\"\(Sanitized.inline(text))\": a percentage is a whole number from 0 to 100; decimals are not allowed"))
        }
        return .failure(PercentProblem(message: "\"\(Sanitized.inline(text))\" is not a number: a percentage is a whole number from 0 to 100"))
    }

    public struct PercentProblem: Error, Equatable, Sendable {
        public let message: String
    }
}

extension PercentText {
    /// Without spaces and tabs at either end.
    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}

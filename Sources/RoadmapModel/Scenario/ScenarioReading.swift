/// A scenario file read with the roadmap's own JSON reader: the scenario, and every problem
/// found in it with its line and column. Unlike a roadmap, a scenario allows no key of its own
/// making: a misspelt "delay" would otherwise leave a what-if silently empty.
///
/// Reading does not need the roadmap; `delays(against:)` then checks the ids against one.
/// Both steps report every problem they find, so that a command prints them all at once.
public struct ScenarioReading: Sendable {
    /// Nil when the text is not JSON, or not an object: nothing in it can be trusted.
    public let scenario: Scenario?
    /// The errors of the text itself: syntax, types, unknown keys, version, bounds.
    public let findings: [Diagnostic]
    /// The line and column of each delay's id, in the order of `scenario.delays`.
    private let delayPlaces: [(line: Int, column: Int)]

    public var isValid: Bool { scenario != nil && findings.isEmpty }

    public init(bytes: [UInt8]) {
        if bytes.isEmpty {
            scenario = nil
            findings = [Diagnostic(.error, at: .document, "the file is empty; a scenario is a JSON object", line: 1, column: 1)]
            delayPlaces = []
            return
        }
        var decoded: (scenario: Scenario?, findings: [Diagnostic], delayOffsets: [Int]) = (nil, [], [])
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = ScenarioDecoder(reader: JSONReader(bytes: buffer))
            do {
                decoded.scenario = try decoder.decodeDocument()
                decoded.findings = decoder.findings
                decoded.delayOffsets = decoder.delayOffsets
            } catch let error as JSONSyntaxError {
                decoded = (nil, [Diagnostic(.error, at: DataLocation(offset: error.offset), "syntax error: \(error.message)")], [])
            } catch {
                decoded = (nil, [Diagnostic(.error, at: .document, "cannot read the scenario: \(error)")], [])
            }
        }
        var findings = decoded.findings
        let offsets = findings.map(\.location.offset) + decoded.delayOffsets.map { Optional($0) }
        let places = LineIndex.locations(of: offsets, in: bytes)
        for k in findings.indices {
            findings[k].line = places[k]?.line
            findings[k].column = places[k]?.column
        }
        scenario = decoded.scenario
        self.findings = findings
        delayPlaces = places[findings.count...].map { $0 ?? (1, 1) }
    }

    /// The delays as the schedule takes them, by activity index, and the errors of the ids
    /// no activity of `validated` has. An id listed twice is reported when reading.
    public func delays(against validated: ValidatedRoadmap) -> (delays: [(activity: Int, months: Int)], findings: [Diagnostic]) {
        guard let scenario else { return ([], []) }
        var delays: [(activity: Int, months: Int)] = []
        var findings: [Diagnostic] = []
        for (k, delay) in scenario.delays.enumerated() {
            if let activity = validated.activityIndex[delay.activity] {
                delays.append((activity, delay.months))
            } else {
                let place = delayPlaces.indices.contains(k) ? delayPlaces[k] : (line: 1, column: 1)
                findings.append(Diagnostic(.error, at: ScenarioDecoder.delayLocation(delay.activity),
                                           "no activity of the roadmap has the id \"\(Sanitized.inline(delay.activity))\"",
                                           line: place.line, column: place.column))
            }
        }
        return (delays, findings)
    }
}

/// Walks a scenario's JSON text, recording each problem at its byte and reading on.
struct ScenarioDecoder {
    private var reader: JSONReader
    private(set) var findings: [Diagnostic] = []
    /// Where each delay's id begins, in the order of the scenario's delays.
    private(set) var delayOffsets: [Int] = []

    init(reader: JSONReader) {
        self.reader = reader
    }

    static func delayLocation(_ id: String) -> DataLocation {
        DataLocation.named("delays").member(Sanitized.inline(id))
    }

    mutating func decodeDocument() throws(JSONSyntaxError) -> Scenario? {
        reader.skipWhitespace()
        let start = reader.position
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.document, "a scenario file holds one JSON object, not \(kind.article)", at: start)
            return nil
        }
        var version: Int?, name: String?, roadmap: String?, note: String?
        var versionOffset = start
        var delays: [Scenario.Delay]?
        var seen: Set<String> = []
        try reader.beginObject()
        var first = true
        while true {
            let keyAt = nextKeyOffset(first: first)
            guard let key = try reader.nextKey(&first) else { break }
            if !seen.insert(key).inserted {
                report(.named(Sanitized.inline(key)), "appears twice; a key is given once", at: keyAt)
                try reader.skipValue()
                continue
            }
            switch key {
            case "scenarioVersion":
                reader.skipWhitespace()
                versionOffset = reader.position
                version = try integer(.named(key))
            case "name": name = try text(.named(key), nonEmpty: true)
            case "roadmap": roadmap = try text(.named(key), nonEmpty: true)
            case "note": note = try text(.named(key), nonEmpty: false)
            case "delays": delays = try decodeDelays()
            default:
                report(.named(Sanitized.inline(key)), "is not a key of a scenario; expected scenarioVersion, name, roadmap, delays or note", at: keyAt)
                try reader.skipValue()
            }
        }
        try reader.expectEnd()
        for required in ["scenarioVersion", "name", "delays"] where !seen.contains(required) {
            report(.document, "missing required key \"\(required)\"", at: start)
        }
        if let version, version != Scenario.version {
            report(.named("scenarioVersion"), "version \(version) is not one this program reads; it reads scenarioVersion \(Scenario.version)",
                   at: versionOffset)
        }
        return Scenario(name: name ?? "", roadmap: roadmap, delays: delays ?? [], note: note)
    }

    private mutating func decodeDelays() throws(JSONSyntaxError) -> [Scenario.Delay]? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .object else {
            report(.named("delays"), "expected an object of months by activity id, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        var delays: [Scenario.Delay] = []
        var seen: Set<String> = []
        try reader.beginObject()
        var first = true
        while true {
            let keyAt = nextKeyOffset(first: first)
            guard let id = try reader.nextKey(&first) else { break }
            let location = Self.delayLocation(id)
            // A second delay of the same activity is an error whatever its months, so that
            // neither is taken for the other.
            let repeated = !seen.insert(id).inserted
            if repeated { report(location, "the activity is delayed twice; give its months once", at: keyAt) }
            if id.isEmpty { report(location, "an activity id must not be empty", at: keyAt) }
            guard let months = try integer(location, range: -Scenario.monthsBound...Scenario.monthsBound), !repeated, !id.isEmpty else { continue }
            delays.append(Scenario.Delay(activity: id, months: months))
            delayOffsets.append(keyAt)
        }
        return delays
    }

    /// Where the next key of the object being read begins, past a comma and white space.
    private mutating func nextKeyOffset(first: Bool) -> Int {
        reader.skipWhitespace()
        var p = reader.position
        let bytes = reader.bytes
        if !first, p < bytes.count, bytes[p] == UInt8(ascii: ",") {
            p += 1
            while p < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[p]) { p += 1 }
        }
        return p
    }

    private mutating func integer(_ location: DataLocation, range: ClosedRange<Int>? = nil) throws(JSONSyntaxError) -> Int? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .number else {
            report(location, "expected a whole number, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let number = try reader.readNumber()
        guard let value = number.integer ?? (number.value.rounded() == number.value && abs(number.value) < 1e15 ? Int(number.value) : nil) else {
            report(location, "expected a whole number, found \(number.value)", at: at)
            return nil
        }
        if let range, !range.contains(value) {
            report(location, "\(value) months is too far; at most \(range.upperBound) either way", at: at)
            return nil
        }
        return value
    }

    private mutating func text(_ location: DataLocation, nonEmpty: Bool) throws(JSONSyntaxError) -> String? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .string else {
            report(location, "expected a string, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let value = try reader.readString()
        if nonEmpty && value.allSatisfy(\.isWhitespace) {
            report(location, "must not be empty", at: at)
            return nil
        }
        return value
    }

    private mutating func report(_ location: DataLocation, _ message: String, at offset: Int) {
        var location = location
        location.offset = offset
        findings.append(Diagnostic(.error, at: location, message))
    }

}

// Activities and dependencies are nearly all of a large file. For them, a first reading
// handles the common, well-formed case only: keys compared as bytes, no paths, no bookkeeping
// for messages. At the first thing it does not expect — a problem, an escape, provenance
// fields, an unknown key — it gives up, the reader goes back to the object's start and the
// general reading (RoadmapDecoder+Plan.swift) takes over, so that every message stays the same.
// FastPathAgreementTests decodes every fixture both ways and compares.
extension RoadmapDecoder {

    /// The activity at the reader, or nil (the reader unmoved) when the general reading is needed.
    mutating func fastActivity() -> Activity? {
        let start = reader
        if let activity = try? readFastActivity() { return activity }
        reader = start
        return nil
    }

    mutating func readFastActivity() throws(JSONSyntaxError) -> Activity? {
        guard try reader.peekKind() == .object else { return nil }
        try reader.beginObject()
        var id: String?, name: LocalizedText?, area: String?, role: String?, status: Activity.Status?
        var team: String?, start: Month?, finish: Month?, period: String?, gridOrder: Int?
        var percent: Int?, actualStart: Month?, actualFinish: Month?
        var first = true
        while let key = try reader.nextRawKey(&first) {
            if key.spells("id") {
                guard let value = try fastIdentifier() else { return nil }
                id = value
            } else if key.spells("name") {
                guard let value = try fastText() else { return nil }
                name = value
            } else if key.spells("area") {
                guard let value = try fastIdentifier() else { return nil }
                area = value
            } else if key.spells("role") {
                guard let value = try fastIdentifier() else { return nil }
                role = value
            } else if key.spells("status") {
                guard try reader.peekKind() == .string, let value = Activity.Status(rawValue: try reader.readString()) else { return nil }
                status = value
            } else if key.spells("team") {
                guard let value = try fastOptionalIdentifier() else { return nil }
                team = value
            } else if key.spells("start") {
                guard let value = reader.readPlainMonth() else { return nil }
                start = value
            } else if key.spells("finish") {
                guard let value = reader.readPlainMonth() else { return nil }
                finish = value
            } else if key.spells("period") {
                guard let value = try fastOptionalIdentifier() else { return nil }
                period = value
            } else if key.spells("gridOrder") {
                guard try reader.peekKind() == .number, let value = try reader.readNumber().integer, value >= 1, value <= Int(Int32.max) else { return nil }
                gridOrder = value
            } else if key.spells("percentComplete") {
                // Any whole number: its range is the validator's to say (`percentRange`).
                guard try reader.peekKind() == .number, let value = try reader.readNumber().integer else { return nil }
                percent = value
            } else if key.spells("actualStart") {
                guard let value = reader.readPlainMonth() else { return nil }
                actualStart = value
            } else if key.spells("actualFinish") {
                guard let value = reader.readPlainMonth() else { return nil }
                actualFinish = value
            } else {
                return nil
            }
        }
        guard let id, let name, let area, let role, let status, let start, let finish else { return nil }
        var activity = Activity(id: id, name: name, area: area, role: role, status: status, team: team,
                                start: start, finish: finish, period: period)
        activity.changeDetails {
            $0.gridOrder = gridOrder
            $0.percentComplete = percent
            $0.actualStart = actualStart
            $0.actualFinish = actualFinish
        }
        return activity
    }

    /// The dependency at the reader, or nil (the reader unmoved) when the general reading is needed.
    mutating func fastDependency() -> Dependency? {
        let start = reader
        if let dependency = try? readFastDependency() { return dependency }
        reader = start
        return nil
    }

    mutating func readFastDependency() throws(JSONSyntaxError) -> Dependency? {
        guard try reader.peekKind() == .object else { return nil }
        try reader.beginObject()
        var from: String?, to: String?, type = Dependency.Kind.FS, lag = 0, strength: Dependency.Strength?
        var first = true
        while let key = try reader.nextRawKey(&first) {
            if key.spells("from") {
                guard let value = try fastIdentifier() else { return nil }
                from = value
            } else if key.spells("to") {
                guard let value = try fastIdentifier() else { return nil }
                to = value
            } else if key.spells("type") {
                guard try reader.peekKind() == .string, let value = Dependency.Kind(rawValue: try reader.readString()) else { return nil }
                type = value
            } else if key.spells("lag") {
                guard try reader.peekKind() == .number, let value = try reader.readNumber().integer, Dependency.lagRange.contains(value) else { return nil }
                lag = value
            } else if key.spells("strength") {
                guard try reader.peekKind() == .string, let value = Dependency.Strength(rawValue: try reader.readString()) else { return nil }
                strength = value
            } else {
                return nil
            }
        }
        guard let from, let to else { return nil }
        return Dependency(from: from, to: to, type: type, lag: lag, strength: strength)
    }

    /// A non-empty string, or nil.
    mutating func fastIdentifier() throws(JSONSyntaxError) -> String? {
        guard try reader.peekKind() == .string else { return nil }
        let text = try reader.readString()
        return text.isEmpty ? nil : text
    }

    /// `.some(nil)` for null, `.some(text)` for a non-empty string, nil for anything else.
    mutating func fastOptionalIdentifier() throws(JSONSyntaxError) -> String?? {
        switch try reader.peekKind() {
        case .null:
            try reader.readNull()
            return .some(nil)
        case .string:
            let text = try reader.readString()
            return text.isEmpty ? nil : .some(text)
        default:
            return nil
        }
    }

    /// A text: a string, or an object with string "fr" and "en" and no other key.
    mutating func fastText() throws(JSONSyntaxError) -> LocalizedText? {
        switch try reader.peekKind() {
        case .string:
            return LocalizedText(try reader.readString())
        case .object:
            try reader.beginObject()
            var fr: String?, en: String?
            var first = true
            while let key = try reader.nextRawKey(&first) {
                if key.spells("fr") || key.spells("en") {
                    guard try reader.peekKind() == .string else { return nil }
                    let text = try reader.readString()
                    if key.spells("fr") { fr = text } else { en = text }
                } else {
                    // Any other key is the general reading's to report.
                    return nil
                }
            }
            guard let fr, let en else { return nil }
            return LocalizedText(fr: fr, en: en)
        default:
            return nil
        }
    }
}

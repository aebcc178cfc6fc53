/// The generic readers every object decoder is made of: lists, objects with their fields, texts,
/// ids, months, numbers, enumerations, provenance and free-form parts. Each reports a value of
/// the wrong kind with its place and goes on.
extension RoadmapDecoder {
    /// Reads an array, one element per call of `element` with the element's path; reports and
    /// skips anything that is not an array. Remembers where each element starts.
    ///
    /// Locations are closures, made only when a problem is reported: building
    /// "activities[41].name.fr" for every field read was most of the cost of decoding.
    mutating func list<T>(_ path: @autoclosure () -> DataLocation, _ element: (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> [T]? {
        try list(path(), secondHalf: nil, element)
    }

    /// `list` of the activities or the dependencies: a long list is read on two processors
    /// (RoadmapDecoder+SplitList.swift); `firstKey` is the key its elements start with.
    mutating func list<T>(_ path: @autoclosure () -> DataLocation, split firstKey: String,
                          _ element: @escaping @Sendable (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> [T]? {
        guard try reader.peekKind() == .array else { return try list(path(), secondHalf: nil, element) }
        // After the '[', where the other processor's reading starts.
        var after = reader
        try after.beginArray()
        let list = path()
        let half = secondHalfOfList(startingAfter: after.position, firstKey: firstKey) { (d: inout RoadmapDecoder) throws(JSONSyntaxError) -> T in
            try element(&d) { list.element(0) }
        }
        return try self.list(list, secondHalf: half, element)
    }

    private mutating func list<T>(_ path: @autoclosure () -> DataLocation, secondHalf: SecondHalf<T>?,
                                  _ element: (inout RoadmapDecoder, Path) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> [T]? {
        let kind = try reader.peekKind()
        guard kind == .array else {
            report(path(), "expected an array, found \(kind.article)", at: reader.position)
            try reader.skipValue()
            return nil
        }
        try reader.beginArray()
        var result: [T] = []
        var offsets: [Int] = []
        var first = true
        var secondHalf = secondHalf
        // The other processor reads the bytes: it is done before they can go away.
        defer { secondHalf?.finish(abandon: true) }
        try withoutActuallyEscaping(path) { (listPath) throws(JSONSyntaxError) in
            while try reader.nextElement(&first) {
                reader.skipWhitespace()
                if let half = secondHalf, reader.position >= half.start {
                    // At the guessed start of the second half, or past it. Only when an
                    // element starts exactly there is what the other processor read from it
                    // what this reading would read; otherwise it is thrown away.
                    half.finish(abandon: reader.position != half.start)
                    secondHalf = nil
                    if reader.position == half.start, half.count > 0 {
                        elementsReadAside += half.count
                        offsets.append(contentsOf: half.moveElements(appendingTo: &result))
                        reader.continueAt(half.resumeAt)
                        continue
                    }
                }
                offsets.append(reader.position)
                let index = result.count
                if index == 64 {
                    // A long list: make room for as many more elements as the rest of the file
                    // could hold at the size of the first ones, rather than growing by
                    // doubling (each time a copy, and fresh memory to fault in). The estimate
                    // is high (the file goes on after the list), but room never written to
                    // costs address space only.
                    let size = max(1, (reader.position - offsets[0]) / 64)
                    let more = (reader.bytes.count - reader.position) / size
                    result.reserveCapacity(index + more + 1)
                    offsets.reserveCapacity(index + more + 1)
                    let capacity = result.capacity
                    result.withUnsafeMutableBufferPointer { if let base = $0.baseAddress { HugePages.advise(base, count: capacity) } }
                }
                result.append(try element(&self, { listPath().element(index) }))
            }
        }
        // The validator's findings name an element of a list outside any array (their
        // location's list and index), so the offsets of nested lists are not kept.
        let name = path()
        if name.index == nil { elementOffsets[name.list] = offsets }
        return result
    }

    /// Reads an object's fields with `field`, which returns false for a key it does not know;
    /// such a key is reported as a warning with its place (`unknownKey`) and skipped. Reports
    /// the required fields that are missing, in the order `object` lists them.
    mutating func fields(_ path: @autoclosure () -> DataLocation, _ object: FormatObject, _ field: (inout RoadmapDecoder, String) throws(JSONSyntaxError) -> Bool) throws(JSONSyntaxError) {
        guard try expectObject(path()) else { return }
        let required = object.required
        let start = reader.position
        let diagnosticsBefore = diagnostics.count
        // One bit per required field (there are never more than a handful).
        var seen: UInt64 = 0
        try reader.beginObject()
        var first = true
        var id: String?
        while let key = try reader.nextKey(&first) {
            if let index = required.firstIndex(of: key), index < 64 { seen |= 1 << UInt64(index) }
            if key == "id", try reader.peekKind() == .string {
                // Peek at the id so that later findings about this object can name it.
                let save = reader
                id = try? reader.readString()
                if id?.isEmpty == true { id = nil }
                reader = save
            }
            if try !field(&self, key) { try unknownKey(key, of: object, path()) }
        }
        for (index, name) in required.enumerated() where index < 64 && seen & (1 << UInt64(index)) == 0 {
            report(path(), id: id, "missing required field \"\(name)\"", at: start)
        }
        // Findings about this object's fields name the object too.
        if let id {
            for k in diagnosticsBefore..<diagnostics.count where diagnostics[k].objectID == nil {
                diagnostics[k].objectID = Sanitized.inline(id)
            }
        }
    }

    /// A key the format does not have (RoadmapFormat), just read: a warning at the key, with
    /// the field it most likely misspells or the fields the object has, and its value skipped.
    /// A warning, not an error, so that a file a newer tool wrote still opens; but never
    /// silent, since a misspelt field would otherwise vanish at the next rewrite.
    mutating func unknownKey(_ key: String, of object: FormatObject, _ path: DataLocation) throws(JSONSyntaxError) {
        let name = Sanitized.inline(key)
        let message: String
        if let likely = FieldSpelling.closest(to: key, among: object.keys) {
            message = Diagnostic.unknownFieldPrefix + "\"\(name)\", skipped: did you mean \"\(likely)\"?"
        } else {
            message = Diagnostic.unknownFieldPrefix + "\"\(name)\", skipped: \(object.name) has " + object.keys.joined(separator: ", ")
        }
        var location = path.member(key)
        location.offset = reader.keyStart
        diagnostics.append(Diagnostic(.warning, at: location, message))
        try reader.skipValue()
    }

    mutating func expectObject(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Bool {
        let kind = try reader.peekKind()
        if kind == .object { return true }
        report(path(), "expected an object, found \(kind.article)", at: reader.position)
        try reader.skipValue()
        return false
    }

    mutating func string(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        let kind = try reader.peekKind()
        if kind == .string { return try reader.readString() }
        report(path(), "expected a string, found \(kind.article)", at: reader.position)
        try reader.skipValue()
        return nil
    }

    /// A non-empty string naming or referring to an object.
    mutating func identifier(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        reader.skipWhitespace()
        let at = reader.position
        guard let text = try string(path()) else { return nil }
        if text.isEmpty {
            report(path(), "must not be empty", at: at)
            return nil
        }
        return text
    }

    mutating func optionalIdentifier(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> String? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try identifier(path())
    }

    mutating func localized(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> LocalizedText? {
        let kind = try reader.peekKind()
        switch kind {
        case .string: return LocalizedText(try reader.readString())
        case .object:
            let start = reader.position
            var fr: String?, en: String?
            try reader.beginObject()
            var first = true
            while let key = try reader.nextKey(&first) {
                switch key {
                case "fr": fr = try string(path().member("fr"))
                case "en": en = try string(path().member("en"))
                default: try unknownKey(key, of: RoadmapFormat.localizedText, path())
                }
            }
            if fr == nil || en == nil {
                let missing = fr == nil ? "fr" : "en"
                report(path(), "a bilingual text needs both \"fr\" and \"en\"; \"\(missing)\" is missing", at: start)
            }
            if fr == nil && en == nil { return nil }
            return LocalizedText(fr: fr ?? en ?? "", en: en ?? fr ?? "")
        default:
            report(path(), "expected a text (a string, or an object with \"fr\" and \"en\"), found \(kind.article)", at: reader.position)
            try reader.skipValue()
            return nil
        }
    }

    /// A list of texts.
    mutating func texts(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> [LocalizedText] {
        try list(path()) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
    }

    mutating func optionalInteger(_ path: @autoclosure () -> DataLocation, range: ClosedRange<Int>) throws(JSONSyntaxError) -> Int? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try integer(path(), range: range)
    }

    mutating func month(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Month? {
        if let month = reader.readPlainMonth() { return month }
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .string else {
            report(path(), "expected a month \"YYYY-MM\", found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let text = try reader.readString()
        guard let month = Month(text) else {
            report(path(), "\"\(Sanitized.inline(text))\" is not a month: months are written \"YYYY-MM\", e.g. \"2016-10\"", at: at)
            return nil
        }
        return month
    }

    mutating func optionalMonth(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Month? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return nil
        }
        return try month(path())
    }

    mutating func integer(_ path: @autoclosure () -> DataLocation, range: ClosedRange<Int>? = nil) throws(JSONSyntaxError) -> Int? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .number else {
            report(path(), "expected a whole number, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let number = try reader.readNumber()
        guard let value = number.integer ?? (number.value.rounded() == number.value && abs(number.value) < 1e15 ? Int(number.value) : nil) else {
            report(path(), "expected a whole number, found \(number.value)", at: at)
            return nil
        }
        if let range, !range.contains(value) {
            report(path(), "\(value) is out of range (\(range.lowerBound) to \(range.upperBound))", at: at)
            return nil
        }
        return value
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ path: @autoclosure () -> DataLocation, _ type: E.Type, describe: String = "a value") throws(JSONSyntaxError) -> E? where E.RawValue == String {
        reader.skipWhitespace()
        let at = reader.position
        guard let text = try string(path()) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        report(path(), "\"\(Sanitized.inline(text))\" is not \(describe) this program knows; expected one of \(allowed)", at: at)
        return nil
    }

    /// A percentage of work done: a whole number. Its range (0 to 100) is the validator's
    /// (`percentRange`), which says it with the activity's name; here, the shape only, said in
    /// the field's words since "50.5" is a natural thing to write.
    mutating func percent(_ path: @autoclosure () -> DataLocation) throws(JSONSyntaxError) -> Int? {
        reader.skipWhitespace()
        let at = reader.position
        let kind = try reader.peekKind()
        guard kind == .number else {
            report(path(), "percent complete is a whole number from 0 to 100, found \(kind.article)", at: at)
            try reader.skipValue()
            return nil
        }
        let number = try reader.readNumber()
        if let value = number.integer { return value }
        if number.value.rounded() == number.value, abs(number.value) < 1e15 { return Int(number.value) }
        report(path(), "percent complete is a whole number from 0 to 100, found \(number.value): decimals are not allowed", at: at)
        return nil
    }

    /// `source`, `note` and `inferredFields`: where a value comes from.
    mutating func provenanceField(_ key: String, _ path: @autoclosure () -> DataLocation, _ provenance: inout Provenance) throws(JSONSyntaxError) -> Bool {
        switch key {
        case "source":
            let source = try enumeration(path().member("source"), Provenance.Source.self, describe: "a source")
            provenance.source = source ?? .seed
            provenance.statesSeed = source == .seed
        case "note": provenance.note = try localized(path().member("note"))
        case "inferredFields":
            provenance.inferredFields = try list(path().member("inferredFields")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.string(p()) ?? "" } ?? []
        default: return false
        }
        return true
    }

    /// An activity's `enteredFields` and `enteredAt`: which of its fields a person entered,
    /// and when (part of its provenance).
    mutating func enteredField(_ key: String, _ path: @autoclosure () -> DataLocation, _ provenance: inout Provenance) throws(JSONSyntaxError) {
        switch key {
        case "enteredFields":
            provenance.enteredFields = try list(path().member("enteredFields")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.string(p()) ?? "" } ?? []
        case "enteredAt":
            reader.skipWhitespace()
            let at = reader.position
            guard let text = try string(path().member("enteredAt")) else { return }
            if EntryTime.isValid(text) {
                provenance.enteredAt = text
            } else {
                // Given but malformed, reported here: empty, so that the validator does not
                // say again that it is missing.
                provenance.enteredAt = ""
                report(path().member("enteredAt"), "\"\(Sanitized.inline(text))\" is not a time of entry: written \"YYYY-MM-DDThh:mm:ssZ\" (UTC), e.g. \"2017-04-03T14:05:00Z\"", at: at)
            }
        default: break
        }
    }

    /// A free-form part of the document, nested at most `maximumDepth` levels.
    mutating func documentNode(_ path: @autoclosure () -> DataLocation, depth: Int) throws(JSONSyntaxError) -> DocumentNode {
        let maximumDepth = 32
        let kind = try reader.peekKind()
        if depth >= maximumDepth, kind == .object || kind == .array {
            report(path(), "nested more than \(maximumDepth) levels deep", at: reader.position)
            try reader.skipValue()
            return .empty
        }
        switch kind {
        case .string: return .text(LocalizedText(try reader.readString()))
        case .number: return .number(try reader.readNumber().value)
        case .bool: return .flag(try reader.readBool())
        case .null:
            try reader.readNull()
            return .empty
        case .array:
            var items: [DocumentNode] = []
            try reader.beginArray()
            var first = true
            while try reader.nextElement(&first) {
                items.append(try documentNode(path().element(items.count), depth: depth + 1))
            }
            return .list(items)
        case .object:
            // A {"fr", "en"} pair is a text; any other object is a section of named parts.
            let save = reader
            var members: [(key: String, value: DocumentNode)] = []
            try reader.beginObject()
            var first = true
            while let key = try reader.nextKey(&first) {
                members.append((key, try documentNode(path().member(key), depth: depth + 1)))
            }
            let keys = Set(members.map(\.key))
            if keys == ["fr", "en"] {
                reader = save
                if let text = try localized(path()) { return .text(text) }
            }
            return .section(members)
        }
    }

    mutating func report(_ path: DataLocation, id: String? = nil, _ message: String, at offset: Int?) {
        var location = path
        location.offset = offset
        diagnostics.append(Diagnostic(.error, at: location, objectID: id, message))
    }
}

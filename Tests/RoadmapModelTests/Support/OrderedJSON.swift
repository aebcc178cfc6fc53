@testable import RoadmapModel

/// A JSON value with the order of its keys, as the file writes them (Foundation's parser
/// forgets it): for the tests that the schema, the writer and the table agree on an order.
/// Read with the program's own reader.
indirect enum OrderedJSON: Equatable {
    case object([(key: String, value: OrderedJSON)])
    case array([OrderedJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    static func == (a: OrderedJSON, b: OrderedJSON) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x), .array(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    static func parse(_ bytes: [UInt8]) throws -> OrderedJSON {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            let value = try read(&reader)
            try reader.expectEnd()
            return value
        }
    }

    private static func read(_ reader: inout JSONReader) throws -> OrderedJSON {
        switch try reader.peekKind() {
        case .object:
            var members: [(key: String, value: OrderedJSON)] = []
            try reader.beginObject()
            var first = true
            while let key = try reader.nextKey(&first) { members.append((key, try read(&reader))) }
            return .object(members)
        case .array:
            var items: [OrderedJSON] = []
            try reader.beginArray()
            var first = true
            while try reader.nextElement(&first) { items.append(try read(&reader)) }
            return .array(items)
        case .string: return .string(try reader.readString())
        case .number: return .number(try reader.readNumber().value)
        case .bool: return .bool(try reader.readBool())
        case .null:
            try reader.readNull()
            return .null
        }
    }

    subscript(key: String) -> OrderedJSON? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    var keys: [String] {
        if case .object(let members) = self { return members.map(\.key) }
        return []
    }

    /// The value a JSON Pointer (RFC 6901) names.
    func at(_ pointer: String) -> OrderedJSON? {
        var node: OrderedJSON? = self
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            let part = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node {
            case .object?: node = node?[part]
            case .array(let items)?: node = Int(part).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return node
    }
}

import Foundation
import XCTest
@testable import RoadmapModel

/// The file format as one checked contract: the table (`RoadmapFormat`), the schema, the decoder,
/// the writer and the fuzz dictionary agree. The fixture Tests/Fixtures/valid/every-field.json
/// holds every property the schema allows; the list of properties comes from the schema itself,
/// so that a property added to the schema without a value in the fixture fails here, and one
/// the decoder does not read or the writer does not write fails the round trip.
final class FormatContractTests: XCTestCase {
    static let fixture = RuleFixtures.valid("every-field")
    static let schemaURL = RuleFixtures.packageRoot.appendingPathComponent("schema/roadmap.schema.json")

    func schema() throws -> OrderedJSON { try OrderedJSON.parse(RuleFixtures.bytes(Self.schemaURL)) }

    // MARK: - The schema's properties, by where they go in a file

    /// Every property the schema allows, as a path in the data ("activities[].name.fr"), and
    /// the schema of each object by its path in the data (a JSON Pointer into the schema).
    struct SchemaPaths {
        var properties: Set<String> = []
        var objects: [String: String] = [:]
    }

    static func schemaPaths(_ schema: OrderedJSON) -> SchemaPaths {
        var result = SchemaPaths()
        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
        func walk(_ node: OrderedJSON, path: String, pointer: String, depth: Int) {
            guard depth < 40 else { return }
            var node = node, pointer = pointer
            // A plain reference stands for what it refers to.
            if case .string(let target)? = node["$ref"], node["properties"] == nil, target.hasPrefix("#"),
               let referred = schema.at(String(target.dropFirst())) {
                node = referred
                pointer = String(target.dropFirst())
            }
            if case .object(let members)? = node["properties"] {
                result.objects[path] = pointer
                var all = members
                // Provenance mixed in by reference beside the object's own properties.
                if case .string(let target)? = node["$ref"], case .object(let mixed)? = schema.at(String(target.dropFirst()))?["properties"] {
                    all += mixed
                }
                for member in all {
                    result.properties.insert(join(path, member.key))
                    walk(member.value, path: join(path, member.key), pointer: pointer + "/properties/" + member.key, depth: depth + 1)
                }
            }
            if let items = node["items"] { walk(items, path: path + "[]", pointer: pointer + "/items", depth: depth + 1) }
            for combinator in ["oneOf", "anyOf"] {
                if case .array(let alternatives)? = node[combinator] {
                    for (k, alternative) in alternatives.enumerated() {
                        walk(alternative, path: path, pointer: pointer + "/\(combinator)/\(k)", depth: depth + 1)
                    }
                }
            }
        }
        walk(schema, path: "", pointer: "", depth: 0)
        return result
    }

    /// Every property a file holds, as the same paths.
    static func dataPaths(_ document: OrderedJSON) -> Set<String> {
        var result: Set<String> = []
        func walk(_ node: OrderedJSON, path: String) {
            switch node {
            case .object(let members):
                for member in members {
                    let child = path.isEmpty ? member.key : path + "." + member.key
                    result.insert(child)
                    walk(member.value, path: child)
                }
            case .array(let items):
                for item in items { walk(item, path: path + "[]") }
            default: break
            }
        }
        walk(document, path: "")
        return result
    }

    func testTheFixtureHoldsEveryPropertyTheSchemaAllows() throws {
        let allowed = Self.schemaPaths(try schema()).properties
        XCTAssertGreaterThan(allowed.count, 200, "the schema walk found too few properties to be right")
        XCTAssertTrue(allowed.contains("dependencies[].strength") && allowed.contains("activities[].note.fr"))
        let held = Self.dataPaths(try OrderedJSON.parse(RuleFixtures.bytes(Self.fixture)))
        let missing = allowed.subtracting(held).sorted()
        XCTAssertEqual(missing, [], "give every-field.json a value for each of these schema properties")
        let unknown = held.subtracting(allowed).sorted()
        XCTAssertEqual(unknown, [], "every-field.json holds properties the schema does not allow")
    }

    // MARK: - Decoder and writer

    func testTheDecoderReadsAndTheWriterWritesBackEveryField() throws {
        let bytes = try RuleFixtures.bytes(Self.fixture)
        let result = RoadmapLoader.load(bytes: bytes)
        XCTAssertEqual(result.diagnostics.map(\.description), [], "the fixture is valid and every key is known")
        let roadmap = try XCTUnwrap(result.roadmap)
        let written = RoadmapJSON.bytes(roadmap)
        // As JSON, with Foundation's parser: nothing lost, nothing added.
        let original = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
        let again = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary
        XCTAssertNotNil(original)
        if original != again {
            XCTFail("written back differently: " + firstDifference(try OrderedJSON.parse(bytes), try OrderedJSON.parse(written), path: ""))
        }
        // The fixture is in canonical form: the same bytes.
        XCTAssertTrue(written == bytes, "every-field.json is not in canonical form: `roadmap fmt --write` it")
    }

    /// The first place two JSON values differ, for a message.
    func firstDifference(_ a: OrderedJSON, _ b: OrderedJSON, path: String) -> String {
        switch (a, b) {
        case let (.object(x), .object(y)):
            let xs = Set(x.map(\.key)), ys = Set(y.map(\.key))
            if let lost = x.first(where: { !ys.contains($0.key) }) { return "\(path).\(lost.key) is lost" }
            if let added = y.first(where: { !xs.contains($0.key) }) { return "\(path).\(added.key) is added" }
            for member in x where member.value != b[member.key]! {
                return firstDifference(member.value, b[member.key]!, path: path + "." + member.key)
            }
            return "\(path): keys in another order"
        case let (.array(x), .array(y)):
            if x.count != y.count { return "\(path) has \(x.count) elements, then \(y.count)" }
            for k in x.indices where x[k] != y[k] { return firstDifference(x[k], y[k], path: path + "[\(k)]") }
            return path
        default:
            return "\(path): \(a) became \(b)"
        }
    }

    func testTheWriterWritesEveryObjectsKeysInTheTablesOrder() throws {
        let paths = Self.schemaPaths(try schema())
        let byPointer = Dictionary(uniqueKeysWithValues: RoadmapFormat.all.map { ($0.schemaPointer, $0) })
        let written = try OrderedJSON.parse(RoadmapJSON.bytes(XCTUnwrap(RoadmapLoader.load(path: Self.fixture.path).roadmap)))
        var checked: Set<String> = []
        func walk(_ node: OrderedJSON, path: String) {
            switch node {
            case .object(let members):
                if let pointer = paths.objects[path], let object = byPointer[pointer] {
                    checked.insert(object.name)
                    let positions = members.map { object.keys.firstIndex(of: $0.key) }
                    XCTAssertFalse(positions.contains(nil), "\(path): a key the table does not have, in \(members.map(\.key))")
                    let known = positions.compactMap { $0 }
                    XCTAssertEqual(known, known.sorted(), "\(path): keys \(members.map(\.key)) not in the table's order \(object.keys)")
                }
                for member in members { walk(member.value, path: path.isEmpty ? member.key : path + "." + member.key) }
            case .array(let items):
                for item in items { walk(item, path: path + "[]") }
            default: break
            }
        }
        walk(written, path: "")
        XCTAssertEqual(checked, Set(RoadmapFormat.all.map(\.name)), "every kind of object is in the fixture and was checked")
    }

    // MARK: - The schema follows the table

    func testTheSchemaListsEachObjectsFieldsInTheTablesOrderAndRefusesOthers() throws {
        let schema = try schema()
        for object in RoadmapFormat.all {
            let node = try XCTUnwrap(schema.at(object.schemaPointer), "\(object.name): no schema at \(object.schemaPointer)")
            let properties = node["properties"]?.keys ?? []
            XCTAssertEqual(properties, object.fields, "\(object.name): the schema's properties at \(object.schemaPointer)")
            var required: [String] = []
            if case .array(let items)? = node["required"] {
                required = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            }
            XCTAssertEqual(required, object.required, "\(object.name): the schema's required properties")
            XCTAssertEqual(node["unevaluatedProperties"], .bool(false), "\(object.name): the schema must refuse other properties")
            XCTAssertEqual(node["$ref"] == .string("#/$defs/provenance"), object.carriesProvenance, "\(object.name): provenance")
        }
        XCTAssertEqual(schema.at("/$defs/provenance/properties")?.keys, RoadmapFormat.provenanceKeys)
        // Every object of the schema is in the table, or free-form, or the provenance mixin.
        let tabled = Set(RoadmapFormat.all.map(\.schemaPointer))
        for (path, pointer) in Self.schemaPaths(schema).objects where !tabled.contains(pointer) {
            let freeForm = RoadmapFormat.freeForm.contains { pointer.hasPrefix($0) } || pointer == "/$defs/namedElement"
            XCTAssertTrue(freeForm, "\(path) (\(pointer)) is an object of the schema that RoadmapFormat does not describe")
            if freeForm { XCTAssertEqual(schema.at(pointer)?["unevaluatedProperties"], .bool(false), "\(pointer) must refuse other properties") }
        }
    }

    // MARK: - Fuzz dictionary

    func testEveryKeyOfTheSchemaIsInTheFuzzDictionary() throws {
        let dictionary = try String(contentsOf: RuleFixtures.packageRoot.appendingPathComponent("fuzz/roadmap.dict"), encoding: .utf8)
        let keys = Set(Self.schemaPaths(try schema()).properties.map { String($0.split(separator: ".").last!).replacingOccurrences(of: "[]", with: "") })
        XCTAssertTrue(keys.contains("strength"))
        for key in keys.sorted() {
            XCTAssertTrue(dictionary.contains("=\"\\x22\(key)\\x22:\"\n"), "fuzz/roadmap.dict has no entry for the key \"\(key)\"")
        }
    }
}

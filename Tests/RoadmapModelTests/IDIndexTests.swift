import XCTest
@testable import RoadmapModel

/// `IDIndex` is a table of its own (open addressing over a seeded hash of the bytes): compared
/// here with a Dictionary keyed by the ids' bytes, on ids of every length around the eight-byte
/// words the hash reads, repeated, empty, in other scripts and canonically equivalent, through
/// every growth of the table.
final class IDIndexTests: XCTestCase {
    func testTheTableAgreesWithADictionaryOfTheBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = "abcdefghij-0123456789".map(String.init) + ["é", "e\u{301}", "数", "🇨🇦", "K", "\u{212A}"]
        for round in 0..<40 {
            var index = round % 2 == 0 ? IDIndex() : IDIndex(capacity: Int.random(in: 0...300, using: &generator))
            var reference: [[UInt8]: Int] = [:]
            for i in 0..<Int.random(in: 0...3000, using: &generator) {
                // Few letters and short lengths, so that ids come back often.
                let letters = round % 3 == 0 ? 3 : alphabet.count
                let id: String = (0..<Int.random(in: 0...17, using: &generator)).map { _ in alphabet[Int.random(in: 0..<letters, using: &generator)] }.joined()
                let inserted = index.insert(id, at: i)
                XCTAssertEqual(inserted, reference[Array(id.utf8)], id.debugDescription)
                if inserted == nil { reference[Array(id.utf8)] = i }
                let probe = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] + id
                XCTAssertEqual(index[probe], reference[Array(probe.utf8)], probe.debugDescription)
            }
            XCTAssertEqual(index.count, reference.count)
            for (bytes, i) in reference { XCTAssertEqual(index[String(decoding: bytes, as: UTF8.self)], i) }
        }
    }

    /// Ids that differ in one byte, at every place of every word, hash apart.
    func testIdsThatDifferInOneByteHashApart() {
        for length in 1...40 {
            let base = Array(repeating: UInt8(ascii: "a"), count: length)
            var hashes = Set<UInt64>()
            for place in 0..<length {
                var bytes = base
                bytes[place] = UInt8(ascii: "b")
                hashes.insert(bytes.withUnsafeBufferPointer { IDIndex.hash($0) })
            }
            hashes.insert(base.withUnsafeBufferPointer { IDIndex.hash($0) })
            XCTAssertEqual(hashes.count, length + 1, "length \(length)")
        }
        // The length is part of the hash: a zero byte at the end is not the shorter id.
        XCTAssertNotEqual([UInt8(97)].withUnsafeBufferPointer { IDIndex.hash($0) }, [UInt8(97), 0].withUnsafeBufferPointer { IDIndex.hash($0) })
    }
}

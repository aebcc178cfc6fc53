/// Turns byte offsets into 1-based lines and columns (columns count characters, not bytes).
///
/// One sweep over the file up to the last offset asked for, with the offsets visited in order:
/// the cost is the file's size plus the findings (and sorting them), whatever the layout. A
/// minified file is a single line, and locating each finding from the start of its line cost
/// findings × file size.
enum LineIndex {
    static func locations(of offsets: [Int?], in bytes: [UInt8]) -> [(line: Int, column: Int)?] {
        bytes.withUnsafeBufferPointer { locations(of: offsets, in: $0) }
    }

    static func locations(of offsets: [Int?], in bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, column: Int)?] {
        var result = [(line: Int, column: Int)?](repeating: nil, count: offsets.count)
        let order = offsets.indices.filter { offsets[$0] != nil }.sorted { offsets[$0]! < offsets[$1]! }
        var line = 1, column = 1, position = 0
        for k in order {
            let end = min(max(0, offsets[k]!), bytes.count)
            while position < end {
                let byte = bytes[position]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
            result[k] = (line, column)
        }
        return result
    }
}

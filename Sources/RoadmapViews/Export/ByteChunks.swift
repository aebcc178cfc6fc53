/// The exports build their output in a buffer and hand it to their sink whenever it has grown
/// past a chunk, so that an export of a hundred thousand activities is never held whole.
extension Array where Element == UInt8 {
    /// About what a pipe or a file takes in one write.
    static let exportChunk = 1 << 16

    /// Hands the buffer to `sink` and empties it, once it holds at least `limit` bytes.
    mutating func flush(over limit: Int = exportChunk, to sink: ([UInt8]) throws -> Void) rethrows {
        guard count >= limit, count > 0 else { return }
        try sink(self)
        removeAll(keepingCapacity: true)
    }

    mutating func append(_ text: String) { append(contentsOf: text.utf8) }
}

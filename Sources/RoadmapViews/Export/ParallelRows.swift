import Dispatch
import RoadmapModel

/// The rows of a large export written on every processor (`ParallelBatches`, as the JSON
/// export's are): rows cut into slices, a batch of slices written at the same time, each into a
/// buffer of its own, and the buffers handed to the sink in order while the next batch is
/// written. So the bytes are those of writing the rows one after the other, and the memory is
/// two batches', not the export's.
enum ParallelRows {
    /// Rows per slice: a few hundred kilobytes of CSV or XML, and enough work per slice that
    /// handing slices out costs nothing measurable.
    static let sliceRows = 256

    /// Rows from which a large export is written on every processor.
    static let parallelFrom = 2048

    /// Slices drawn at a time for `count` rows: one when there are few, else four for each
    /// processor (up to four), so that a slice that takes longer than the others keeps one
    /// processor busy while the others take the next ones, and the processors wait for each
    /// other once every few slices rather than after each — with a slice a processor, they sat
    /// idle for a third of the text export of long names.
    static func slices(_ count: Int) -> Int {
        let processors = min(4, ProcessorCount.available)
        return count >= parallelFrom && processors > 1 ? 4 * processors : 1
    }

    /// Calls `render` on every row of `0..<count` and hands what it wrote to `sink`, in order.
    static func write(count: Int, to sink: ([UInt8]) throws -> Void,
                      render: @escaping @Sendable (_ row: Int, _ out: inout [UInt8]) -> Void) rethrows {
        let slices = slices(count)
        guard slices > 1 else {
            var out: [UInt8] = []
            out.reserveCapacity(Array.exportChunk)
            for row in 0..<count {
                render(row, &out)
                try out.flush(to: sink)
            }
            return try sink(out)
        }
        try ParallelBatches.write(count: count, rowsPerSlice: sliceRows, slices: slices, to: sink) { rows, out in
            for row in rows { render(row, &out) }
        }
    }

    /// `parallelFrom` for texts to wrap: every processor for a few thousand of them, or for a
    /// few hundred kilobytes however few they are (a thousand names of 2,000 characters).
    static func parallelFrom<Texts: Collection<String>>(texts: Texts) -> Int {
        var bytes = 0
        for text in texts {
            bytes += text.utf8.count
            if bytes >= 1 << 18 { return 2 }
        }
        return parallelFrom
    }

    /// `transform` of every index of `0..<count`, in order: on every processor when there are
    /// at least `parallelFrom`, in contiguous slices (`slices`).
    static func map<T: Sendable>(count: Int, parallelFrom: Int = ParallelRows.parallelFrom, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let processors = min(4, ProcessorCount.available)
        let slices = count >= parallelFrom && processors > 1 ? 4 * processors : 1
        guard slices > 1 else { return (0..<count).map(transform) }
        // Each result made in its place in the array, not in an array of optionals copied after.
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = SendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                for k in count * slice / slices..<count * (slice + 1) / slices { (slots.slots.baseAddress! + k).initialize(to: transform(k)) }
            }
            initialized = count
        }
    }
}

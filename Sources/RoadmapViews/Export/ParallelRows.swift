import Dispatch
import RoadmapModel

/// The rows of a large export written on every processor, as the JSON export's are: rows are
/// cut into slices, a batch of slices written at the same time, each into a buffer of its own,
/// and the buffers handed to the sink in order while the next batch is written. So the bytes
/// are those of writing the rows one after the other, and the memory is two batches', not the
/// export's.
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
        try writeRanges(count: count, rowsPerSlice: sliceRows, slices: slices, to: sink) { rows, out in
            for row in rows { render(row, &out) }
        }
    }

    /// Calls `render` on consecutive ranges of `rowsPerSlice` rows of `0..<count`, `slices` of
    /// them at a time, each into a buffer of its own, and hands the buffers to `sink` in order.
    static func writeRanges(count: Int, rowsPerSlice: Int, slices: Int, to sink: ([UInt8]) throws -> Void,
                            render: @escaping @Sendable (_ rows: Range<Int>, _ out: inout [UInt8]) -> Void) rethrows {
        let step = max(1, rowsPerSlice), slices = max(1, slices)
        guard count > 0 else { return }
        let batch = step * slices
        let batches = (count + batch - 1) / batch
        /// The slices of batch `b` (the last may have fewer).
        @Sendable func used(_ b: Int) -> Int { min(slices, (count - b * batch + step - 1) / step) }
        // Two sets of buffers, reused batch after batch (their capacity stays): the next batch
        // is drawn into one while the sink writes the other. Writing a batch and then drawing
        // the next left the processors idle while the file took tens of megabytes.
        var buffers = [[UInt8]](repeating: [], count: 2 * slices)
        try buffers.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableSlots(buffer)
            let draw: @Sendable (Int) -> Void = { b in
                let lower = b * batch
                let work: @Sendable (Int) -> Void = { slice in
                    let start = lower + slice * step
                    let slot = (b % 2) * slices + slice
                    var out = slots.slots[slot]
                    slots.slots[slot] = []
                    out.removeAll(keepingCapacity: true)
                    render(start..<min(count, start + step), &out)
                    slots.slots[slot] = out
                }
                if used(b) == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: used(b), execute: work) }
            }
            draw(0)
            for b in 0..<batches {
                let group = DispatchGroup()
                if b + 1 < batches { DispatchQueue.global().async(group: group) { draw(b + 1) } }
                // The next batch is finished before this one's buffers are drawn into again,
                // and before returning, even when the sink fails.
                defer { group.wait() }
                for slice in 0..<used(b) where !slots.slots[(b % 2) * slices + slice].isEmpty {
                    try sink(slots.slots[(b % 2) * slices + slice])
                }
            }
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

import Dispatch
import RoadmapModel

/// The rows of a large export written on every processor, as the JSON export's are: rows are
/// cut into slices, as many slices as processors written at the same time, each into a buffer
/// of its own, and the buffers handed to the sink in order before the next slices. So the bytes
/// are those of writing the rows one after the other, and the memory is a few slices', not the
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
        var first = 0
        var parts = [[UInt8]](repeating: [], count: slices)
        while first < count {
            let lower = first
            let used = min(slices, (count - lower + step - 1) / step)
            parts.withUnsafeMutableBufferPointer { buffer in
                let slots = SendableSlots(buffer)
                let work: @Sendable (Int) -> Void = { slice in
                    let start = lower + slice * step
                    // The slot's buffer is reused batch after batch: its capacity stays.
                    var out = slots.slots[slice]
                    slots.slots[slice] = []
                    out.removeAll(keepingCapacity: true)
                    render(start..<min(count, start + step), &out)
                    slots.slots[slice] = out
                }
                if used == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: used, execute: work) }
            }
            for part in parts.prefix(used) where !part.isEmpty { try sink(part) }
            first = min(count, lower + used * step)
        }
    }

    /// `transform` of every index of `0..<count`, in order: on every processor when there are
    /// at least `parallelFrom`, in contiguous slices (`slices`).
    static func map<T: Sendable>(count: Int, parallelFrom: Int = ParallelRows.parallelFrom, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let processors = min(4, ProcessorCount.available)
        let slices = count >= parallelFrom && processors > 1 ? 4 * processors : 1
        guard slices > 1 else { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                for k in count * slice / slices..<count * (slice + 1) / slices { slots.slots[k] = transform(k) }
            }
        }
        return results.map { $0.unsafelyUnwrapped }
    }
}

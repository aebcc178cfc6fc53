import Dispatch

/// Rows written on every processor and handed over in order: consecutive ranges of rows
/// rendered a batch of slices at a time, each slice into a buffer of its own, and the buffers
/// handed to the sink in order while the next batch is rendered. So the bytes are those of
/// writing the rows one after the other, and the memory is two batches', not the whole
/// output's. The text, CSV, SVG, HTML and MS Project exports write their rows this way
/// (`ParallelRows`), and so does the JSON export (`ScheduleJSON.write`).
public enum ParallelBatches {
    /// Calls `render` on consecutive ranges of `rowsPerSlice` rows of `0..<count`, `slices` of
    /// them at a time, each into a buffer of its own, and hands the buffers to `sink` in order.
    public static func write(count: Int, rowsPerSlice: Int, slices: Int, to sink: ([UInt8]) throws -> Void,
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

}

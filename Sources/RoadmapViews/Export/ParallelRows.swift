import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of a large export written on every processor, as the JSON export's are: a batch of
/// rows is cut into slices, each slice written into a buffer of its own at the same time, and
/// the buffers handed to the sink in order before the next batch. So the bytes are those of
/// writing the rows one after the other, and the memory is one batch's, not the export's.
enum ParallelRows {
    /// Rows per batch: a few megabytes of XML.
    static let batch = 8192

    static var processors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Calls `render` on every row of `0..<count` and hands what it wrote to `sink`, in order.
    static func write(count: Int, to sink: ([UInt8]) throws -> Void,
                      render: @escaping @Sendable (_ row: Int, _ out: inout [UInt8]) -> Void) throws {
        let slices = count >= 2048 ? min(4, processors) : 1
        var first = 0
        while first < count {
            let end = min(count, first + batch)
            if slices == 1 {
                var out: [UInt8] = []
                out.reserveCapacity(Array.exportChunk)
                for row in first..<end {
                    render(row, &out)
                    try out.flush(to: sink)
                }
                try sink(out)
            } else {
                let lower = first, size = end - first
                var parts = [[UInt8]](repeating: [], count: slices)
                parts.withUnsafeMutableBufferPointer { buffer in
                    let slots = Slots(buffer)
                    DispatchQueue.concurrentPerform(iterations: slices) { slice in
                        var out: [UInt8] = []
                        out.reserveCapacity(size / slices * 1024)
                        for row in lower + size * slice / slices..<lower + size * (slice + 1) / slices { render(row, &out) }
                        slots.buffer[slice] = out
                    }
                }
                for part in parts where !part.isEmpty { try sink(part) }
            }
            first = end
        }
    }

    /// Each slice writes its own slot, never another's.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[UInt8]>
        init(_ buffer: UnsafeMutableBufferPointer<[UInt8]>) { self.buffer = buffer }
    }
}

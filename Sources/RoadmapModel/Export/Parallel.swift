import Dispatch

/// Work split between the processors where its parts are independent, so that the result is
/// the same as doing them one after the other. Small work stays on this processor: starting
/// another costs more than it saves.
public enum Parallel {
    /// `body` over consecutive ranges of `0..<count`, on every processor; each call must write
    /// only what belongs to its own range.
    public static func ranges(count: Int, smallest: Int = 16_384, _ body: @Sendable (Range<Int>) -> Void) {
        let processors = ProcessorCount.available
        guard count >= 2 * smallest, processors > 1 else {
            if count > 0 { body(0..<count) }
            return
        }
        // A few ranges a processor, so that one slowed down by the machine does not hold the rest.
        let ranges = min(4 * processors, count / smallest)
        let size = (count + ranges - 1) / ranges
        DispatchQueue.concurrentPerform(iterations: ranges) { k in
            let lower = k * size
            if lower < count { body(lower..<min(count, lower + size)) }
        }
    }

    /// `first` here and `second` on another processor, when `worthIt`; both results.
    public static func both<A, B>(worthIt: Bool, _ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        guard worthIt, ProcessorCount.available > 1 else { return (first(), second()) }
        let other = Result<B>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            other.value = second()
            done.signal()
        }
        let a = first()
        done.wait()
        return (a, other.value!)
    }

    /// Written by one processor, read by the other once it has signalled.
    private final class Result<B>: @unchecked Sendable {
        var value: B?
    }
}

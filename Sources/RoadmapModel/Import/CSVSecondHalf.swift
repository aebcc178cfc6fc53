import Dispatch
import Synchronization

/// The rows of a long sheet from about its middle, read on another processor while the reading
/// in order reads the first half: the way a long JSON list is read (`SecondHalf`). A row may
/// hold line breaks in quotes, so where a row starts in the middle is guessed (after a line
/// feed). When the reading in order reaches the guess at a row's start, the other processor's
/// rows are the ones it would have read, and are taken; when it passes the guess (a line feed
/// in quotes), they are thrown away. The other processor stops at the first row with an error
/// (and leaves that row to the reading in order, which says the error with everything it read
/// before); its rows are taken only if their status date agrees with the first half's.
/// Either way the tasks, the messages and their order are those of one reading from the start:
/// CSVSplitTests guesses every byte of a file in turn.
final class CSVSecondHalf: @unchecked Sendable {
    /// The guessed start of a row: where the reading in order takes over the results.
    let start: Int
    private let tasks = MovableElements<ImportedTask>()
    private var diagnostics: [Diagnostic] = []
    private var state = CSVRows.State()
    /// After the last row read: where the reading in order goes on.
    private(set) var resumeAt: Int
    private(set) var resumeLine = 1
    /// Set when the reading in order went past `start` without a row starting there.
    private let abandoned = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    /// The other processor's reading, from `forced` when told, otherwise from the first line
    /// after the middle of what follows the header (`headerEnd`) in a sheet of a megabyte or
    /// more (below, starting it costs more than it saves: the same bound as a JSON list's).
    static func start(_ bytes: [UInt8], after headerEnd: Int, rows: CSVRows, at forced: Int?) -> CSVSecondHalf? {
        if let forced {
            guard forced >= headerEnd, forced < bytes.count else { return nil }
            return CSVSecondHalf(bytes, start: forced, rows: rows)
        }
        guard bytes.count - headerEnd >= ListSplit.smallestList else { return nil }
        var p = headerEnd + (bytes.count - headerEnd) / 2
        while p < bytes.count, bytes[p] != 0x0A { p += 1 }
        guard p + 1 < bytes.count else { return nil }
        return CSVSecondHalf(bytes, start: p + 1, rows: rows)
    }

    private init(_ bytes: [UInt8], start: Int, rows: CSVRows) {
        self.start = start
        resumeAt = start
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let line = CSVRecords.line(at: start, in: bytes)
            var records = CSVRecords(bytes, from: start, line: line)
            // Local until the end: the class's properties are checked for exclusive access at
            // each use.
            var diagnostics: [Diagnostic] = [], state = CSVRows.State()
            var resume = (at: start, line: line)
            defer {
                (self.diagnostics, self.state, resumeAt, resumeLine) = (diagnostics, state, resume.at, resume.line)
                done.signal()
            }
            while !abandoned.load(ordering: .relaxed) {
                let next: CSVRecords.Record?
                do { next = try records.next() } catch { return } // a syntax error: left to the reading in order
                guard let record = next else {
                    resume = (records.position, records.line)
                    return
                }
                let before = (count: diagnostics.count, state: state)
                switch rows.read(record, diagnostics: &diagnostics, state: &state) {
                case .task(let task): tasks.append(task)
                case .blank: break
                case .failed:
                    // The row's error and warnings are the reading in order's to say.
                    diagnostics.removeSubrange(before.count...)
                    state = before.state
                    return
                }
                resume = (records.position, records.line)
            }
        }
    }

    /// Waits for the other processor; `abandon` first asks it to stop at its next row. Called
    /// before the reading returns, whatever became of the guess.
    func finish(abandon: Bool) {
        if abandon { abandoned.store(true, ordering: .relaxed) }
        guard !waited else { return }
        done.wait()
        waited = true
    }

    /// Whether the rows read agree with the first half's status date (`state`): a second half
    /// with another one fails at its first row with a date, which the reading in order says.
    func agrees(with state: CSVRows.State) -> Bool {
        state.statusDate == nil || self.state.statusDate == nil || state.statusDate == self.state.statusDate
    }

    /// Moves the rows read, their messages and their status date into the reading in order's.
    func move(into plan: inout ImportedPlan, state: inout CSVRows.State) {
        plan.diagnostics += diagnostics
        diagnostics = []
        tasks.move(appendingTo: &plan.tasks)
        if let date = self.state.statusDate {
            state.statusDate = state.statusDate ?? date
            state.statusDateLine = self.state.statusDateLine
        }
    }
}

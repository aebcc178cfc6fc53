/// A task's Start or Finish as MSPDI writes it, `2017-04-01T00:00:00`, kept to the second so
/// that the finish can be read as the writer meant it.
///
/// A plan counts time in instants: TaskJuggler (its `export` report, `formats mspxml`) writes
/// the end of a task that works through the last day of March as `2017-04-01T00:00:00`, the
/// instant the task is over, where MS Project writes the last working day at 17:00. A finish at
/// midnight, after the start, is the end of the day before — and so of the month before when it
/// is the first of a month: the roadmap keeps months, and that task ends in March. A finish at
/// midnight equal to its start is a task of no length (a milestone) on that day.
struct MSPDIDate: Comparable {
    let month: Month
    /// 1–31, or 0 when the value gives only the month (`2017-04`).
    let day: Int
    /// Seconds since midnight, or nil when the value gives no time.
    let second: Int?

    /// Reads `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss…]` (anything after the seconds,
    /// such as a fraction or a zone, is not read). Nil for anything else.
    init?(_ value: String) {
        let bytes = Array(value.utf8)
        guard bytes.count >= 7, let month = Month(String(decoding: bytes[0..<7], as: UTF8.self)) else { return nil }
        self.month = month
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var n = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                n = n * 10 + Int(byte - 0x30)
            }
            return n
        }
        if bytes.count == 7 {
            day = 0
            second = nil
            return
        }
        guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...31).contains(day) else { return nil }
        self.day = day
        guard bytes.count > 10 else {
            second = nil
            return
        }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let hours = number(11..<13), bytes.count >= 16,
              bytes[13] == UInt8(ascii: ":"), let minutes = number(14..<16), hours <= 24, minutes < 60 else { return nil }
        var seconds = 0
        if bytes.count >= 19, bytes[16] == UInt8(ascii: ":") {
            guard let s = number(17..<19), s < 61 else { return nil }
            seconds = s
        }
        second = hours * 3600 + minutes * 60 + seconds
    }

    static func < (a: MSPDIDate, b: MSPDIDate) -> Bool {
        (a.month.ordinal, a.day, a.second ?? 0) < (b.month.ordinal, b.day, b.second ?? 0)
    }

    /// The month a finish falls in: that of the day before when it is midnight after `start`.
    func finishMonth(after start: MSPDIDate?) -> Month {
        guard second == 0, day == 1, let start, start < self else { return month }
        return month + -1
    }
}

import RoadmapModel

/// The calendar an MS Project file needs and a roadmap does not have: a roadmap counts whole
/// months, MS Project counts working time. The export uses MS Project's own standard calendar
/// (Monday to Friday, 08:00–12:00 and 13:00–17:00, no holidays, since a roadmap records none),
/// so that a month of work runs from the first working day of the month at 08:00 to the last
/// working day of its last month at 17:00.
enum WorkingCalendar {
    static let minutesPerDay = 480
    static let daysPerMonth = 20

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian, any year).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int { ((dayNumber + 3) % 7 + 7) % 7 }

    /// The first weekday of `month`, as a day of the month.
    static func firstWorkingDay(_ month: Month) -> Int {
        let first = dayNumber(year: month.year, month: month.month, day: 1)
        switch weekday(first) {
        case 5: return 3
        case 6: return 2
        default: return 1
        }
    }

    /// The last weekday of `month`, as a day of the month.
    static func lastWorkingDay(_ month: Month) -> Int {
        let days = daysIn(year: month.year, month: month.month)
        let last = dayNumber(year: month.year, month: month.month, day: days)
        switch weekday(last) {
        case 5: return days - 1
        case 6: return days - 2
        default: return days
        }
    }

    /// Weekdays from the first of `first` to the end of `last`, both months included.
    static func workingDays(from first: Month, through last: Month) -> Int {
        guard first <= last else { return 0 }
        let start = dayNumber(year: first.year, month: first.month, day: 1)
        let end = dayNumber(year: last.year, month: last.month, day: daysIn(year: last.year, month: last.month)) + 1
        return weekdays(before: end) - weekdays(before: start)
    }

    /// Weekdays from a fixed Monday up to, not including, `day`.
    private static func weekdays(before day: Int) -> Int {
        let fromMonday = day + 3  // 1969-12-29, a Monday, is day -3
        let weeks = fromMonday >= 0 ? fromMonday / 7 : (fromMonday - 6) / 7
        return weeks * 5 + min(5, fromMonday - weeks * 7)
    }

    /// "2016-10-03T08:00:00": the first working day of `month` at 08:00.
    static func appendStart(_ month: Month, to out: inout [UInt8]) {
        appendDate(month, day: firstWorkingDay(month), time: "T08:00:00", to: &out)
    }

    /// The last working day of `month` at 17:00.
    static func appendFinish(_ month: Month, to out: inout [UInt8]) {
        appendDate(month, day: lastWorkingDay(month), time: "T17:00:00", to: &out)
    }

    private static func appendDate(_ month: Month, day: Int, time: StaticString, to out: inout [UInt8]) {
        out.padded(month.year, width: 4)
        out.append(UInt8(ascii: "-"))
        out.padded(month.month, width: 2)
        out.append(UInt8(ascii: "-"))
        out.padded(day, width: 2)
        time.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

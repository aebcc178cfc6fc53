/// A calendar month, the unit of every date in a roadmap ("YYYY-MM" in the file).
/// Stored as a month count since year 0 so that spans and offsets are plain subtraction.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (0...9999).contains(year) else { return nil }
        ordinal = year * 12 + (month - 1)
    }

    /// Parses exactly "YYYY-MM" (four digits, a hyphen, two digits from 01 to 12).
    public init?(_ text: String) {
        // Digit by digit, nothing allocated: an import parses two months a row (perf).
        var year = 0, month = 0, count = 0
        for byte in text.utf8 {
            count += 1
            if count == 5 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= 48, byte <= 57, count <= 7 else { return nil }
            if count <= 4 { year = year * 10 + Int(byte - 48) } else { month = month * 10 + Int(byte - 48) }
        }
        guard count == 7 else { return nil }
        self.init(year: year, month: month)
    }

    public var year: Int { ordinal / 12 }
    /// 1 to 12.
    public var month: Int { ordinal % 12 + 1 }

    public var description: String {
        // Years of four digits (every year a roadmap may hold) written digit by digit: the
        // exports write months in every row, and four Strings a month were 3 % of the HTML
        // export's time on 20,000 activities.
        let y = year, m = month
        if y >= 0 && y <= 9999 && m >= 1 {
            return String(unsafeUninitializedCapacity: 7) { bytes in
                bytes[0] = UInt8(0x30 + y / 1000)
                bytes[1] = UInt8(0x30 + y / 100 % 10)
                bytes[2] = UInt8(0x30 + y / 10 % 10)
                bytes[3] = UInt8(0x30 + y % 10)
                bytes[4] = 0x2D
                bytes[5] = UInt8(0x30 + m / 10)
                bytes[6] = UInt8(0x30 + m % 10)
                return 7
            }
        }
        let digits = String(year)
        let twoDigits = m < 10 ? "0\(m)" : String(m)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + twoDigits
    }

    public static func < (a: Month, b: Month) -> Bool { a.ordinal < b.ordinal }
    public static func + (a: Month, months: Int) -> Month { Month(ordinal: a.ordinal + months) }
    public static func - (a: Month, b: Month) -> Int { a.ordinal - b.ordinal }
}

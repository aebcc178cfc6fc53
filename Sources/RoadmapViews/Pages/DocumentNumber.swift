/// A number from the free-form parts of the document (the future-state overview), written for
/// a reader. The file's text of the number is not kept by the decoder, so this is the closest
/// faithful form of the value: a whole number as its digits, anything else in the shortest
/// form that reads back as the same value (`0.25`, `1e+300`). Any number the JSON grammar
/// allows is accepted, so nothing here may trap: `Int(exactly:)` rather than `Int(_:)`, which
/// dies on 1e300, and a word for the infinities that a literal such as 1e999 becomes.
enum DocumentNumber {
    static func text(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        if let whole = Int(exactly: value) { return String(whole) }
        return "\(value)"
    }
}

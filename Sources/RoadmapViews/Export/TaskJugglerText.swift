import RoadmapModel

/// How a roadmap's names and ids are written in a TaskJuggler 3 project file, by the rules of
/// TaskJuggler's own scanner (ProjectFileScanner.rb in tj3 3.7.1):
///
/// - A string is in double quotes; the only escape is `\"` for a quote. A backslash is kept as
///   it is anywhere else — but one right before the closing quote would escape it, so a name
///   that ends with a backslash cannot be written at all.
/// - Inside a string, `${name…}` calls a macro and `$(NAME)` reads an environment variable,
///   with no way to write either literally: a name holding one cannot be written either.
/// - Control characters never reach any export (`Sanitized.text`): a line break in a name is
///   written as its picture ␊, as in every other format.
/// - An id is `[a-zA-Z_][a-zA-Z0-9_]*`: a roadmap id (`a-z`, `0-9`, single hyphens) is written
///   with `_` for each `-`, and with a leading `_` when it starts with a digit. Roadmap ids have
///   no `_`, so the mapping goes both ways and two ids never meet, and an id with a capital
///   letter (`StartBounds`) can never be an activity's or an area's.
/// - Years run from 1970 to 2035 (TjTime.rb refuses any other).
enum TaskJugglerText {
    static let firstYear = 1970
    static let lastYear = 2035

    /// `"text"`, sanitized, with each `"` written `\"`. Check `problem` first.
    static func quoted(_ raw: String) -> String {
        var out = "\""
        for character in Sanitized.text(raw) {
            if character == "\"" { out += "\\\"" } else { out.append(character) }
        }
        return out + "\""
    }

    /// Why TaskJuggler would not read `raw` back as written; nil when it would.
    static func problem(_ raw: String) -> LocalizedText? {
        let text = Array(Sanitized.text(raw).unicodeScalars)
        if text.last == "\\" {
            return LocalizedText(
                fr: "il finit par une barre oblique inverse (\\), que TaskJuggler lit comme l’échappement du guillemet qui ferme la chaîne, sans moyen de l’écrire autrement",
                en: "it ends with a backslash (\\), which TaskJuggler reads as escaping the closing quote, with no other way to write it")
        }
        for k in text.indices where text[k] == "$" && k + 1 < text.count {
            if text[k + 1] == "{" {
                // `${`, spaces, an optional `?`, then a name: a macro call (the scanner's rule).
                var j = k + 2
                while j < text.count, text[j] == " " || text[j] == "\t" { j += 1 }
                if j < text.count, text[j] == "?" { j += 1 }
                if j < text.count, isNameStart(text[j]) {
                    return LocalizedText(
                        fr: "il contient « ${\(String(String.UnicodeScalarView(text[(k + 2)...j])))… », que TaskJuggler lit comme l’appel d’une macro, sans moyen de l’écrire autrement",
                        en: "it holds “${\(String(String.UnicodeScalarView(text[(k + 2)...j])))…”, which TaskJuggler reads as a macro call, with no other way to write it")
                }
            } else if text[k + 1] == "(" {
                // `$(NAME)`, NAME in capitals, digits and underscores: an environment variable.
                var j = k + 2
                guard j < text.count, isCapitalNameStart(text[j]) else { continue }
                while j < text.count, isCapitalNameStart(text[j]) || ("0"..."9").contains(text[j]) { j += 1 }
                if j < text.count, text[j] == ")" {
                    let variable = String(String.UnicodeScalarView(text[k...j]))
                    return LocalizedText(
                        fr: "il contient « \(variable) », que TaskJuggler remplace par la variable d’environnement, sans moyen de l’écrire autrement",
                        en: "it holds “\(variable)”, which TaskJuggler replaces with that environment variable, with no other way to write it")
                }
            }
        }
        return nil
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isCapitalNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// The TaskJuggler id of a roadmap id: `cloud-architecture` → `cloud_architecture`,
    /// `2017-plan` → `_2017_plan`.
    static func identifier(_ id: String) -> String {
        var out = id.first.map { $0.isNumber ? "_" : "" } ?? "_"
        for character in id { out.append(character == "-" ? "_" : character) }
        return out
    }

    /// The first day of `month` at midnight, as TaskJuggler writes a date: `2016-10-01`.
    static func date(_ month: Month) -> String {
        var out: [UInt8] = []
        out.padded(month.year, width: 4)
        out.append(contentsOf: Array("-".utf8))
        out.padded(month.month, width: 2)
        out.append(contentsOf: Array("-01".utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether TaskJuggler can hold a date in `month` (its years are 1970–2035).
    static func holds(_ month: Month) -> Bool { (firstYear...lastYear).contains(month.year) }

    /// Calendar days from the first of `from` to the first of `to` (TaskJuggler's `d` of a
    /// `duration` or a `gapduration` is a calendar day: 24 hours in UTC).
    static func days(from: Month, to: Month) -> Int {
        WorkingCalendar.dayNumber(year: to.year, month: to.month, day: 1) - WorkingCalendar.dayNumber(year: from.year, month: from.month, day: 1)
    }
}

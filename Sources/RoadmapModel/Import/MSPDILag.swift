/// A link's lag as MSPDI writes it — tenths of a minute, with the unit it was entered in
/// (LagFormat) — in the whole months of a roadmap. Working units count the project's working
/// time (MinutesPerDay × DaysPerMonth to the month, 480 × 20 by default); elapsed units count
/// the calendar (30 days of 24 hours to the month).
struct MSPDILag {
    let months: Int
    /// Set when rounding changed the value: what the file said and what it became.
    let roundingNote: LocalizedText?

    init(tenthsOfMinutes: Double, format: Int, minutesPerDay: Double, daysPerMonth: Double) {
        // Estimated formats (a "?" in MS Project) are the plain ones plus 32.
        let unit = format > 32 ? format - 32 : format
        let shown = Int(max(-1e15, min(1e15, tenthsOfMinutes)))
        if unit == 19 || unit == 20 {
            months = 0
            roundingNote = tenthsOfMinutes == 0 ? nil : LocalizedText(
                fr: "Un décalage en pourcentage de la tâche précédente (LinkLag \(shown)) : la feuille de route n’en a pas, compté 0 mois.",
                en: "A lag in percent of the predecessor (LinkLag \(shown)): the roadmap has none, counted as 0 months.")
            return
        }
        let elapsed = [4, 6, 8, 10, 12].contains(unit)
        let minutesPerMonth = elapsed ? 30 * 24 * 60 : minutesPerDay * daysPerMonth
        let exact = tenthsOfMinutes / 10 / minutesPerMonth
        let rounded = exact.rounded(.toNearestOrAwayFromZero)
        // Far beyond any calendar: kept finite for the month arithmetic, the validator judges it.
        months = Int(max(-1_000_000, min(1_000_000, rounded)))
        if abs(rounded - exact) > 1e-9 {
            let said = (exact * 100).rounded() / 100
            roundingNote = LocalizedText(
                fr: "Un décalage de \(said) mois dans le fichier (LinkLag \(shown), LagFormat \(format)), arrondi à \(months) mois.",
                en: "A lag of \(said) months in the file (LinkLag \(shown), LagFormat \(format)), rounded to \(months) month\(abs(months) == 1 ? "" : "s").")
        } else {
            roundingNote = nil
        }
    }
}

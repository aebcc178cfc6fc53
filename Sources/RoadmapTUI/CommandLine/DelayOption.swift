import Foundation
import RoadmapModel

/// `--delay ID=MONTHS`, the what-if of the command line, read the same way by `schedule`,
/// `export` and the explorer's starting view. The bound keeps month arithmetic far from
/// overflow whatever a user types.
enum DelayOption {
    struct DelayError: Error { let message: String }

    /// `ID=MONTHS` items, checked against the roadmap; months add up when an id repeats.
    static func parse(_ items: [String], activityIndex: (String) -> Int?) -> Result<[(activity: Int, months: Int)], DelayError> {
        var result: [(activity: Int, months: Int)] = []
        for item in items {
            let shown = "--delay \"\(Sanitized.inline(item))\""
            guard let equals = item.firstIndex(of: "=") else {
                return .failure(DelayError(message: "\(shown): expected ID=MONTHS, e.g. --delay propose=2 (a missing '=')"))
            }
            let id = String(item[..<equals]).trimmingCharacters(in: .whitespaces)
            let monthsText = String(item[item.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { return .failure(DelayError(message: "\(shown): the activity id before '=' is missing")) }
            guard let months = Int(monthsText) else {
                return .failure(DelayError(message: "\(shown): \"\(Sanitized.inline(monthsText))\" is not a whole number of months"))
            }
            // The same bound as a scenario file's delays.
            let bound = Scenario.monthsBound
            guard (-bound...bound).contains(months) else {
                return .failure(DelayError(message: "\(shown): \(months) months is too far; at most \(bound) either way"))
            }
            guard let activity = activityIndex(id) else {
                return .failure(DelayError(message: "\(shown): no activity has the id \"\(Sanitized.inline(id))\""))
            }
            if let k = result.firstIndex(where: { $0.activity == activity }) {
                result[k].months += months
            } else {
                result.append((activity, months))
            }
        }
        return .success(result)
    }

    /// The months of each activity, as the schedule takes them: one what-if for all the flags.
    static func byActivity(_ delays: [(activity: Int, months: Int)]) -> [Int: Int] {
        var months: [Int: Int] = [:]
        for (activity, delay) in delays { months[activity, default: 0] += delay }
        return months
    }
}

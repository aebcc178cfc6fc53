import XCTest
@testable import RoadmapModel

/// Builds small roadmaps for the schedule tests: months are offsets from January 2020, the
/// timeline's first month, so that `start: 3` is 2020-04.
struct PlanBuilder {
    static let origin = Month(year: 2020, month: 1)!

    var activities: [Activity] = []
    var dependencies: [Dependency] = []
    var teams: [TaskTeam] = []

    mutating func activity(_ id: String, start: Int = 0, duration: Int, team: String? = nil) {
        activities.append(Activity(id: id, name: LocalizedText(fr: "Activité \(id)", en: "Activity \(id)"),
                                   area: "area", role: "Pr", team: team,
                                   start: Self.origin + start, finish: Self.origin + (start + duration - 1)))
    }

    mutating func depend(_ from: String, _ to: String, _ type: Dependency.Kind = .FS, lag: Int = 0, inferred: Bool = false) {
        dependencies.append(Dependency(from: from, to: to, type: type, lag: lag,
                                       provenance: inferred ? Provenance(source: .inferred, note: LocalizedText("a reading")) : .seed))
    }

    mutating func team(_ id: String) {
        teams.append(TaskTeam(id: id, name: LocalizedText(fr: "Équipe \(id)", en: "Team \(id)"), role: "Pr"))
    }

    var roadmap: Roadmap {
        Roadmap(meta: Meta(title: LocalizedText("Plan"), timeline: Timeline(start: Self.origin, finish: Self.origin + 119)),
                roles: [Role(id: "Pr", name: LocalizedText(fr: "Promoteur", en: "Promoter"))],
                areas: [AreaOfInterest(id: "area", name: LocalizedText("Area"))],
                teams: teams, activities: activities, dependencies: dependencies)
    }

    /// The plan validated (a plan the validator refuses fails the test with its findings)
    /// and scheduled.
    func scheduled(delays: [Int: Int] = [:], statedOnly: Bool = false) throws -> ScheduledRoadmap {
        ScheduledRoadmap(try ValidatedRoadmap(validating: roadmap), delays: delays, statedOnly: statedOnly)
    }
}

extension ScheduledRoadmap {
    func index(_ id: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        guard let i = activityIndex[id] else {
            XCTFail("no activity \(id)", file: file, line: line)
            return 0
        }
        return i
    }

    /// ES, EF, LS, LF (offsets; finishes exclusive), total float, free float of an activity.
    func dates(_ id: String) -> [Int] {
        let s = schedule, i = index(id)
        return [s.earlyStart[i], s.earlyFinish[i], s.lateStart[i], s.lateFinish[i], s.totalFloat[i], s.freeFloat[i]]
    }

    func ids(_ indices: [Int]) -> [String] { indices.map { roadmap.activities[$0].id } }

    /// The listed critical chains, by ids (none when they are too many to list).
    var chainIDs: [[String]] { (criticalNetwork.chains ?? []).map(ids) }
}

import RoadmapModel
import RoadmapViews

extension ViewOptions {
    /// The version `--baseline` names, loaded as any roadmap is (a bad file gives the same
    /// located errors as `validate`, exit 1), matched to the current roadmap by id.
    func baselineVersion(for current: ValidatedRoadmap) throws -> BaselineVersion? {
        guard let baseline else { return nil }
        let source = RoadmapSource.resolve(baseline, use: "--baseline")
        let old = try source.loadOrExit()
        return BaselineVersion(name: source.displayName, old: ScheduledRoadmap(old), current: current)
    }

    /// What the explorer and `export` open: the roadmap (with `--scenario`'s, checked), the view
    /// state the flags describe, and the schedule with the what-ifs and the `--baseline` version.
    /// Every problem exits as `ScenarioOption.loadOrExit` and `resolve` say; `timing` logs the
    /// steps of opening (`ROADMAP_TIMING`).
    func open(file: String?, command: String, preferences: Preferences, timing: TimingLog? = nil) throws -> (source: RoadmapSource, state: ViewState, scheduled: ScheduledRoadmap) {
        let (source, loaded, scenario) = try ScenarioOption.loadOrExit(file: file, scenario: whatIf.scenario, command: command)
        timing?.step("loaded")
        let (state, delays) = try resolve(loaded, preferences: preferences, scenario: scenario)
        let scheduled = ScheduledRoadmap(loaded, delays: delays, statedOnly: whatIf.statedOnly, baselineVersion: try baselineVersion(for: loaded))
        timing?.step("scheduled")
        return (source, state, scheduled)
    }
}

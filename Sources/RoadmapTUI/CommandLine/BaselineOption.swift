import RoadmapModel

extension ViewOptions {
    /// The version `--baseline` names, loaded as any roadmap is (a bad file gives the same
    /// located errors as `validate`, exit 1), matched to the current roadmap by id.
    func baselineVersion(for current: ValidatedRoadmap) throws -> BaselineVersion? {
        guard let baseline else { return nil }
        let source = RoadmapSource.resolve(baseline)
        let old = try source.loadOrExit()
        return BaselineVersion(name: source.displayName, old: ScheduledRoadmap(old), current: current)
    }
}

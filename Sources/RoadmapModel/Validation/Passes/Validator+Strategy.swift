/// `strategy`: outcome ids, horizon ids, and the result boxes' horizons and count.
extension ValidationState {
    mutating func checkStrategy() {
        guard let strategy = roadmap.strategy else { return }
        for (i, outcome) in strategy.outcomes.enumerated() {
            findings.follows(.id, outcome.id, .element("strategy.outcomes", i, "id"), id: Sanitized.inline(outcome.id))
        }
        let horizonIDs = uniqueIDs(strategy.horizons.map(\.id), list: "strategy.horizons", pattern: .id)
        let knownHorizons = Known(strategy.horizons.map(\.id))
        for (i, box) in strategy.resultBoxes.enumerated() {
            if let horizon = box.horizon {
                findings.resolve(.id, horizon, in: horizonIDs, .element("strategy.resultBoxes", i, "horizon"), id: nil,
                                 .resultBoxHorizon, unknown: "unknown horizon \"\(Sanitized.inline(horizon))\"\(knownHorizons.suffix)")
            }
        }
        if strategy.resultBoxes.count > strategy.immediateResults.count {
            findings.error(.resultBoxCount, .element("strategy.resultBoxes", strategy.immediateResults.count),
                           "there are \(strategy.resultBoxes.count) result boxes described but only \(strategy.immediateResults.count) in strategy.immediateResults: box i describes immediateResults[i]")
        }
    }
}

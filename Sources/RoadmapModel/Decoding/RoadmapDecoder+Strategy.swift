/// `strategy`: the strategic framework, its outcomes, horizons and result boxes.
extension RoadmapDecoder {
    mutating func decodeStrategy() throws(JSONSyntaxError) -> Strategy? {
        guard try expectObject(.named("strategy")) else { return nil }
        var strategy = Strategy()
        try reader.beginObject()
        var first = true
        while let key = try reader.nextKey(&first) {
            let path = DataLocation.named("strategy").member(key)
            switch key {
            case "vision": strategy.vision = try localized(path)
            case "callToAction": strategy.callToAction = try localized(path)
            case "objective": strategy.objective = try localized(path)
            case "immediateResults": strategy.immediateResults = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            case "outcomes":
                strategy.outcomes = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                    var outcome = Strategy.Outcome(id: "", name: LocalizedText(""))
                    try d.fields(p(), RoadmapFormat.outcome) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                        switch key {
                        case "id": outcome.id = try d.identifier(p().member("id")) ?? ""
                        case "name": outcome.name = try d.localized(p().member("name")) ?? LocalizedText("")
                        case "description": outcome.description = try d.localized(p().member("description"))
                        default: return try d.provenanceField(key, p(), &outcome.provenance)
                        }
                        return true
                    }
                    return outcome
                } ?? []
            case "horizons":
                strategy.horizons = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in
                    var horizon = Strategy.Horizon(id: "", name: LocalizedText(""))
                    try d.fields(p(), RoadmapFormat.horizon) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
                        switch key {
                        case "id": horizon.id = try d.identifier(p().member("id")) ?? ""
                        case "name": horizon.name = try d.localized(p().member("name")) ?? LocalizedText("")
                        case "span": horizon.span = try d.localized(p().member("span"))
                        case "description": horizon.description = try d.localized(p().member("description"))
                        default: return try d.provenanceField(key, p(), &horizon.provenance)
                        }
                        return true
                    }
                    return horizon
                } ?? []
            case "futureState": strategy.futureState = try documentNode(path, depth: 0)
            case "immediateResultsNote": strategy.immediateResultsNote = try localized(path)
            case "initiativesHeading": strategy.initiativesHeading = try localized(path)
            case "variants": strategy.variants = try decodeVariants(path)
            case "posterLabels": strategy.posterLabels = try decodePosterLabels(path)
            case "resultBoxes":
                strategy.resultBoxes = try list(path) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.decodeResultBox(p) } ?? []
            default:
                if try !provenanceField(key, DataLocation.named("strategy"), &strategy.provenance) {
                    try unknownKey(key, of: RoadmapFormat.strategy, .named("strategy"))
                }
            }
        }
        return strategy
    }

    mutating func decodeVariants(_ path: DataLocation) throws(JSONSyntaxError) -> Strategy.Variants {
        var variants = Strategy.Variants()
        try fields(path, RoadmapFormat.variants) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "vision": variants.vision = try d.localized(path.member("vision"))
            case "callToAction": variants.callToAction = try d.localized(path.member("callToAction"))
            case "note": variants.note = try d.localized(path.member("note"))
            default: return false
            }
            return true
        }
        return variants
    }

    mutating func decodePosterLabels(_ path: DataLocation) throws(JSONSyntaxError) -> Strategy.PosterLabels {
        var labels = Strategy.PosterLabels()
        try fields(path, RoadmapFormat.posterLabels) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "labels": labels.labels = try d.list(path.member("labels")) { (d: inout RoadmapDecoder, p) throws(JSONSyntaxError) in try d.localized(p()) ?? LocalizedText("") } ?? []
            default: return try d.provenanceField(key, path, &labels.provenance)
            }
            return true
        }
        return labels
    }

    mutating func decodeResultBox(_ path: Path) throws(JSONSyntaxError) -> Strategy.ResultBox {
        var box = Strategy.ResultBox()
        try fields(path(), RoadmapFormat.resultBox) { (d: inout RoadmapDecoder, key) throws(JSONSyntaxError) in
            switch key {
            case "horizon": box.horizon = try d.optionalIdentifier(path().member("horizon"))
            case "textBlock": box.textBlock = try d.optionalInteger(path().member("textBlock"), range: 1...1_000_000)
            default: return try d.provenanceField(key, path(), &box.provenance)
            }
            return true
        }
        return box
    }
}

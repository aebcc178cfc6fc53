/// The scenario file format, written so that reading it back gives the same `Scenario`:
///
///     {
///       "scenarioVersion": 1,
///       "name": "Cloud slips a quarter",
///       "roadmap": "roadmap.json",            optional, relative to the scenario's folder
///       "delays": {"cloud-architecture": 3},  months by activity id, in this order
///       "note": "…"                           optional
///     }
///
/// Strings are written exactly (`.exact`), as the roadmap file writer does: a scenario is data
/// to be read back, not a display.
public enum ScenarioJSON {
    public static func bytes(_ scenario: Scenario) -> [UInt8] {
        var out = JSONBytes(mode: .exact, reservingCapacity: 256 + scenario.delays.count * 48)
        out.raw("{\n  ")
        out.key("scenarioVersion"); out.int(Scenario.version); out.raw(",\n  ")
        out.key("name"); out.string(scenario.name); out.raw(",\n  ")
        if let roadmap = scenario.roadmap {
            out.key("roadmap"); out.string(roadmap); out.raw(",\n  ")
        }
        out.key("delays")
        if scenario.delays.isEmpty {
            out.raw("{}")
        } else {
            out.byte(UInt8(ascii: "{"))
            for (k, delay) in scenario.delays.enumerated() {
                out.raw(k == 0 ? "\n    " : ",\n    ")
                out.dataKey(delay.activity)
                out.int(delay.months)
            }
            out.raw("\n  }")
        }
        if let note = scenario.note {
            out.raw(",\n  ")
            out.key("note"); out.string(note)
        }
        out.raw("\n}\n")
        return out.bytes
    }
}

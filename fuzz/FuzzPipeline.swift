import RoadmapModel
import RoadmapViews
#if !ROADMAP_FUZZER
// In the regression test the explorer comes from the executable; the fuzz build compiles its
// pure files into the harness itself (scripts/fuzz.sh).
@testable import RoadmapTUI
#endif

/// Everything a roadmap file reaches, on one input: load (decode and validate, or import an
/// MS Project XML or CSV plan), schedule, a
/// what-if, every view in both languages in every export format, and the explorer driven by
/// keys. The libFuzzer harness runs it on each input and FuzzRegressionTests on each committed
/// crash, so a crash found is replayed by the very same code.
///
/// An input is a roadmap file, optionally followed by a NUL byte and the knobs: bytes that
/// choose the width, the delay, the filters and the keys. A NUL cannot occur in a valid JSON
/// file, so the knobs never make a valid file invalid; without them, the choices come from a
/// hash of the file, so that every mutation of a plain file also varies them.
///
/// Besides crashes it checks what must hold whatever the file says, and traps when it does not:
/// a file is usable exactly when it has no error, every location is a real line and column,
/// the roadmap written back loads again, a delay undone gives the schedule back, and no export
/// carries a control character or invalid UTF-8, nor a text line wider than the width.
enum FuzzPipeline {
    static func run(_ input: [UInt8]) {
        let split = input.lastIndex(of: 0) ?? input.endIndex
        let document = Array(input[..<split])
        var knobs = Knobs(bytes: input[min(split + 1, input.endIndex)...], seed: fnv1a(input))

        guard let scheduled = load(document) else { return }
        let roadmap = scheduled.roadmap
        require(RoadmapLoader.load(bytes: RoadmapJSON.bytes(roadmap)).roadmap != nil, "the roadmap written back does not load")
        checkSchedule(scheduled)
        checkSchedule(scheduled.statedOnly(true))

        let width = knobs.width()
        var what = scheduled
        if !roadmap.activities.isEmpty {
            let activity = knobs.int(upTo: roadmap.activities.count - 1)
            let months = knobs.int(upTo: 2400) - 1200  // the bound of --delay
            what = scheduled.delaying(activity, by: months)
            let back = what.delaying(activity, by: -months)
            require(back.schedule.earlyStart == scheduled.schedule.earlyStart && back.schedule.lateStart == scheduled.schedule.lateStart,
                    "a delay and its opposite do not give the schedule back")
            _ = ScheduleChange(from: scheduled.schedule, to: what.schedule)
            checkSchedule(what)
        }

        let filter = knobs.filter(for: roadmap)
        let selected = roadmap.activities.isEmpty || knobs.bool() ? nil : knobs.int(upTo: roadmap.activities.count - 1)
        for view in ViewKind.allCases {
            for language in [Language.fr, .en] {
                let state = ViewState(view: view, language: language, filter: filter, selectedActivity: selected)
                // PNG and PDF are the SVG drawn by a program outside this one (rsvg-convert).
                for format in ExportFormat.allCases where !format.isRenderedPicture {
                    // A format the view has no meaning in is refused, and only those; values a
                    // format cannot carry (a TaskJuggler name, a year) are refused with their places.
                    let bytes: [UInt8]
                    do {
                        bytes = try Exporter.render(what, state, format: format, width: width)
                    } catch let refusal as ExportDataRefusal {
                        require(format == .tjp && refusal.format == format && !refusal.problems.isEmpty && refusal.problems.allSatisfy(\.isError),
                                "\(view) \(format) refused its data without saying where")
                        continue
                    } catch {
                        require(Exporter.refusal(of: format, for: view) != nil, "\(view) \(format) failed without a refusal")
                        continue
                    }
                    require(Exporter.formats(of: view).contains(format), "\(view) exported \(format), which it refuses")
                    checkExport(bytes, format: format, width: width, "\(view) \(language) \(format)")
                }
            }
        }
        if let selected {
            for language in [Language.fr, .en] { _ = DetailsPage.make(what, activity: selected, language: language, width: width).lines }
        }

        explore(scheduled, &knobs)
    }

    /// The loader's and the schedule's API, in one place: the usable roadmap scheduled, or nil.
    /// As every command does, an MS Project XML or CSV plan goes through the import instead.
    private static func load(_ document: [UInt8]) -> ScheduledRoadmap? {
        let loaded = PlanImport.loadAnyFormat(bytes: document, fileName: "fuzz")
        for diagnostic in loaded.diagnostics {
            require(!diagnostic.message.isEmpty, "a diagnostic without a message")
            require((diagnostic.line ?? 1) >= 1 && (diagnostic.column ?? 1) >= 1, "a diagnostic at line \(diagnostic.line ?? 0), column \(diagnostic.column ?? 0)")
            _ = diagnostic.formatted(file: "fuzz.json")
        }
        require((loaded.roadmap == nil) == loaded.diagnostics.contains(where: \.isError), "usable and in error disagree")
        guard let validated = loaded.validated else { return nil }
        return ScheduledRoadmap(validated)
    }

    private static func checkSchedule(_ scheduled: ScheduledRoadmap) {
        let s = scheduled.schedule
        for i in 0..<s.activityCount {
            // Work finished or under way (a file with progress) keeps what happened: its dates
            // span that, not its duration, and may begin before its plan.
            if s.progress.map({ $0.state[i] == .notStarted }) ?? true {
                require(s.earlyFinish[i] - s.earlyStart[i] == s.duration[i], "activity \(i): early dates do not span its duration")
                require(s.earlyStart[i] >= s.plannedStart[i], "activity \(i) starts before its planned start")
            }
            require(s.totalFloat[i] >= 0 && s.freeFloat[i] >= 0 && s.freeFloat[i] <= s.totalFloat[i], "activity \(i): floats \(s.totalFloat[i]), \(s.freeFloat[i])")
            require(s.earlyFinish[i] <= s.projectFinish, "activity \(i) ends after the project")
        }
        _ = scheduled.criticalPathIDs
        _ = scheduled.teamCriticalPathIDs
        // Every → of a chain is a dependency that binds; each chain ends at the finish; the
        // segments hold every critical activity once.
        let network = scheduled.criticalNetwork
        for chain in network.chains ?? [] {
            for (p, q) in zip(chain, chain.dropFirst()) {
                require(scheduled.graph.successors(of: p).contains { s.binding[$0] && scheduled.graph.edges[$0].to == q },
                        "chain step \(p) → \(q) is no binding dependency")
            }
            require(chain.last.map { s.earlyFinish[$0] == s.projectFinish } ?? false, "a chain that does not end at the finish")
        }
        require(network.segments.reduce(0) { $0 + $1.activities.count } == s.criticalPath.count, "segments do not hold the critical activities")
    }

    /// Untrusted names must not reach a terminal or a spreadsheet as control characters.
    private static func checkExport(_ bytes: [UInt8], format: ExportFormat, width: Int, _ what: String) {
        guard let text = String(validating: bytes, as: UTF8.self) else { fail("\(what): the export is not valid UTF-8") }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x0A || (v == 0x0D && format == .csv)
            require(allowed || !(v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)),
                    "\(what): U+\(String(v, radix: 16, uppercase: true)) in the export")
        }
        if format == .text {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                require(TextWidth.of(String(line)) <= width, "\(what): a line of \(TextWidth.of(String(line))) columns at width \(width)")
            }
        }
    }

    /// The explorer as a person drives it: a terminal size, then keys, each followed by a redraw.
    private static func explore(_ scheduled: ScheduledRoadmap, _ knobs: inout Knobs) {
        let language: Language = knobs.bool() ? .fr : .en
        var explorer = Explorer(scheduled: scheduled, state: ViewState(language: language),
                                width: 1 + knobs.int(upTo: 199), height: 1 + knobs.int(upTo: 59))
        _ = ScreenComposer.compose(explorer)
        for _ in 0..<knobs.int(upTo: 40) {
            let key = knobs.key()
            // An export effect would write a file; the harness only checks the state gets there.
            if explorer.handle(key) == .quit { break }
            let screen = ScreenComposer.compose(explorer)
            require(screen.width == explorer.width && screen.height == explorer.height, "the screen is not the terminal's size")
        }
    }

    private static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail(message()) }
    }

    private static func fail(_ message: String) -> Never {
        fatalError("fuzz invariant: \(message)")
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// The choices of one run, read from the knob bytes and, once they run out, from a generator
/// seeded by the input's hash.
struct Knobs {
    private var bytes: ArraySlice<UInt8>
    private var state: UInt64

    init(bytes: ArraySlice<UInt8>, seed: UInt64) {
        self.bytes = bytes
        state = seed
    }

    mutating func byte() -> UInt8 {
        if let byte = bytes.popFirst() { return byte }
        // SplitMix64: every bit of the seed reaches every output.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    /// 0...limit, from two bytes.
    mutating func int(upTo limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        let raw = Int(byte()) | Int(byte()) << 8
        return raw % (limit + 1)
    }

    /// Any width `export --width` accepts (20...1000), mostly narrow ones: a wide page runs the
    /// same code as a narrow one, at up to fifty times the cost.
    mutating func width() -> Int {
        byte() < 16 ? 20 + int(upTo: 980) : 20 + int(upTo: 140)
    }

    mutating func filter(for roadmap: Roadmap) -> ActivityFilter {
        var filter = ActivityFilter()
        let choice = byte()
        if choice & 1 != 0, !roadmap.roles.isEmpty { filter.roles = [roadmap.roles[int(upTo: roadmap.roles.count - 1)].id] }
        if choice & 2 != 0, !roadmap.areas.isEmpty { filter.areas = [roadmap.areas[int(upTo: roadmap.areas.count - 1)].id] }
        if choice & 4 != 0, !roadmap.teams.isEmpty { filter.teams = [roadmap.teams[int(upTo: roadmap.teams.count - 1)].id] }
        if choice & 8 != 0 { filter.status = bool() ? .new : .ongoing }
        filter.criticalOnly = choice & 16 != 0
        if choice & 32 != 0 { filter.search = search(in: roadmap) }
        return filter
    }

    /// Either a piece of an activity's name, so that searches find something, or raw bytes.
    private mutating func search(in roadmap: Roadmap) -> String {
        if bool(), !roadmap.activities.isEmpty {
            let name = Array(roadmap.activities[int(upTo: roadmap.activities.count - 1)].name[bool() ? .fr : .en])
            guard !name.isEmpty else { return "" }
            let start = int(upTo: name.count - 1)
            return String(name[start..<min(name.count, start + 1 + int(upTo: 8))])
        }
        var raw: [UInt8] = []
        for _ in 0..<int(upTo: 12) { raw.append(byte()) }
        return String(decoding: raw, as: UTF8.self)
    }

    /// A key a person could press: mostly the table's, sometimes a resize, a click, a wheel, or
    /// any character (typed into a prompt).
    mutating func key() -> Key {
        let choice = byte()
        switch choice {
        case 0..<200:
            let keys = ActionTable.all.flatMap(\.keys)
            return keys[Int(choice) % keys.count]
        case 200..<210: return [.left, .right, .backspace, .delete, .enter, .escape, .wheelUp, .wheelDown, .up, .down][Int(choice) - 200]
        case 210..<215: return .resize(width: int(upTo: 300), height: int(upTo: 120))
        case 215..<225: return .click(x: int(upTo: 300), y: int(upTo: 120))
        default:
            let scalar = Unicode.Scalar(UInt32(int(upTo: 0x2FFFF))) ?? "?"
            return .character(Character(scalar))
        }
    }
}

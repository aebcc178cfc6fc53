import ArgumentParser
import RoadmapModel
import RoadmapSynthetic
import RoadmapViews

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure every step on synthetic roadmaps of every shape (build in release first).",
        discussion: """
        Run it from a release build, or the numbers mean nothing: \
        `swift run -c release roadmap bench`. For each profile (the shapes real files have: \
        clean, minified, warnings, minified-warnings, many-teams, fan-in, long-names, \
        deep-chain; see `roadmap generate --profile`) and each size, generates the roadmap, \
        writes the file with `roadmap generate` and runs `roadmap export` on it as a user would, \
        as JSON and as text, each in a process of its own, reading its wall time and peak \
        memory (up to 20,000 activities, the best of three rounds that alternate the formats, \
        so that a busy moment on the machine costs them alike); then times loading (decode, validate, locate findings), the \
        schedule, the JSON export and the text export (width 160) in this process, the best \
        of several runs. It then checks the goals: no profile costs more than 1.5 times the \
        clean file of the same size (the same activities, or per megabyte where the profile's \
        file is larger), and the text export's peak memory stays within 1.5 times the JSON \
        export's. \
        It also runs `roadmap export --format msproject`, `--format svg`, `--format html`, \
        `--format markdown` and `--format csv` the same way, and holds each of them and the text \
        export to within 2 times the JSON export's time (issues 12 and 21); it times the first \
        four in this process too, shown beside them; and, for the \
        clean roadmap up to 20,000 activities, `--format png` and `--format pdf`, whose time is \
        mostly rsvg-convert's drawing (shown against the JSON export's, not held to the goal: \
        the renderer is another program). Last, it imports the clean roadmap written as CSV and \
        as MS Project XML, against its JSON export's time (goal: within 2 times), and schedules the \
        clean roadmap with made-up progress (`roadmap generate --progress`) against the same \
        roadmap without (goal: within 1.2 times). Exit status 1 when a goal is missed.
        """
    )

    @Option(help: "The sizes to measure, separated by commas.")
    var activities: String = "10000,100000"

    @Option(help: "The profiles to measure, separated by commas (default: all).")
    var profiles: String = SyntheticProfile.allCases.map(\.rawValue).joined(separator: ",")

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Flag(help: "Measure only `roadmap diff` (two versions of the clean roadmap at each size).")
    var diffOnly = false

    @Flag(help: "Measure only the schedule with progress against the plain one (the clean roadmap at each size).")
    var progressOnly = false

    /// How much more a profile may cost than the clean file, and the text export's memory than
    /// the JSON export's: the goals of issue 8.
    static let costGoal = 1.5
    static let memoryGoal = 1.5
    /// How much longer the MS Project, SVG, HTML and Markdown exports may take than the JSON
    /// export (issues 12 and 21).
    static let interchangeGoal = 2.0
    /// How much longer an import may take than the JSON export of the same roadmap (issue 12).
    static let importGoal = 2.0
    /// How much longer the schedule of a roadmap with progress may take than the same
    /// roadmap's without (issue 25).
    static let progressGoal = 1.2

    func run() throws {
        let sizes = try parseSizes()
        let chosen = try parseProfiles()
        // Started now, while this process is small: the commands it starts count their own
        // peak memory, not this process's (ChildProcess).
        if BenchSpawner.shared == nil { print(BenchSpawner.note) }
        #if DEBUG
        print("warning: a debug build; measure with `swift run -c release roadmap bench`")
        #endif
        if progressOnly {
            var missed: [String] = []
            for n in sizes { try measureProgress(n, missed: &missed) }
            for line in missed { print("goal missed: " + line) }
            if !missed.isEmpty { throw ExitCode(1) }
            return
        }
        if diffOnly {
            let missed = try DiffBench.report(sizes: sizes, seed: seed)
            for line in missed { print("goal missed: " + line) }
            if !missed.isEmpty { throw ExitCode(1) }
            return
        }
        let executable = ChildProcess.currentExecutable
        // The commands first, then the roadmaps measured in this process. A child's peak
        // memory, as the kernel counts it, includes the memory of the process that started it
        // (its address space until exec): the spawner (BenchSpawner), started while this
        // process was small, starts them all, the imports too, which come after.
        var rows: [[Row]] = []
        for n in sizes {
            rows.append(try chosen.map { profile in
                var row = Row()
                try measureCommands(profile, n, executable: executable, into: &row)
                return row
            })
        }
        var missed: [String] = []
        for (k, n) in sizes.enumerated() {
            for j in chosen.indices { try measureInProcess(chosen[j], n, into: &rows[k][j]) }
            print("\n\(n) activities (seed \(seed))")
            print("profile             file MB  load ms  schedule ms  json ms  text ms   total ms  × clean  ×/MB | json s  json MB  text s  text MB  text/json MB")
            let clean = rows[k][0]
            for (profile, row) in zip(chosen, rows[k]) {
                let ratio = row.total / max(clean.total, 0.001)
                let perMB = ratio * clean.fileMB / max(row.fileMB, 0.001)
                let memory = row.textProcess.peakMB / max(row.jsonProcess.peakMB, 0.001)
                print(pad(profile.rawValue, 18, left: true) + "  " + pad(fixed(row.fileMB, 1), 7) + "  " + pad(fixed(row.load, 1), 7)
                      + "  " + pad(fixed(row.schedule, 1), 11) + "  " + pad(fixed(row.json, 1), 7) + "  " + pad(fixed(row.text, 1), 7)
                      + "  " + pad(fixed(row.total, 1), 9) + "  " + pad(fixed(ratio, 2), 7) + "  " + pad(fixed(perMB, 2), 4)
                      + " | " + pad(fixed(row.jsonProcess.seconds, 2), 6) + "  " + pad(fixed(row.jsonProcess.peakMB, 0), 7)
                      + "  " + pad(fixed(row.textProcess.seconds, 2), 6) + "  " + pad(fixed(row.textProcess.peakMB, 0), 7)
                      + "  " + pad(fixed(memory, 2), 12))
                // "The same size" is the same amount of input: a profile whose file is larger
                // for the same activities (long names) is compared per megabyte.
                if min(ratio, perMB) > Self.costGoal { missed.append("\(profile.rawValue) at \(n): \(fixed(min(ratio, perMB), 2)) × the clean file's cost") }
                if memory > Self.memoryGoal { missed.append("\(profile.rawValue) at \(n): the text export takes \(fixed(memory, 2)) × the JSON export's memory") }
            }
            // The goal is on the command a user runs (load, schedule, export, file written), as
            // for JSON; the export step alone is shown beside it, and is slower than JSON's
            // by more (an MSPDI file is 2.2 times the JSON's bytes).
            print("profile             json ms  msproject ms  × json  svg ms  × json  html ms  × json  md ms  × json | json s  msproject s  × json  svg s  × json  html s  × json  md s  × json  text s  × json  csv s  × json")
            for (profile, row) in zip(chosen, rows[k]) {
                let json = max(row.jsonProcess.seconds, 0.001)
                func inProcess(_ ms: Double) -> String { pad(fixed(ms, 1), 6) + "  " + pad(fixed(ms / max(row.json, 0.001), 2), 6) }
                func command(_ cost: ChildProcess.Cost) -> String { pad(fixed(cost.seconds, 2), 5) + "  " + pad(fixed(cost.seconds / json, 2), 6) }
                print(pad(profile.rawValue, 18, left: true) + "  " + pad(fixed(row.json, 1), 7) + "  " + pad(fixed(row.msproject, 1), 12)
                      + "  " + pad(fixed(row.msproject / max(row.json, 0.001), 2), 6) + "  " + inProcess(row.svg) + "  " + " " + inProcess(row.html)
                      + " " + inProcess(row.markdown)
                      + " | " + pad(fixed(row.jsonProcess.seconds, 2), 6) + "  " + pad(fixed(row.msprojectProcess.seconds, 2), 11)
                      + "  " + pad(fixed(row.msprojectProcess.seconds / json, 2), 6) + "  " + command(row.svgProcess) + "  " + " " + command(row.htmlProcess)
                      + "  " + command(row.markdownProcess) + "   " + command(row.textProcess) + "  " + command(row.csvProcess))
                // Every export a reader pastes is held to the same goal (issue 21): a document
                // of long names costs at most twice the JSON of the same view.
                for (format, cost) in [("msproject", row.msprojectProcess), ("svg", row.svgProcess), ("html", row.htmlProcess), ("markdown", row.markdownProcess),
                                       ("text", row.textProcess), ("csv", row.csvProcess)]
                where cost.seconds / json > Self.interchangeGoal {
                    missed.append("\(profile.rawValue) at \(n): `roadmap export --format \(format)` takes \(fixed(cost.seconds / json, 2)) × the JSON export's time")
                }
            }
            // The rendered pictures, for the clean roadmap where rsvg-convert draws it in seconds.
            if let png = clean.pngProcess, let pdf = clean.pdfProcess {
                let json = max(clean.jsonProcess.seconds, 0.001)
                print("clean, drawn by rsvg-convert: png \(fixed(png.seconds, 2)) s (\(fixed(png.seconds / json, 1)) × json), "
                      + "pdf \(fixed(pdf.seconds, 2)) s (\(fixed(pdf.seconds / json, 1)) × json) — the renderer's time, not held to the goal")
            }
        }
        for (k, n) in sizes.enumerated() {
            try measureImports(n, clean: rows[k][0], executable: executable, missed: &missed)
        }
        for n in sizes { try measureProgress(n, missed: &missed) }
        // In this process, after the commands (see above): its memory would count in theirs.
        missed += try DiffBench.report(sizes: sizes, seed: seed)
        print("")
        if missed.isEmpty {
            print("goals met: every profile within \(fixed(Self.costGoal, 1)) × the clean file's cost (per activity, or per MB where its file is larger), every text export within \(fixed(Self.memoryGoal, 1)) × the JSON export's memory, every export (`--format text`, `csv`, `msproject`, `svg`, `html`, `markdown`) within \(fixed(Self.interchangeGoal, 1)) × the JSON export's time, every import within \(fixed(Self.importGoal, 1)) × the JSON export's time, the schedule with progress within \(fixed(Self.progressGoal, 1)) × the plain one's")
        } else {
            for line in missed { print("goal missed: " + line) }
            throw ExitCode(1)
        }
    }

    struct Row {
        var fileMB = 0.0
        var load = Double.infinity, schedule = Double.infinity, json = Double.infinity, text = Double.infinity
        /// Not in the total: measured against the JSON export, not against the clean file.
        var msproject = Double.infinity, svg = Double.infinity, html = Double.infinity, markdown = Double.infinity
        var msprojectProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        var svgProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        var htmlProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        var markdownProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        var csvProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        /// Measured for the clean roadmap up to `pictureLimit` activities, where rsvg-convert is there.
        var pngProcess: ChildProcess.Cost?
        var pdfProcess: ChildProcess.Cost?
        var total: Double { load + schedule + json + text }
        var jsonProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
        var textProcess = ChildProcess.Cost(seconds: 0, peakMB: 0, status: 0)
    }

    /// `roadmap generate` then `roadmap export` in every format, each in a process of its own:
    /// up to 20,000 activities, three rounds of every format one after the other, the best
    /// time of each (and its highest peak of memory). One run of each, on a machine whose other
    /// processor is busy, moved the ratios to the JSON export by half their value from one
    /// bench to the next; rounds alternate the formats, so that a busy moment costs them alike.
    func measureCommands(_ profile: SyntheticProfile, _ n: Int, executable: String, into row: inout Row) throws {
        let path = try temporaryPath()
        defer { unlink(path) }
        let generate = [executable, "generate", "--profile", profile.rawValue, "--activities", String(n), "--seed", String(seed), "--output", path]
        guard let made = ChildProcess.run(generate), made.status == 0 else { throw failure("`roadmap generate --profile \(profile.rawValue)` failed") }
        // The pictures rsvg-convert draws, where it is installed and the roadmap is one it draws
        // in seconds: once, in the first round (the renderer's time is shown, not held to a goal).
        let pictures = profile == .clean && n <= Self.pictureLimit && RSVGConvert().executable != nil ? ["png", "pdf"] : []
        let rounds = n <= 20_000 ? 3 : 1
        var best: [String: ChildProcess.Cost] = [:]
        for round in 0..<rounds {
            for format in ["json", "text", "msproject", "svg", "html", "markdown", "csv"] + (round == 0 ? pictures : []) {
                // A picture is written to a file: the command refuses to send one to a terminal, and /dev/null is one to it.
                let output = pictures.contains(format) ? path + "." + format : "/dev/null"
                defer { if output != "/dev/null" { unlink(output) } }
                let arguments = [executable, "export", path, "--format", format, "--width", "160", "--lang", "en", "--output", output]
                guard let cost = ChildProcess.run(arguments), cost.status == 0 else {
                    throw failure("`roadmap export --format \(format)` failed on the \(profile.rawValue) roadmap")
                }
                best[format] = best[format].map {
                    ChildProcess.Cost(seconds: min($0.seconds, cost.seconds), peakMB: max($0.peakMB, cost.peakMB), status: cost.status)
                } ?? cost
            }
        }
        for (format, cost) in best {
            switch format {
            case "json": row.jsonProcess = cost
            case "text": row.textProcess = cost
            case "msproject": row.msprojectProcess = cost
            case "svg": row.svgProcess = cost
            case "html": row.htmlProcess = cost
            case "markdown": row.markdownProcess = cost
            case "csv": row.csvProcess = cost
            case "png": row.pngProcess = cost
            default: row.pdfProcess = cost
            }
        }
    }

    /// The largest roadmap whose PNG and PDF are measured: rsvg-convert takes seconds a
    /// thousand rows, and a picture of a hundred thousand rows is no picture anyone draws.
    static let pictureLimit = 20_000

    /// Each step in this process, the best of several runs.
    func measureInProcess(_ profile: SyntheticProfile, _ n: Int, into row: inout Row) throws {
        let bytes = SyntheticRoadmap.bytes(profile.options(activities: n, seed: seed))
        row.fileMB = Double(bytes.count) / 1_048_576
        let runs = n <= 20_000 ? 5 : n <= 200_000 ? 3 : 1
        for _ in 0..<runs {
            var start = monotonicMilliseconds()
            let loaded = RoadmapLoader.load(bytes: bytes)
            guard let validated = loaded.validated else { throw failure("the \(profile.rawValue) roadmap does not load: \(loaded.errors.first.map(String.init(describing:)) ?? "")") }
            row.load = min(row.load, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let scheduled = ScheduledRoadmap(validated)
            row.schedule = min(row.schedule, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            let json = ScheduleJSON.bytes(scheduled, language: .en)
            row.json = min(row.json, monotonicMilliseconds() - start)

            start = monotonicMilliseconds()
            // Streamed to a sink that only counts, as the command streams to its file.
            var textBytes = 0
            try Exporter.write(scheduled, ViewState(), format: .text, width: 160) { textBytes += $0.count }
            row.text = min(row.text, monotonicMilliseconds() - start)

            // The exports held against the JSON export's time, each timed alone.
            let interchange: [(ExportFormat, WritableKeyPath<Row, Double>)] = [
                (.msproject, \.msproject), (.svg, \.svg), (.html, \.html), (.markdown, \.markdown),
            ]
            for (format, best) in interchange {
                var exported = 0
                start = monotonicMilliseconds()
                try Exporter.write(scheduled, ViewState(language: .en), format: format, width: 160) { exported += $0.count }
                row[keyPath: best] = min(row[keyPath: best], monotonicMilliseconds() - start)
                guard exported > 0 else { throw failure("an empty \(format.name(.en)) export") }
            }
            guard !json.isEmpty, textBytes > 0 else { throw failure("an empty export") }
        }
    }

    /// `roadmap import` of the clean roadmap written as CSV and as MS Project XML, against
    /// `roadmap export --format json` of the same roadmap (the goal of issue 12): each command in
    /// a process of its own, and in this process the import (read, build, validate) against
    /// what the export does (load, schedule, write the JSON).
    func measureImports(_ n: Int, clean: Row, executable: String, missed: inout [String]) throws {
        let roadmap = SyntheticRoadmap.make(SyntheticProfile.clean.options(activities: n, seed: seed))
        let exportMilliseconds = clean.load + clean.schedule + clean.json
        print("\nimport of \(n) activities (the clean roadmap) against its JSON export: \(fixed(clean.jsonProcess.seconds, 2)) s "
              + "as a command, \(fixed(exportMilliseconds, 1)) ms in process (load, schedule, JSON)")
        print("format          file MB  import ms  × export | import s  import MB  × export")
        for (name, format, bytes) in [("csv", ImportedPlan.Format.csv, BenchImportFiles.csv(roadmap)),
                                      ("msproject", .msproject, BenchImportFiles.mspdi(roadmap))] {
            var best = Double.infinity
            for _ in 0..<(n <= 20_000 ? 5 : n <= 200_000 ? 3 : 1) {
                let start = monotonicMilliseconds()
                let result = PlanImport.load(bytes: bytes, format: format, options: ImportOptions(fileName: "bench." + name))
                best = min(best, monotonicMilliseconds() - start)
                guard let validated = result.validated, validated.roadmap.activities.count == n else {
                    throw failure("the \(name) import of \(n) activities failed: \(result.errors.first.map(String.init(describing:)) ?? "wrong count")")
                }
            }
            let path = try temporaryPath()
            defer { unlink(path) }
            try OutputFile.writeAtomically(bytes, to: path)
            guard let cost = ChildProcess.run([executable, "import", path, "--output", "/dev/null"]), cost.status == 0 else {
                throw failure("`roadmap import` failed on the \(name) file")
            }
            let ratio = best / max(exportMilliseconds, 0.001)
            let processRatio = cost.seconds / max(clean.jsonProcess.seconds, 0.001)
            print(pad(name, 14, left: true) + "  " + pad(fixed(Double(bytes.count) / 1_048_576, 1), 7) + "  " + pad(fixed(best, 1), 9)
                  + "  " + pad(fixed(ratio, 2), 8) + " | " + pad(fixed(cost.seconds, 2), 8) + "  " + pad(fixed(cost.peakMB, 0), 9)
                  + "  " + pad(fixed(processRatio, 2), 8))
            if processRatio > Self.importGoal { missed.append("\(name) import at \(n): \(fixed(processRatio, 2)) × the JSON export's time") }
        }
    }

    /// The schedule of the clean roadmap against the same roadmap with progress (a status
    /// date, work finished, under way and behind: `roadmap generate --progress`), in this
    /// process, the best of several runs each, taken in turns so that neither gets the warmer
    /// caches.
    func measureProgress(_ n: Int, missed: inout [String]) throws {
        var options = SyntheticProfile.clean.options(activities: n, seed: seed)
        let plain = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options))
        options.progress = true
        let tracked = RoadmapLoader.load(bytes: SyntheticRoadmap.bytes(options))
        guard let plainRoadmap = plain.validated, let trackedRoadmap = tracked.validated else {
            throw failure("the roadmap with progress does not load: \(tracked.errors.first.map(String.init(describing:)) ?? "")")
        }
        var bestPlain = Double.infinity, bestTracked = Double.infinity
        var behind = 0
        for _ in 0..<(n <= 20_000 ? 7 : n <= 200_000 ? 5 : 2) {
            var start = monotonicMilliseconds()
            let a = ScheduledRoadmap(plainRoadmap)
            bestPlain = min(bestPlain, monotonicMilliseconds() - start)
            start = monotonicMilliseconds()
            let b = ScheduledRoadmap(trackedRoadmap)
            bestTracked = min(bestTracked, monotonicMilliseconds() - start)
            guard a.schedule.progress == nil, b.hasProgress else { throw failure("the progress schedule was not made") }
            behind = b.behindCount
        }
        let started = trackedRoadmap.roadmap.activities.lazy.filter { $0.actualStart != nil }.count
        let ratio = bestTracked / max(bestPlain, 0.001)
        print("\nschedule with progress at \(n) activities (status date \(trackedRoadmap.roadmap.statusDate.map(\.description) ?? "–"), "
              + "\(started) started, \(behind) behind): \(fixed(bestTracked, 1)) ms against \(fixed(bestPlain, 1)) ms without, "
              + "\(fixed(ratio, 2)) × (goal: within \(fixed(Self.progressGoal, 1)) ×)")
        if ratio > Self.progressGoal {
            missed.append("the schedule with progress at \(n): \(fixed(ratio, 2)) × the plain schedule's time")
        }
    }

    private func parseSizes() throws -> [Int] {
        var sizes: [Int] = []
        for part in activities.split(separator: ",") {
            guard let n = Int(part.filter { $0 != " " }), n > 0, n <= 10_000_000 else {
                throw failure("--activities \"\(Sanitized.inline(activities))\": expected sizes such as 10000,100000")
            }
            sizes.append(n)
        }
        return sizes
    }

    private func parseProfiles() throws -> [SyntheticProfile] {
        var chosen: [SyntheticProfile] = []
        for part in profiles.split(separator: ",") {
            guard let profile = SyntheticProfile(rawValue: part.trimmingCharacters(in: " ")) else {
                let known = SyntheticProfile.allCases.map(\.rawValue).joined(separator: ", ")
                throw failure("--profiles: unknown profile \"\(Sanitized.inline(String(part)))\" (known: \(known))")
            }
            chosen.append(profile)
        }
        // The ratios are against the clean file: measure it first, whatever was asked.
        return [.clean] + chosen.filter { $0 != .clean }
    }

    /// A fresh path in /tmp for a generated roadmap (the file is made empty, then rewritten).
    private func temporaryPath() throws -> String {
        var template = Array("/tmp/roadmap-bench-XXXXXX.json".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
        guard descriptor >= 0 else { throw failure("cannot make a temporary file in /tmp: \(String(cString: strerror(errno)))") }
        close(descriptor)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func failure(_ message: String) -> Error {
        printError("roadmap bench: error: " + message)
        return ExitCode(1)
    }

    private func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard digits > 0 else { return String(scaled) }
        let whole = scaled / Int(scale), part = abs(scaled % Int(scale))
        let digitsText = String(part)
        return "\(whole).\(String(repeating: "0", count: digits - digitsText.count))\(digitsText)"
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let room = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + room : room + text
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

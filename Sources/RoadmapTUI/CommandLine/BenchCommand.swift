import ArgumentParser
import RoadmapModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure decode, validate, schedule and export on synthetic roadmaps (build in release first).",
        discussion: """
        Run it from a release build, or the numbers mean nothing: \
        `swift run -c release roadmap bench`. For each size, generates a roadmap in memory \
        (as `roadmap generate` would write it), then times each step — the best of several runs \
        for sizes up to 100,000 — and reads the process's peak memory (VmHWM), reset before \
        each size where the system allows it.
        """
    )

    @Option(help: "The sizes to measure, separated by commas.")
    var activities: String = "10000,100000,1000000"

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    func run() throws {
        var sizes: [Int] = []
        for part in activities.split(separator: ",") {
            guard let n = Int(part.filter { $0 != " " }), n > 0, n <= 10_000_000 else {
                printError("roadmap bench: error: --activities \"\(Sanitized.inline(activities))\": expected sizes such as 10000,100000")
                throw ExitCode(1)
            }
            sizes.append(n)
        }
        #if DEBUG
        print("warning: a debug build; measure with `swift run -c release roadmap bench`")
        #endif
        print("activities  file MB  decode ms  validate ms  schedule ms  export ms  total ms  peak MB")
        for n in sizes {
            let row = measure(n)
            print(pad(String(n), 10) + "  " + pad(String(format1(Double(row.fileBytes) / 1_048_576)), 7)
                  + "  " + pad(format1(row.decode), 9) + "  " + pad(format1(row.validate), 11)
                  + "  " + pad(format1(row.schedule), 11) + "  " + pad(format1(row.export), 9)
                  + "  " + pad(format1(row.decode + row.validate + row.schedule + row.export), 8)
                  + "  " + pad(String(row.peakMB), 7))
        }
    }

    struct Row {
        var fileBytes = 0
        var decode = Double.infinity, validate = Double.infinity, schedule = Double.infinity, export = Double.infinity
        var peakMB = 0
    }

    func measure(_ n: Int) -> Row {
        resetPeakMemory()
        var row = Row()
        let bytes = SyntheticRoadmap.bytes(SyntheticRoadmap.Options(activities: n, seed: seed))
        row.fileBytes = bytes.count
        let runs = n <= 20_000 ? 5 : n <= 200_000 ? 3 : 1
        for _ in 0..<runs {
            var start = now()
            guard let roadmap = RoadmapLoader.decodeWithoutValidating(bytes: bytes) else {
                preconditionFailure("the synthetic roadmap does not decode")
            }
            row.decode = min(row.decode, now() - start)

            start = now()
            let validation = Validator.validate(consume roadmap)
            row.validate = min(row.validate, now() - start)
            guard let validated = validation.validated else {
                preconditionFailure("the synthetic roadmap is invalid: \(validation.errors.first!)")
            }

            start = now()
            let scheduled = ScheduledRoadmap(validated)
            row.schedule = min(row.schedule, now() - start)

            start = now()
            let json = ScheduleJSON.bytes(scheduled, language: .en)
            row.export = min(row.export, now() - start)
            precondition(json.count > 0)
        }
        row.peakMB = peakMemoryKB() / 1024
        return row
    }

    /// Milliseconds on the monotonic clock.
    private func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    /// VmHWM, the peak resident memory, from /proc/self/status (0 where there is none).
    private func peakMemoryKB() -> Int {
        guard case .success(let bytes) = readFile("/proc/self/status") else { return 0 }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).filter(\.isNumber)) ?? 0
        }
        return 0
    }

    /// Writing 5 to /proc/self/clear_refs resets the peak to the current resident size.
    private func resetPeakMemory() {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
    }

    private func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

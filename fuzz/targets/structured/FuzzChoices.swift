/// The fuzzer's bytes read as a stream of choices, for the structure-aware target: each byte
/// chooses one thing (how many activities, which predecessor, which type of link…), so that
/// libFuzzer's mutations of bytes are mutations of a roadmap's structure. Past the end every
/// choice is 0, the first and plainest option: a short input is a small roadmap, and
/// libFuzzer's minimisation, which shortens inputs, gives small roadmaps of a crash.
struct FuzzChoices {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// 0..<count, from one byte, or two when there are more than 256 options.
    mutating func below(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        let raw = count > 256 ? Int(byte()) << 8 | Int(byte()) : Int(byte())
        return raw % count
    }

    /// True one time in `n`; false once the bytes run out, so that rare things stay rare.
    mutating func oneIn(_ n: Int) -> Bool { below(n) == n - 1 }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
}

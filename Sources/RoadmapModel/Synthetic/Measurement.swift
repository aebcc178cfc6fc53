extension RoadmapLoader {
    /// Only the decoding step of `load(bytes:)`, without the validator: for `roadmap bench`,
    /// which times the steps one by one. Nil on a syntax error or a missing `meta`.
    public static func decodeWithoutValidating(bytes: [UInt8]) -> Roadmap? {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = RoadmapDecoder(bytes: buffer)
            return (try? decoder.decodeDocument()) ?? nil
        }
    }
}

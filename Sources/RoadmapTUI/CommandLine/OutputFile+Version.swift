/// The atomic write that never lands over a version of the file it has not read: the one
/// `roadmap fmt --write`, `roadmap progress` and the explorer's W use. Apart from
/// `FileVersion`, the value, which the explorer's pure part (and its fuzz pipeline) keeps
/// without writing anything.
extension OutputFile {
    /// Writes `bytes` over `path` atomically, unless the file on disk is no longer `version`
    /// (the one that was read): then nothing is written and the failure says so.
    static func writeAtomically(_ bytes: [UInt8], to path: String, ifStill version: FileVersion?) throws {
        try writeAtomically(to: path) { sink in
            try sink(bytes)
            // Checked last, just before the rename, so the window is as small as it can be.
            guard FileVersion.of(path) == version else {
                throw Failure(message: "\(path) changed on disk since it was read; nothing written (read it again, or write elsewhere)")
            }
        }
    }
}

/// libFuzzer's entry point for a target of fuzz/targets/: scripts/fuzz.sh compiles it with the
/// target's own files, one of which names the target (`typealias FuzzTarget`). libFuzzer
/// brings its own `main` and calls this for each input it tries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTargetTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// The program's version: `roadmap --version` prints it, and nothing else states it, so the
/// two cannot disagree.
enum RoadmapVersion {
    static let current = "0.4.0"
}

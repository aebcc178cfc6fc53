import RoadmapModel

/// What the two import targets (fuzz/targets/csv/, fuzz/targets/msproject/) check, as
/// `roadmap import` reads a plan: the format's reader, then `ImportBuilder`, which makes the
/// roadmap and validates it.
enum ImportCheck {
    static func run(_ input: [UInt8], format: ImportedPlan.Format) {
        let plan = PlanImport.read(bytes: input, format: format)
        FuzzCheck.diagnostics(plan.diagnostics, usable: !plan.diagnostics.contains(where: \.isError), in: input, "\(format.name) reader")
        let lines = plan.tasks.isEmpty ? 1 : FuzzCheck.lineCount(of: input)
        for task in plan.tasks {
            FuzzCheck.require(task.place.line >= 1 && task.place.line <= lines, "a task at line \(task.place.line) of \(lines)")
            for link in task.links {
                FuzzCheck.require(link.place.line >= 1 && link.place.line <= lines, "a link at line \(link.place.line) of \(lines)")
            }
        }
        let built = ImportBuilder.build(plan, options: ImportOptions(fileName: "fuzz"))
        FuzzCheck.diagnostics(built.diagnostics, usable: built.validated != nil, in: input, "\(format.name) import")
        guard let validated = built.validated else { return }
        // What `roadmap import` writes is a roadmap file every command reads. Read back only
        // when it is small: a plan from year 0 to 9999 makes 20,000 periods, whose 6 MB took
        // four fifths of such an input's time to write and read, a hundred times a common
        // input's, for code the small ones reach as well.
        let written = RoadmapJSON.bytes(validated.roadmap)
        guard written.count <= 256 * 1024 else { return }
        let again = RoadmapLoader.load(bytes: written)
        FuzzCheck.require(again.validated != nil, "the imported roadmap, written, does not load: \(again.errors.prefix(3))")
    }
}

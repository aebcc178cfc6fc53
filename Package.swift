// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "roadmap",
    products: [
        .executable(name: "roadmap", targets: ["RoadmapTUI"]),
        .library(name: "RoadmapModel", targets: ["RoadmapModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The configuration file (config.toml) is read with TOMLKit (toml++ underneath), a
        // kept library, rather than a hand-written TOML reader.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The model: decode, validate, dependency graph, schedule, filters, imports. No terminal.
        .target(name: "RoadmapModel", dependencies: ["CLibXML2"]),
        // Synthetic roadmaps of any size and shape, for `roadmap generate`, `roadmap bench` and
        // the tests: a tool of the program, not part of the model library others link.
        .target(name: "RoadmapSynthetic", dependencies: ["RoadmapModel"]),
        // The system-library binding to libxml2 (Debian: libxml2-dev), whose SAX2 parser reads
        // MS Project XML (Foundation's XMLParser over the same library was 5 times slower).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Pure views: roadmap + schedule + view state + width -> a grid of styled cells, and
        // the exports. Shared by the screen and `roadmap export`, so both are the same thing.
        .target(name: "RoadmapViews", dependencies: ["RoadmapModel"]),
        // The system-library binding to ncursesw (Debian: libncursesw5-dev).
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .executableTarget(
            name: "RoadmapTUI",
            dependencies: [
                "RoadmapModel", "RoadmapViews", "RoadmapSynthetic", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            // The shipped roadmap is compiled into the binary so it runs from any folder.
            // Resources/roadmap.json is a symbolic link to the roadmap.json at the root.
            resources: [.embedInCode("Resources/roadmap.json")],
            // A file sees the members of the modules it imports, not of every module the
            // target links: TOMLKit's conformances must not change how other files type-check.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        .testTarget(name: "RoadmapModelTests", dependencies: ["RoadmapModel", "RoadmapSynthetic"]),
        .testTarget(name: "RoadmapViewsTests", dependencies: ["RoadmapViews", "RoadmapModel", "RoadmapSynthetic"]),
        .testTarget(name: "RoadmapTUITests", dependencies: ["RoadmapTUI", "RoadmapViews", "RoadmapModel", "RoadmapSynthetic"]),
    ]
)

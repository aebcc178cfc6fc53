import Foundation
import XCTest
@testable import RoadmapTUI
#if canImport(Glibc)
import Glibc
#endif

/// `make install`, `make uninstall` and `make deb`, run as a user runs them: the release binary
/// (Swift linked statically) installed under a temporary prefix runs with no toolchain on PATH
/// or LD_LIBRARY_PATH and links no Swift library; uninstall removes exactly what install wrote;
/// a prefix that cannot be written stops the install before anything is written; the Debian
/// package holds the same files and depends on the system libraries only.
///
/// The first run builds the release binary (.build-release), which takes minutes; later runs
/// reuse it.
final class InstallTests: XCTestCase {
    private static let repository = TerminalTestCase.repository
    private var prefix: URL!

    /// What install writes, under the prefix.
    private let installed = [
        "bin/roadmap",
        "share/man/man1/roadmap.1",
        "share/bash-completion/completions/roadmap",
        "share/zsh/site-functions/_roadmap",
        "share/fish/vendor_completions.d/roadmap.fish",
        "share/roadmap/roadmap.json",
    ]

    override func setUpWithError() throws {
        try super.setUpWithError()
        prefix = URL(fileURLWithPath: "/tmp").appendingPathComponent("roadmap-prefix-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let prefix { try? FileManager.default.removeItem(at: prefix) }
        super.tearDown()
    }

    /// `make TARGET PREFIX=…` in the repository, with the toolchain reachable (the build needs it).
    private func make(_ arguments: [String], timeout: TimeInterval = 1800) throws -> ProcessOutput {
        let make = try XCTUnwrap(ProcessRunner.find("make"), "make is not installed: scripts/bootstrap installs it")
        var environment = ProcessRunner.isolatedEnvironment
        environment["PATH"] = "/opt/swift/usr/bin:" + (environment["PATH"] ?? "/usr/bin:/bin")
        return try ProcessRunner.run(make, ["-s", "-C", Self.repository.path] + arguments, environment: environment, timeout: timeout)
    }

    /// An environment with no toolchain: the system's folders only, no LD_LIBRARY_PATH.
    private let bare = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent/config"]

    func testInstallRunsWithoutAToolchainAndUninstallRemovesExactlyWhatItWrote() throws {
        // Something of another program's in the same folders must survive the uninstall.
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: prefix.appendingPathComponent("bin/other"))

        let install = try make(["install", "PREFIX=\(prefix.path)"])
        XCTAssertEqual(install.status, 0, install.stderrText)
        for file in installed {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "installed \(file)")
        }
        let roadmap = prefix.appendingPathComponent("bin/roadmap")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: roadmap.path))

        let version = try ProcessRunner.run(roadmap, ["--version"], environment: bare)
        XCTAssertEqual(version.status, 0, version.stderrText)
        XCTAssertFalse(version.stdoutText.isEmpty)

        // The shipped roadmap, as installed and as compiled in, exports as the built program does.
        let debug = try RoadmapBinary.locate(near: Bundle(for: InstallTests.self))
        let expected = try ProcessRunner.run(debug, ["export", Self.repository.appendingPathComponent("roadmap.json").path, "--format", "csv", "--lang", "fr"])
        let fromShare = try ProcessRunner.run(roadmap, ["export", prefix.appendingPathComponent("share/roadmap/roadmap.json").path, "--format", "csv", "--lang", "fr"], environment: bare)
        XCTAssertEqual(fromShare.status, 0, fromShare.stderrText)
        XCTAssertEqual(fromShare.stdoutText, expected.stdoutText)
        let compiledIn = try ProcessRunner.run(roadmap, ["validate"], environment: bare, currentDirectory: prefix)
        XCTAssertTrue(compiledIn.stdoutText.contains("(shipped with the program): valid: 29 activities"), compiledIn.stdoutText)

        let ldd = try ProcessRunner.run(try XCTUnwrap(ProcessRunner.find("ldd")), [roadmap.path], environment: bare)
        XCTAssertEqual(ldd.status, 0, ldd.stderrText)
        for line in ldd.stdoutText.split(separator: "\n") {
            XCTAssertFalse(line.lowercased().contains("swift") || line.contains("Foundation") || line.contains("dispatch") || line.contains("not found"),
                           "a library from the system only: \(line)")
        }
        XCTAssertTrue(ldd.stdoutText.contains("libncursesw.so.6") && ldd.stdoutText.contains("libxml2.so.2"), ldd.stdoutText)

        // The man page renders, the bash completion loads.
        let man = try ProcessRunner.run(try XCTUnwrap(ProcessRunner.find("man")), ["-l", prefix.appendingPathComponent("share/man/man1/roadmap.1").path], environment: bare)
        XCTAssertTrue(man.stdoutText.contains("roadmap"), man.stderrText)
        let bash = try ProcessRunner.run(try XCTUnwrap(ProcessRunner.find("bash")),
                                         ["-c", "source \(prefix.appendingPathComponent("share/bash-completion/completions/roadmap").path) && complete -p roadmap"], environment: bare)
        XCTAssertEqual(bash.status, 0, bash.stderrText)

        let uninstall = try make(["uninstall", "PREFIX=\(prefix.path)"])
        XCTAssertEqual(uninstall.status, 0, uninstall.stderrText)
        for file in installed {
            XCTAssertFalse(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "removed \(file)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("bin/other").path), "another program's file stays")
        XCTAssertFalse(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/roadmap").path), "roadmap's own folder is gone")
    }

    /// A prefix the installing user may not write to (root is refused nothing, so the install
    /// runs as the user nobody): one message saying where and why, and nothing written.
    func testAPrefixThatCannotBeWrittenStopsTheInstallBeforeAnythingIsWritten() throws {
        let build = try make(["build"])
        XCTAssertEqual(build.status, 0, build.stderrText)
        let locked = prefix.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let script = Self.repository.appendingPathComponent("scripts/install.sh").path
        let binary = Self.repository.appendingPathComponent(".build-release/release/roadmap").path
        let output: ProcessOutput
        if getuid() == 0 {
            let setpriv = try XCTUnwrap(ProcessRunner.find("setpriv"), "setpriv (util-linux) runs the install as an unprivileged user")
            chmod(locked.path, 0o755)
            output = try ProcessRunner.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", script, "install", locked.path, binary], environment: bare)
        } else {
            chmod(locked.path, 0o555)
            defer { chmod(locked.path, 0o755) }
            output = try ProcessRunner.run(URL(fileURLWithPath: script), ["install", locked.path, binary], environment: bare)
        }
        XCTAssertNotEqual(output.status, 0)
        XCTAssertTrue(output.stderrText.hasPrefix("roadmap install: cannot make the folder \(locked.path)/bin: Permission denied"), output.stderrText)
        XCTAssertTrue(output.stderrText.contains("Permission denied"), output.stderrText)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: locked.path), [], "nothing half-installed")
    }

    func testTheDebianPackageHoldsTheFilesAndDependsOnTheSystemOnly() throws {
        let deb = try make(["deb", "SCRATCH=.build-release"])
        XCTAssertEqual(deb.status, 0, deb.stderrText)
        // The last line names the package (the build's progress comes before it).
        let package = String(deb.stdoutText.split(separator: "\n").last ?? "")
        let path = package.hasPrefix("/") ? package : Self.repository.appendingPathComponent(package).path
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), "make deb names the package it wrote: \(deb.stdoutText)")
        let dpkgDeb = try XCTUnwrap(ProcessRunner.find("dpkg-deb"))
        let depends = try ProcessRunner.run(dpkgDeb, ["-f", path, "Depends"], environment: bare).stdoutText
        for library in ["libc6", "libncursesw6", "libxml2"] {
            XCTAssertTrue(depends.contains(library), "Depends names \(library): \(depends)")
        }
        XCTAssertFalse(depends.lowercased().contains("swift"), depends)
        let contents = try ProcessRunner.run(dpkgDeb, ["-c", path], environment: bare).stdoutText
        for file in installed {
            let packaged = file.replacingOccurrences(of: "zsh/site-functions", with: "zsh/vendor-completions")
            XCTAssertTrue(contents.contains("./usr/" + packaged), "the package holds /usr/\(packaged)")
        }
        let version = try ProcessRunner.run(dpkgDeb, ["-f", path, "Version"], environment: bare).stdoutText
        XCTAssertEqual(version.trimmingCharacters(in: .whitespacesAndNewlines), RoadmapVersion.current)
        try? FileManager.default.removeItem(atPath: path)
    }
}

import ArgumentParser

extension Preferences {
    /// The user's preferences: the environment's and the configuration file's. A file with a
    /// problem stops the command (every problem printed, with its line and key; exit 1): a
    /// preference is never silently dropped. Read once per process.
    static func loadOrExit() throws -> Preferences {
        if let loaded { return loaded }
        switch PreferencesFile.load(environment: ProcessInfoEnvironment.current) {
        case .success(let preferences):
            loaded = preferences
            return preferences
        case .failure(let problems):
            let problems = problems.list
            problems.forEach { printError($0.formatted) }
            printError("roadmap: the configuration file has \(problems.count) problem\(problems.count == 1 ? "" : "s"); mend it, or see `roadmap config --help` for its keys")
            throw ExitCode(1)
        }
    }

    nonisolated(unsafe) private static var loaded: Preferences?
}

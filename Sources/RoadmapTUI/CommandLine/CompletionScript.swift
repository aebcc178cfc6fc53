import ArgumentParser

/// Shell completion that knows `explore` is the default subcommand. ArgumentParser's bash
/// script completes a default subcommand's flags only after its name (`roadmap explore --view
/// <TAB>`), while everyone types `roadmap --view <TAB>`: the root function's fallback is made
/// to offer the explorer's flags and values too. zsh and fish get the library's script as is.
enum CompletionScript {
    /// The words after `roadmap` that ask for a completion script, and the shell they name.
    static func requestedShell(_ arguments: [String]) -> CompletionShell? {
        let flag = "--generate-completion-script"
        var name: String?
        if arguments.count == 2, arguments[0] == flag { name = arguments[1] }
        if arguments.count == 1, arguments[0].hasPrefix(flag + "=") { name = String(arguments[0].dropFirst(flag.count + 1)) }
        return name.flatMap(CompletionShell.init(rawValue:))
    }

    static func script(for shell: CompletionShell) -> String {
        let script = RoadmapCommand.completionScript(for: shell)
        guard shell == .bash else { return script }
        return bashWithDefaultSubcommand(script)
    }

    /// The root function's branch for "no subcommand named yet" first asks the explorer's
    /// function (which completes its flags, and the values of the one before the cursor), then
    /// offers the subcommands where a subcommand can still come.
    static func bashWithDefaultSubcommand(_ script: String) -> String {
        let marker = "        # Offer subcommand completions\n"
        guard let range = script.range(of: marker) else { return script }
        let explore = """
                # explore is the default subcommand: its flags and their values complete without its name.
                # (The root's own --version and --help are the explorer's too: offered once.)
                COMPREPLY=()
                unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")
                _roadmap_explore
                [[ "${prev}" = -* && ${#COMPREPLY[@]} -gt 0 ]] && return

        """
        var patched = script
        patched.replaceSubrange(range, with: explore + marker)
        return patched
    }
}

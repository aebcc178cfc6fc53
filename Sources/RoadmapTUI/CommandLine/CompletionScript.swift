import Foundation
import ArgumentParser

/// Shell completion that knows `explore` is the default subcommand. ArgumentParser's scripts
/// complete a default subcommand's flags only after its name (`roadmap explore --view <TAB>`),
/// while everyone types `roadmap --view <TAB>`: the bash and zsh scripts are made to complete
/// the explorer's flags, values and FILE without its name, and to offer the subcommands only
/// where one can come (the first word); fish's likewise, once the first word is typed (or
/// begins with `-`).
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
        switch shell {
        case .bash: return bashWithDefaultSubcommand(script)
        case .zsh: return zshWithDefaultSubcommand(script)
        case .fish: return fishWithDefaultSubcommand(script)
        default: return script
        }
    }

    /// The subcommands, as the scripts list them: those `--help` shows, and `help`.
    private static var subcommands: [String] {
        RoadmapCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName } + ["help"]
    }

    /// The root function's branch for "no subcommand named yet" asks the explorer's function
    /// (which completes its flags, the values of the option before the cursor, and FILE); after
    /// an option that takes a value it offers nothing else, and the subcommands only as the
    /// first word.
    static func bashWithDefaultSubcommand(_ script: String) -> String {
        let start = "        # Offer subcommand completions\n"
        guard let range = script.range(of: start),
              let end = script.range(of: "        ;;\n", range: range.upperBound..<script.endIndex) else { return script }
        let explore = """
                # explore is the default subcommand: its flags, their values and FILE complete without its name.
                # (The root's own --version and --help are the explorer's too: offered once.)
                COMPREPLY=()
                unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")
                _roadmap_explore
                # After an option that takes a value, only its values (never a subcommand's name).
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${prev}" = "${option}" ]] && return
                done
                # A subcommand can only be the first word.
                if [[ "${COMP_CWORD}" -eq 1 ]]; then
                    COMPREPLY+=($(compgen -W '\(subcommands.joined(separator: " "))' -- "${cur}"))
                fi

        """
        var patched = script
        patched.replaceSubrange(range.lowerBound..<end.lowerBound, with: explore)
        return patched
    }

    /// The library's root function becomes `_roadmap_commands`; a new `_roadmap` sends a line
    /// whose first word is a subcommand there, and completes any other line as the explorer's,
    /// adding the subcommands when the first word is being typed.
    static func zshWithDefaultSubcommand(_ script: String) -> String {
        guard let range = script.range(of: "\n_roadmap() {\n") else { return script }
        var patched = script
        patched.replaceSubrange(range, with: "\n_roadmap_commands() {\n")
        let names = subcommands.joined(separator: " ")
        let root = """

            # explore is the default subcommand: a line that does not begin with a subcommand
            # completes as `roadmap explore …` would (flags, their values, FILE), and its first
            # word may also be a subcommand.
            _roadmap() {
                local -ar roadmap_subcommands=(\(names))
                if (( CURRENT > 2 )) && (( ${roadmap_subcommands[(Ie)${words[2]}]} )); then
                    _roadmap_commands "${@}"
                    return
                fi
                emulate -RL zsh -G
                setopt extendedglob nullglob numericglobsort
                unsetopt aliases banghist

                local -xr SAP_SHELL=zsh
                local -x SAP_SHELL_VERSION
                SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
                local -r SAP_SHELL_VERSION

                local context state state_descr line
                local -A opt_args

                local -r command_name="${words[1]}"
                local -ar command_line=("${words[1]}" explore "${words[@]:1}")
                local -ir current_word_index="$((CURRENT))"

                local -i ret=1
                _roadmap_explore && ret=0
                if (( CURRENT == 2 )) && [[ "${PREFIX}" != -* ]]; then
                    _describe -V subcommand roadmap_subcommands && ret=0
                fi
                return "${ret}"
            }

            """
        guard let tail = patched.range(of: "\nif [[ \"${funcstack[1]}\" = _roadmap ]]; then") else { return patched }
        patched.insert(contentsOf: root, at: tail.lowerBound)
        return patched
    }

    /// fish reads the line's words in `__roadmap_parse_tokens`: a line whose first word is not
    /// a subcommand is read as if `explore` stood before it — once that word is typed, or when
    /// it begins with `-` — so that the explorer's flags, values and FILE complete; at an empty
    /// first word the subcommands are offered as before.
    static func fishWithDefaultSubcommand(_ script: String) -> String {
        let marker = "    case 'roadmap'\n"
        guard let range = script.range(of: marker) else { return script }
        let names = subcommands.joined(separator: " ")
        let insert = """
                # explore is the default subcommand.
                if not contains -- "$unparsed_tokens[2]" \(names)
                    if test (count $unparsed_tokens) -ge 2; or string match -q -- '-*' (commandline -ct)
                        set unparsed_tokens $unparsed_tokens[1] explore $unparsed_tokens[2..]
                    end
                end

        """
        var patched = script
        patched.insert(contentsOf: insert, at: range.upperBound)
        return patched
    }
}

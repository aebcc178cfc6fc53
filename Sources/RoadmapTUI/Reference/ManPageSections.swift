import RoadmapViews

/// The sections of the man page that the command-line library cannot know, in mdoc: the
/// explorer's keys (from the action table), FILES, ENVIRONMENT, EXIT STATUS, EXAMPLES and SEE
/// ALSO. scripts/man-page appends them to what swift-argument-parser's generate-manual plugin
/// writes from the command definitions.
enum ManPageSections {
    static func mdoc() -> String {
        KeysReference.mdoc() + """
        .Sh FILES
        .Bl -tag -width Ds
        .It Pa $XDG_CONFIG_HOME/roadmap/config.toml
        The preferences (else
        .Pa ~/.config/roadmap/config.toml ) :
        .Cm lang ,
        .Cm order ,
        .Cm width ,
        .Cm mouse ,
        .Cm color ,
        .Cm bom .
        A flag wins over the file, the file over the environment.
        .Nm roadmap Cm config
        prints the settings in effect and where each comes from.
        .It Pa ./roadmap.json
        The roadmap every command reads when no FILE is given and standard input is not a pipe or a file.
        .It Pa PREFIX/share/roadmap/roadmap.json
        The pan-Canadian digital government roadmap of 2016, as installed; the same roadmap is compiled into the program and used when there is no
        .Pa ./roadmap.json .
        .El
        .Sh ENVIRONMENT
        .Bl -tag -width Ds
        .It Ev LANG , LC_ALL , LC_MESSAGES
        The language when neither
        .Fl -lang
        nor the configuration file gives one: French when the first that is set begins with
        .Dq fr ,
        else English.
        .It Ev NO_COLOR
        When set and not empty, the explorer draws without colours (every meaning is kept by a character or an attribute); the configuration file's
        .Cm color
        and
        .Fl -color
        win over it.
        .It Ev TERM
        The terminal type; the explorer refuses a terminal that cannot move its cursor (unset, empty or
        .Dq dumb )
        with a message, leaving the terminal as it was.
        .It Ev XDG_CONFIG_HOME , HOME
        Where the configuration file is looked for.
        .It Ev ROADMAP_TIMING
        A file to which the explorer and
        .Nm roadmap Cm import
        append the time of each step and each key, for measurements.
        .El
        .Sh EXIT STATUS
        .Bl -tag -width Ds
        .It 0
        Success.
        .It 1
        A file that cannot be read or is not a valid roadmap (every problem is printed with its file, line and column or its path in the data), a configuration file with a problem, an export that cannot be written or has no meaning for the view;
        .Nm roadmap Cm diff :
        the two versions differ.
        .It 2
        .Nm roadmap Cm diff
        only: trouble (a version or a scenario that cannot be read or is invalid, a usage error).
        .It 64
        A usage error: an unknown flag or value, a mistyped subcommand.
        .El
        .Sh EXAMPLES
        Open the explorer on the shipped roadmap, in French:
        .Dl roadmap --lang fr
        Export the critical activities as CSV for a spreadsheet:
        .Dl roadmap export --critical --format csv --bom -o critical.csv
        A plan from another program, piped:
        .Dl cat plan.xml | roadmap export --format markdown
        What a three-month slip of one activity does to the finish:
        .Dl roadmap schedule --delay cloud-architecture-models=3
        Compare two versions:
        .Dl roadmap diff old.json roadmap.json
        Compare the last commit's version with the working tree's, in git:
        .Dl roadmap diff HEAD~1:roadmap.json roadmap.json
        Let
        .Nm git Cm diff
        show a roadmap's changes (with
        .Ql roadmap.json diff=roadmap
        in
        .Pa .gitattributes ) :
        .Dl git config diff.roadmap.textconv 'roadmap textconv'
        Schedule the roadmap with TaskJuggler:
        .Dl roadmap export --format tjp -o roadmap.tjp && tj3 roadmap.tjp
        .Sh SEE ALSO
        The README and docs/ of the source distribution: the tour, the data format, scenarios, imports and exports;
        docs/guide.md for TaskJuggler, spreadsheets and roadmaps in git.

        """
    }
}

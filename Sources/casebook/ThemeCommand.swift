import ArgumentParser

/// `casebook theme eject`: the theme commands.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: Console.text("Work with the theme: the default theme is built into casebook; eject it to customise it."),
        subcommands: [ThemeEjectCommand.self]
    )
}

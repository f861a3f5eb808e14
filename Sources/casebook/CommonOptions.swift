import ArgumentParser
import Foundation

/// Options shared by the commands that load the content: the casebook folder and whether
/// drafts count. Commands that only write files (`new`, `translated`) take `RootOption` alone,
/// so that `--drafts` is offered only where it changes something.
struct CommonOptions: ParsableArguments {
    @OptionGroup var place: RootOption

    /// Read again before parsing (`Console.language`), so that the help is in it too.
    @Option(name: .long, help: ArgumentHelp(Console.text("The language to work in: of messages (en or ru; default: CASEBOOK_LANG, then the locale) and, for export, of names and labels (default: the first configured language)."), valueName: "LANG"))
    var lang: String?

    @Flag(name: .long, help: ArgumentHelp(Console.text("Include documents marked 'draft: true'.")))
    var drafts = false

    var rootURL: URL { place.rootURL }
}

import ArgumentParser
import Foundation

/// Options shared by the commands that load the content: the casebook folder and whether
/// drafts count. Commands that only write files (`new`, `translated`) take `RootOption` alone,
/// so that `--drafts` is offered only where it changes something.
struct CommonOptions: ParsableArguments {
    @OptionGroup var place: RootOption

    @Flag(name: .long, help: "Include documents marked 'draft: true'.")
    var drafts = false

    var rootURL: URL { place.rootURL }
}

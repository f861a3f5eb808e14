import Foundation
import PackagePlugin

/// Turns `themes/default/**` into a Swift source (`EmbeddedThemeFiles`) of the target whose
/// folder is the theme, so the binary carries the default theme: a casebook without a
/// `themes/` folder still builds. Every file is an input, so an edit embeds the theme again;
/// SwiftPM plans the build again when a file is added or removed, as the theme folder is a
/// target's folder.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        var inputs: [URL] = []
        if let files = FileManager.default.enumerator(at: theme, includingPropertiesForKeys: nil) {
            for case let file as URL in files { inputs.append(file) }
        }
        return [.buildCommand(
            displayName: "Embedding themes/default",
            executable: try context.tool(named: "ThemeEmbedder").url,
            arguments: [theme.path, output.path],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}

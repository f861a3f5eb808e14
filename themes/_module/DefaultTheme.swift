// The module that carries themes/default inside the binary: the EmbedDefaultTheme build-tool
// plugin adds `EmbeddedThemeFiles`, generated from the theme's files. This folder is the
// module's only because SwiftPM plans a build again when a file is added to or removed from a
// target's folder, and it watches no other: with `themes/` as the target's folder, a new or
// removed theme file is seen. `_module` is not a theme: nothing here is copied into a site.

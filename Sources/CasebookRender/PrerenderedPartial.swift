/// An object of a page context together with its rendering of one partial (a case card,
/// `{{> case-card}}`), made once per case and language and copied into every list that shows
/// it. `TemplateRenderer` reads the object's keys as usual and writes `html` where the partial
/// is included with the object on top of the context stack. Made by `Theme.prerendered`, only
/// when the partial reads nothing but the object.
struct PrerenderedPartial {
    var object: [String: Any]
    var partial: String
    var html: RenderedHTML
}

import CasebookModel
import Foundation

/// The script the preview adds to every page it serves (never to a built site/): it listens on
/// the preview's WebSocket, reloads the page the moment a rebuilt site is served, shows the
/// errors of a failed build over the page, and connects again when the server restarts.
enum LiveReload {
    /// `SERVER` and `VERSION` name the build the page came from; `HEADING` is the overlay's
    /// first line, in the author's language.
    static let script = """
    <script>
    (function () {
      var server = 'SERVER', version = VERSION, box = null, wait = 100;
      function show(problems) {
        if (!problems.length) { if (box) { box.remove(); box = null; } return; }
        if (!box) {
          box = document.createElement('div');
          box.setAttribute('role', 'alert');
          box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;' +
            'background:#fff;color:#000;border-top:4px solid #b00020;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap';
          document.body.appendChild(box);
        }
        box.textContent = HEADING + '\\n\\n' + problems.join('\\n');
      }
      function connect() {
        var socket = new WebSocket('ws://' + location.host + '/__casebook/reload');
        socket.onmessage = function (event) {
          var state = JSON.parse(event.data);
          wait = 100;
          if ((state.server !== server || state.version !== version) && !state.problems.length) { location.reload(); return; }
          server = state.server; version = state.version; show(state.problems);
        };
        socket.onclose = function () { setTimeout(connect, wait); wait = Math.min(wait * 2, 2000); };
      }
      connect();
    })();
    </script>
    """

    /// The overlay's first line, above the problems, in `language`.
    static func heading(in language: MessageLanguage) -> String {
        let heading: Message = "casebook: the last change has errors; showing the last good build."
        return heading.rendered(in: language)
    }

    /// `text` as a JavaScript string literal that is safe inside a `<script>` element.
    static func javaScriptString(_ text: String) -> String {
        var literal = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'", "\\", "<", ">", "&": literal += String(format: "\\u%04x", scalar.value)
            case "\n": literal += "\\n"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "'"
    }

    /// `html` with the script before its last `</body>` (or at its end). Found from the end
    /// and spliced as bytes: a printable book page can be tens of megabytes.
    static func inject(_ html: Data, server: String, version: Int,
                       heading: String = heading(in: .english)) -> Data {
        let script = Data(script.replacingOccurrences(of: "'SERVER'", with: "'\(server)'")
            .replacingOccurrences(of: "VERSION", with: String(version))
            .replacingOccurrences(of: "HEADING", with: javaScriptString(heading)).utf8)
        let end = html.range(of: Data("</body>".utf8), options: .backwards)?.lowerBound ?? html.endIndex
        var page = Data(capacity: html.count + script.count)
        page.append(html[html.startIndex..<end])
        page.append(script)
        page.append(html[end...])
        return page
    }
}

import Foundation

/// The script the preview adds to every page: it asks the server once a second whether the
/// site was rebuilt (then reloads) and shows the errors of a failed build over the page.
enum LiveReload {
    static let script = """
    <script>
    (function () {
      var seen = null, box = null;
      function show(problems) {
        if (!problems.length) { if (box) { box.remove(); box = null; } return; }
        if (!box) {
          box = document.createElement('div');
          box.setAttribute('role', 'alert');
          box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;' +
            'background:#fff;color:#000;border-top:4px solid #b00020;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap';
          document.body.appendChild(box);
        }
        box.textContent = 'casebook: the last change has errors; showing the last good build.\\n\\n' + problems.join('\\n');
      }
      function poll() {
        fetch('/__casebook/status', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (s) {
          if (seen !== null && s.version !== seen && !s.problems.length) { location.reload(); return; }
          seen = s.version; show(s.problems);
        }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();
    </script>
    """

    static func inject(_ html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let end = text.range(of: "</body>", options: .backwards) else { return Data((text + script).utf8) }
        return Data(text.replacingCharacters(in: end, with: script + "</body>").utf8)
    }
}

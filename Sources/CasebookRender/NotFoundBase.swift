import Foundation

/// The inline script that makes `404.html` work at any address. A server shows the page at
/// the missing address (`/casebook/en/cases/nope/x/`), so the page's relative links and
/// stylesheet would resolve against that folder. The script adds a `<base>` naming the site's
/// root before the stylesheet is read: the path of `base_url` when the address lies below it
/// (a copy served from another folder does not); otherwise the
/// part of the address before its first language folder (or `assets`); failing that, the
/// deepest folder of the address whose `404.html` the server really has (asked with HEAD
/// requests, the nearest first, after guessing `base_url`'s path or else the address's own
/// folder; the stylesheet is then named by its full path, as a browser does not fetch it again
/// for a new `<base>`). Opened from disk
/// (`file:`) the page is at its real place and its relative links already work, so it does
/// nothing.
enum NotFoundBase {
    static func script(baseURL: String?, topFolders: [String]) -> String {
        let root = baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        return "(function(){var d=document,l=location,r=" + quoted(root) + ",t=["
            + topFolders.map(quoted).joined(separator: ",") + "],"
            + """
            s=l.pathname.split('/'),b=d.createElement('base'),c=[],i;\
            function at(u,again){b.href=u;if(again)for(var e of d.querySelectorAll('link[href]'))e.href=u+e.getAttribute('href')}\
            if(l.protocol=='file:')return;d.head.appendChild(b);if(r&&l.pathname.indexOf(r)==0)return at(r);\
            for(i=1;i<s.length-1;i++)if(t.indexOf(s[i])>=0)return at(s.slice(0,i).join('/')+'/');\
            for(i=s.length-1;i>0;i--)c.push(s.slice(0,i).join('/')+'/');at(r||c[0]);\
            (function probe(k){k<c.length&&fetch(c[k]+'404.html',{method:'HEAD'}).then(function(x){x.ok?(k||r)&&at(c[k],1):probe(k+1)},function(){})})(0)})()
            """
    }

    /// A JavaScript string literal that cannot end the script element it stands in.
    private static func quoted(_ text: String) -> String {
        SearchIndexJSON.quote(text).replacingOccurrences(of: "<", with: "\\u003c")
    }
}

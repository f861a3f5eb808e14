/* Casebook search: runs the search page (search.mustache) over the index in index.js.
 * Plain ES2017, no external script; works from file:// as well as from a web server.
 *
 * CasebookSearch is pure (no DOM): folding, words and stemmers, exactly as the build reads
 * pages (Sources/CasebookRender/SearchTerms.swift, RussianStemmer.swift, EnglishStemmer.swift:
 * the Snowball Russian and English (Porter2) algorithms), the lookup and the snippet. Node
 * loads it for Tests/JS/search.test.mjs. The second part wires it to the page.
 */
var CasebookSearch = (function () {
  'use strict';

  var FOLD = { 'ё': 'е', 'ң': 'н', 'ө': 'о', 'ү': 'у' };
  var WORD;
  try { WORD = new RegExp('[\\p{Alphabetic}\\p{Nd}]+', 'gu'); } catch (e) { WORD = /[0-9a-z\u00c0-\u024f\u0430-\u044f\u0450-\u04ff]+/gi; }

  /** Lowercase, ё→е and the Kyrgyz ң→н, ө→о, ү→у. */
  function fold(text) {
    var s = String(text || '');
    if (s.normalize) s = s.normalize('NFC');
    return s.toLowerCase().replace(/[ёңөү]/g, function (c) { return FOLD[c]; });
  }

  /** The folded words of `text`: runs of letters and digits, one-letter words left out. */
  function words(text) {
    return (fold(text).match(WORD) || []).filter(function (w) { return Array.from(w).length > 1; });
  }

  // ---- Snowball Russian ------------------------------------------------------------------
  var RU_V = 'аеиоуыэюя';
  function list(s) { return s.split(' '); }
  var RU = {
    gerund: [list('в вши вшись'), list('ив ивши ившись ыв ывши ывшись')],
    adjective: [[], list('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею')],
    participle: [list('ем нн вш ющ щ'), list('ивш ывш ующ')],
    reflexive: [[], list('ся сь')],
    verb: [list('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно'),
      list('ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю')],
    noun: [[], list('а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я')]
  };

  /** The longest of `suffixes` that `w` ends with, starting at or after `limit`; null if none. */
  function longest(w, limit, suffixes) {
    var best = null;
    for (var i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if ((best === null || s.length > best.length) && w.length - s.length >= limit && w.slice(w.length - s.length) === s) best = s;
    }
    return best;
  }

  function stemRu(word) {
    var w = String(word).replace(/ё/g, 'е');
    var isV = function (c) { return c !== undefined && RU_V.indexOf(c) >= 0; };
    var past = function (start, vowel) {
      var i = start;
      while (i < w.length && isV(w[i]) !== vowel) i++;
      return i < w.length ? i + 1 : -1;
    };
    var rv = past(0, true);
    if (rv < 0) return w;
    var r2 = w.length, r1 = past(rv, false), next = r1 < 0 ? -1 : past(r1, true), p = next < 0 ? -1 : past(next, false);
    if (p >= 0) r2 = p;
    var remove = function (endings) {
      var s = longest(w, rv, endings[0].concat(endings[1]));
      if (s === null) return false;
      if (endings[0].indexOf(s) >= 0) {
        var at = w.length - s.length - 1;
        if (at < rv || (w[at] !== 'а' && w[at] !== 'я')) return false;
      }
      w = w.slice(0, w.length - s.length);
      return true;
    };
    if (!remove(RU.gerund)) {
      remove(RU.reflexive);
      if (remove(RU.adjective)) remove(RU.participle);
      else if (!remove(RU.verb)) remove(RU.noun);
    }
    if (w.length - 1 >= rv && w[w.length - 1] === 'и') w = w.slice(0, -1);
    var d = longest(w, rv, ['ост', 'ость']);
    if (d !== null && w.length - d.length >= r2) w = w.slice(0, w.length - d.length);
    var t = longest(w, rv, ['ейш', 'ейше', 'н', 'ь']);
    var nn = function () { return w.length - 2 >= rv && w.slice(-2) === 'нн'; };
    if (t === 'н') { if (nn()) w = w.slice(0, -1); }
    else if (t === 'ь') w = w.slice(0, -1);
    else if (t !== null) { w = w.slice(0, w.length - t.length); if (nn()) w = w.slice(0, -1); }
    return w;
  }

  // ---- Snowball English (Porter2) ----------------------------------------------------------
  var EN_EXCEPTIONS = {
    skis: 'ski', skies: 'sky', idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli',
    singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes'
  };
  var EN_STEP2 = {
    tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
    ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
    ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogist: 'og',
    ogi: 'og', fulli: 'ful', lessli: 'less', li: ''
  };
  var EN_STEP3 = { tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: '' };
  var EN_STEP4 = list('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion');
  var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  function stemEn(word) {
    word = String(word);
    if (own(EN_EXCEPTIONS, word)) return EN_EXCEPTIONS[word];
    if (Array.from(word).length < 3) return word;
    var w = word.charAt(0) === "'" ? word.slice(1) : word;
    var isV = function (c) { return c !== undefined && c !== '' && 'aeiouy'.indexOf(c) >= 0; };
    // y at the start or after a vowel is a consonant: Y until the end
    if (w.charAt(0) === 'y') w = 'Y' + w.slice(1);
    for (var i = 0; i + 1 < w.length; i++) if (isV(w[i]) && w[i + 1] === 'y') { w = w.slice(0, i + 1) + 'Y' + w.slice(i + 2); i++; }
    var after = function (start) {
      var j = start;
      while (j < w.length && !isV(w[j])) j++;
      while (j < w.length && isV(w[j])) j++;
      return j < w.length ? j + 1 : -1;
    };
    var r1 = -1, prefixes = list('gener commun arsen past univers later emerg organ inter');
    for (i = 0; i < prefixes.length; i++) if (w.indexOf(prefixes[i]) === 0) r1 = prefixes[i].length;
    if (r1 < 0) r1 = after(0);
    var r2 = r1 < 0 ? w.length : after(r1);
    if (r1 < 0) r1 = w.length;
    if (r2 < 0) r2 = w.length;
    var short = function (end) {
      var c = w[end - 1];
      if (end >= 3 && !isV(c) && 'wxY'.indexOf(c) < 0 && isV(w[end - 2]) && !isV(w[end - 3])) return true;
      if (end === 2 && isV(w[0]) && !isV(w[1])) return true;
      return end >= 4 && w.slice(end - 4, end) === 'past';
    };
    var cut = function (n, add) { w = w.slice(0, w.length - n) + (add || ''); };
    var s, start, stem;
    // Step 1a
    s = longest(w, 0, ["'", "'s", "'s'"]);
    if (s !== null) cut(s.length);
    s = longest(w, 0, list('sses ied ies s us ss'));
    start = s === null ? 0 : w.length - s.length;
    if (s === 'sses') cut(4, 'ss');
    else if (s === 'ied' || s === 'ies') cut(3, start >= 2 ? 'i' : 'ie');
    else if (s === 's' && start >= 2 && /[aeiouy]/.test(w.slice(0, start - 1))) cut(1);
    // Step 1b
    s = longest(w, 0, list('eed eedly ed edly ingly ing'));
    step1b: if (s !== null) {
      start = w.length - s.length;
      stem = w.slice(0, start);
      if (s === 'eed' || s === 'eedly') {
        if (start >= r1 && ['proc', 'exc', 'succ'].indexOf(stem) < 0) cut(s.length, 'ee');
        break step1b;
      }
      if (s === 'ing') {
        var e = longest(stem, 0, list('y inn out cann herr earr even'));
        if (e === 'y') { if (stem.length === 2 && !isV(stem[0])) { cut(4, 'ie'); break step1b; } }
        else if (e !== null && e.length === stem.length) break step1b;
      }
      if (!/[aeiouy]/.test(stem)) break step1b;
      w = stem;
      if (longest(w, 0, ['at', 'bl', 'iz']) !== null) w += 'e';
      else if (longest(w, 0, list('bb dd ff gg mm nn pp rr tt')) !== null) {
        if (!(w.length === 3 && 'aeo'.indexOf(w[0]) >= 0)) cut(1);
      } else if (w.length === r1 && short(w.length)) w += 'e';
    }
    // Step 1c
    if (w.length >= 3 && (w[w.length - 1] === 'y' || w[w.length - 1] === 'Y') && !isV(w[w.length - 2])) cut(1, 'i');
    // Step 2
    s = longest(w, 0, Object.keys(EN_STEP2));
    if (s !== null && w.length - s.length >= r1) {
      var before = w[w.length - s.length - 1];
      if (s === 'ogi') { if (before === 'l') cut(3, 'og'); }
      else if (s === 'li') { if (before !== undefined && 'cdeghkmnrt'.indexOf(before) >= 0) cut(2); }
      else cut(s.length, EN_STEP2[s]);
    }
    // Step 3
    s = longest(w, 0, Object.keys(EN_STEP3));
    if (s !== null && w.length - s.length >= r1) {
      if (s !== 'ative') cut(s.length, EN_STEP3[s]);
      else if (w.length - s.length >= r2) cut(5);
    }
    // Step 4
    s = longest(w, 0, EN_STEP4);
    if (s !== null && w.length - s.length >= r2) {
      start = w.length - s.length;
      if (s !== 'ion' || w[start - 1] === 's' || w[start - 1] === 't') cut(s.length);
    }
    // Step 5
    start = w.length - 1;
    if (w[start] === 'e') { if (start >= r2 || (start >= r1 && !short(start))) cut(1); }
    else if (w[start] === 'l' && start >= r2 && w[start - 1] === 'l') cut(1);
    return w.replace(/Y/g, 'y');
  }

  // ---- Terms and lookup ----------------------------------------------------------------------
  var memo = new Map();
  /** A folded word's term: stemmed when all Russian or all English letters. */
  function term(word) {
    var t = memo.get(word);
    if (t === undefined) {
      t = /^[а-яё]+$/.test(word) ? stemRu(word) : /^[a-z]+$/.test(word) ? stemEn(word) : word;
      memo.set(word, t);
    }
    return t;
  }

  /** What each query word matches: its term and, for the last word while it is being typed
   * (no blank after it), every indexed term that starts with it. */
  function queryTerms(query, keys) {
    var ws = words(query), typing = !/\s$/.test(query);
    return ws.map(function (w, i) {
      var set = new Set([term(w)]);
      if (typing && i === ws.length - 1 && keys) for (var k = 0; k < keys.length; k++) if (keys[k].indexOf(w) === 0) set.add(keys[k]);
      return { word: w, terms: set, prefix: typing && i === ws.length - 1 };
    });
  }

  /** Pages (index positions) whose title, summary or text hold every query word, title matches
   * first: a word scores 400 in a title, 20 in a summary, 1 in the text. */
  function find(index, query) {
    if (!index || !index.terms) return [];
    var keys = index.keys || (index.keys = Object.keys(index.terms));
    var qs = queryTerms(query, keys), scores = null;
    for (var q = 0; q < qs.length; q++) {
      var best = new Map();
      qs[q].terms.forEach(function (t) {
        var list = own(index.terms, t) ? index.terms[t] : [], page = 0;
        for (var i = 0; i < list.length; i++) {
          page += Math.floor(list[i] / 3);
          var f = list[i] % 3;
          if (!(best.get(page) >= f)) best.set(page, f);
        }
      });
      var next = new Map();
      best.forEach(function (f, page) {
        if (scores === null || scores.has(page)) next.set(page, (scores ? scores.get(page) : 0) + [1, 20, 400][f]);
      });
      scores = next;
    }
    if (!scores) return [];
    return Array.from(scores).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; }).map(function (x) { return x[0]; });
  }

  /** A snippet of `text` around the first place where the most query words stand close
   * together: parts [{text, mark}] with every matching word in it marked; null if no word
   * matches. */
  function snippet(text, query, before, after) {
    var qs = queryTerms(query, null), all = [], re = new RegExp(WORD.source, WORD.flags), m;
    before = before || 70;
    after = after || 130;
    var which = function (w) {
      var f = fold(w);
      if (Array.from(f).length < 2) return -1;
      for (var i = 0; i < qs.length; i++) if (qs[i].terms.has(term(f)) || (qs[i].prefix && f.indexOf(qs[i].word) === 0)) return i;
      return -1;
    };
    while ((m = re.exec(text))) {
      var q = which(m[0]);
      if (q >= 0) all.push([m.index, m.index + m[0].length, q]);
    }
    if (!qs.length && text) all.push([0, 0, 0]);
    if (!all.length) return null;
    var best = 0, most = 0;
    for (var i = 0; i < all.length && most < qs.length; i++) {
      var seen = new Set();
      for (var j = i; j < all.length && all[j][1] <= all[i][0] + after; j++) seen.add(all[j][2]);
      if (seen.size > most) { most = seen.size; best = i; }
    }
    var hits = all.slice(best);
    var from = Math.max(0, hits[0][0] - before), to = Math.min(text.length, hits[0][1] + after);
    if (from > 0) { var sp = text.indexOf(' ', from); from = sp >= 0 && sp < hits[0][0] ? sp + 1 : hits[0][0]; }
    if (to < text.length) { var ep = text.lastIndexOf(' ', to); to = ep > hits[0][1] ? ep : hits[0][1]; }
    // A cut never starts or ends on a block separator.
    while (from < hits[0][0] && /[\s·]/.test(text[from])) from++;
    while (to > hits[0][1] && /[\s·]/.test(text[to - 1])) to--;
    var parts = [], at = from;
    if (from > 0) parts.push({ text: '… ' });
    all.forEach(function (h) {
      if (h[0] < at || h[1] > to) return;
      if (h[0] > at) parts.push({ text: text.slice(at, h[0]) });
      if (h[1] > h[0]) parts.push({ text: text.slice(h[0], h[1]), mark: true });
      at = h[1];
    });
    if (to > at) parts.push({ text: text.slice(at, to) });
    if (to < text.length) parts.push({ text: ' …' });
    return parts;
  }

  return { fold: fold, words: words, stemRu: stemRu, stemEn: stemEn, term: term, find: find, snippet: snippet };
})();

if (typeof module === 'object' && module.exports) module.exports = CasebookSearch;

// ---- The page (?q= makes a search bookmarkable) ------------------------------------------------
(function () {
  if (typeof document === 'undefined') return;
  var d = document, S = CasebookSearch;
  var $ = function (id) { return d.getElementById(id); };
  var run = function (f) { try { f(); } catch (e) {} };
  var lang = d.documentElement.lang || undefined;
  var plural = function (el, n) {
    var c = 'other';
    try { c = new Intl.PluralRules(lang).select(n); } catch (e) {}
    var f = el.getAttribute('data-form-' + c) || el.getAttribute('data-form-other');
    return f ? f.replace('{n}', n.toLocaleString(lang)) : '';
  };
  var mk = function (tag, text) { var e = d.createElement(tag); e.textContent = text; return e; };
  run(function () {
    var form = $('search-form'), input = $('search-input'), out = $('search-results'), st = $('search-status') || { dataset: {} };
    if (!form || !input || !out) return;
    var timer, fillTimer, started, asked = {}, pending = [];
    // The snippet texts come in files of `chunk` pages (text-0.js, …), loaded by script tags
    // (from file:// too) only for the pages shown. As they arrive, only the snippets of the
    // results shown without their text are filled in: the list is not redrawn, so focus on a
    // result and the status read out stay where they are.
    var textOf = function (index, n) {
      var size = index.chunk || 1, k = Math.floor(n / size), texts = window.CASEBOOK_SEARCH_TEXT;
      if (texts && texts[k]) return texts[k][n % size];
      if (!asked[k]) {
        asked[k] = 1;
        var tag = d.createElement('script');
        tag.src = 'text-' + k + '.js';
        tag.onload = function () { clearTimeout(fillTimer); fillTimer = setTimeout(function () { run(fill); }, 30); };
        d.body.append(tag);
      }
      return null;
    };
    var setSnippet = function (p, e, text, q) {
      var parts = S.snippet(text || '', q) || S.snippet(e.summary || '', q) || S.snippet(e.summary || text || '', '') || [];
      p.textContent = '';
      parts.forEach(function (part) { p.append(part.mark ? mk('mark', part.text) : part.text); });
    };
    var fill = function () {
      var index = window.CASEBOOK_SEARCH, q = input.value;
      pending = pending.filter(function (item) {
        var text = textOf(index, item.n);
        if (text == null) return true;
        setSnippet(item.p, index.docs[item.n], text, q);
        return false;
      });
    };
    var search = function (write) {
      var q = input.value, index = window.CASEBOOK_SEARCH;
      out.textContent = '';
      pending = [];
      if (write) try { history.replaceState(null, '', (q.trim() ? '?q=' + encodeURIComponent(q.trim()) : location.pathname) + location.hash); } catch (e) {}
      if (!S.words(q).length) { st.textContent = st.dataset.hint || ''; return; }
      var hits = S.find(index, q);
      hits.slice(0, 50).forEach(function (n) {
        var e = index.docs[n], text = textOf(index, n), li = d.createElement('li'), a = mk('a', e.title), k = mk('span', e.kind), p = d.createElement('p');
        a.href = e.url;
        k.className = 'kind';
        setSnippet(p, e, text, q);
        if (text == null) pending.push({ n: n, p: p });
        li.append(a, ' ', k, p);
        out.append(li);
      });
      st.textContent = hits.length ? plural(st, hits.length) : st.dataset.none || '';
    };
    var start = function () {
      if (started) return;
      started = 1;
      run(function () { input.value = new URLSearchParams(location.search).get('q') || input.value; });
      run(search);
    };
    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); run(function () { search(1); }); });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(function () { search(1); }); }, 150); });
    if (window.CASEBOOK_SEARCH || d.readyState !== 'loading') start();
    d.addEventListener('DOMContentLoaded', start);
  });
})();

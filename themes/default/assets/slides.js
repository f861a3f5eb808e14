/* Casebook slides: runs a deck page written by `casebook build` (see deck.mustache).
 * Plain ES2017, no external script; works from file:// as well as from a web server.
 *
 * The first part, CasebookSlides, is pure (no DOM): navigation, keys, hash, swipes, the
 * timer and the messages that keep the audience and presenter windows in step. Node loads
 * it for Tests/JS/slides.test.mjs. The second part wires it to the page.
 */
var CasebookSlides = (function () {
  'use strict';

  /** Index (0-based) clamped into a deck of `count` slides. */
  function clamp(index, count) {
    if (!(count > 0) || !isFinite(index)) return 0;
    return Math.max(0, Math.min(count - 1, Math.floor(index)));
  }

  /** "#3" → 2; "" or anything that is not a slide number → null; past the end → last. */
  function indexFromHash(hash, count) {
    var match = /^#?(\d{1,6})$/.exec(hash || '');
    if (!match) return null;
    return clamp(parseInt(match[1], 10) - 1, count);
  }

  function hashFor(index) {
    return '#' + (index + 1);
  }

  /** Whether the page was opened as the presenter view (`?presenter`). */
  function isPresenter(search) {
    return /(^\?|&)presenter(=[^&]*)?(&|$)/.test(search || '');
  }

  /** The action of a key press, from a KeyboardEvent-like object. Letters are read from
   * `code` (the physical key), so F, O, P and B also work with a Cyrillic layout; any press
   * with Ctrl, Alt or Meta is left to the browser (Ctrl+P must still print). */
  function actionForKey(event) {
    if (!event || event.ctrlKey || event.altKey || event.metaKey) return null;
    switch (event.key) {
      case 'ArrowRight': case 'Right': case 'PageDown': return 'next';
      case 'ArrowLeft': case 'Left': case 'PageUp': return 'prev';
      case 'ArrowDown': case 'Down': return 'down';
      case 'ArrowUp': case 'Up': return 'up';
      case ' ': case 'Spacebar': return event.shiftKey ? 'prev' : 'next';
      case 'Home': return 'first';
      case 'End': return 'last';
      case 'Escape': case 'Esc': return 'escape';
      case '?': return 'help';
      case 'Enter': return 'enter';
    }
    switch (event.code) {
      case 'KeyF': return 'fullscreen';
      case 'KeyO': return 'overview';
      case 'KeyP': return 'presenter';
      case 'KeyB': case 'Period': return 'black';
      case 'Slash': return event.shiftKey ? 'help' : null;
    }
    if (!event.code) {
      var letters = { f: 'fullscreen', o: 'overview', p: 'presenter', b: 'black', '.': 'black' };
      var key = String(event.key || '').toLowerCase();
      if (Object.prototype.hasOwnProperty.call(letters, key)) return letters[key];
    }
    return null;
  }

  /** The next state after `action`. state: {index, overview, black}; `columns` is the number
   * of columns of the overview grid, where up and down move by a row. */
  function reduce(state, action, count, columns) {
    var next = { index: clamp(state.index, count), overview: !!state.overview, black: !!state.black };
    var step = Math.max(1, columns || 1);
    switch (action) {
      case 'next': next.index = clamp(next.index + 1, count); break;
      case 'prev': next.index = clamp(next.index - 1, count); break;
      case 'down': next.index = clamp(next.index + (next.overview ? step : 1), count); break;
      case 'up': next.index = clamp(next.index - (next.overview ? step : 1), count); break;
      case 'first': next.index = 0; break;
      case 'last': next.index = clamp(count - 1, count); break;
      case 'overview': next.overview = !next.overview; break;
      case 'enter': next.overview = false; break;
      case 'escape':
        if (next.black) next.black = false;
        else next.overview = !next.overview;
        return next;
      case 'black': next.black = !next.black; return next;
      default: return next;
    }
    if (action !== 'overview') next.black = false;
    return next;
  }

  /** 'next' for a swipe to the left, 'prev' to the right, null for anything else (a tap,
   * a vertical scroll, a diagonal drag). */
  function swipeAction(dx, dy, minimum) {
    var least = minimum || 50;
    if (Math.abs(dx) < least || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
    return dx < 0 ? 'next' : 'prev';
  }

  /** A click on the left fifth of the stage goes back; anywhere else goes on. */
  function clickAction(x, width) {
    return width > 0 && x < width / 5 ? 'prev' : 'next';
  }

  /** 0:07, 12:34, 1:02:03. */
  function formatElapsed(ms) {
    var seconds = Math.max(0, Math.floor((ms || 0) / 1000));
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return h > 0 ? h + ':' + pad(m) + ':' + pad(s) : m + ':' + pad(s);
  }

  /** A stopwatch as plain data: {start, pausedAt}; times in ms. */
  var timer = {
    start: function (now) { return { start: now, pausedAt: null }; },
    elapsed: function (t, now) { return (t.pausedAt === null ? now : t.pausedAt) - t.start; },
    paused: function (t) { return t.pausedAt !== null; },
    toggle: function (t, now) {
      return t.pausedAt === null ? { start: t.start, pausedAt: now } : { start: t.start + (now - t.pausedAt), pausedAt: null };
    }
  };

  /** The message one window sends the other when its slide changes. */
  function message(deck, from, seq, index) {
    return { type: 'casebook-slides', deck: deck, from: from, seq: seq, index: index };
  }

  /** Whether a received message is for this deck, from another window, and newer than the
   * last one seen from that window (the same message may come by several ways). */
  function accepts(msg, deck, self, seen) {
    if (!msg || msg.type !== 'casebook-slides' || msg.deck !== deck || msg.from === self) return false;
    if (typeof msg.index !== 'number' || typeof msg.seq !== 'number') return false;
    return !(seen && seen[msg.from] >= msg.seq);
  }

  /** The share of the deck shown, for the progress bar: 0 on the first slide, 1 on the last. */
  function progress(index, count) {
    return count > 1 ? clamp(index, count) / (count - 1) : 1;
  }

  return {
    clamp: clamp, indexFromHash: indexFromHash, hashFor: hashFor, isPresenter: isPresenter,
    actionForKey: actionForKey, reduce: reduce, swipeAction: swipeAction, clickAction: clickAction,
    formatElapsed: formatElapsed, timer: timer, message: message, accepts: accepts, progress: progress
  };
})();

if (typeof module === 'object' && module.exports) module.exports = CasebookSlides;

if (typeof document !== 'undefined' && document.getElementById('deck-stage')) (function () {
  'use strict';
  var N = CasebookSlides;
  var root = document.documentElement;
  var body = document.body;
  var stage = document.getElementById('deck-stage');
  var slides = Array.prototype.slice.call(stage.querySelectorAll('.slide'));
  var count = slides.length;
  var deck = body.getAttribute('data-deck') || location.pathname;
  var text = function (name) { return body.getAttribute('data-' + name) || ''; };
  var presenter = N.isPresenter(location.search);
  var overviewNav = document.getElementById('deck-overview');
  var help = document.getElementById('deck-help');
  var live = document.getElementById('deck-live');
  var black = document.querySelector('.deck-black');
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');
  /** The slide a hash points to: "#3", or the id of something on a slide (a heading, a footnote). */
  function slideOfHash(hash) {
    var index = N.indexFromHash(hash, count);
    if (index !== null || !hash || hash.length < 2) return index;
    var target = null;
    try { target = document.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { /* bad escape */ }
    var slide = target && target.closest ? target.closest('.slide') : null;
    return slide && slides.indexOf(slide) >= 0 ? slides.indexOf(slide) : null;
  }

  var state = { index: slideOfHash(location.hash) || 0, overview: false, black: false };
  var shown = -1;
  var returnFocus = null;

  root.classList.add('js');
  if (presenter) root.classList.add('presenter');

  // ---- fitting: a slide that holds a little too much is shrunk, never cut -------------
  function fit(slide) {
    var content = slide.querySelector('.slide-body');
    if (!content || !slide.offsetWidth) return;
    content.style.fontSize = '';
    slide.classList.remove('overflowing');
    content.removeAttribute('tabindex');
    var scale = 1;
    while (content.scrollHeight > content.clientHeight + 1 && scale > 0.71) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      content.style.fontSize = scale + 'em';
    }
    if (content.scrollHeight > content.clientHeight + 1) {
      // Still too much: let it scroll (by keyboard too) rather than hide the rest.
      slide.classList.add('overflowing');
      content.tabIndex = 0;
      if (window.console) console.warn('Slide ' + (slides.indexOf(slide) + 1) + ' does not fit its stage.');
    }
  }

  function fitAll() {
    root.classList.add('measuring');
    slides.forEach(fit);
    root.classList.remove('measuring');
  }

  // ---- showing a slide ------------------------------------------------------------------
  function render(origin) {
    var index = state.index;
    var changed = index !== shown;
    if (changed) {
      var previous = slides[shown];
      var focusInside = previous && previous.contains(document.activeElement);
      if (previous) previous.classList.remove('is-current');
      slides[index].classList.add('is-current');
      if (!reducedMotion || !reducedMotion.matches) {
        slides[index].classList.remove('entering');
        void slides[index].offsetWidth;
        slides[index].classList.add('entering');
      }
      shown = index;
      root.classList.toggle('at-first', index === 0);
      Array.prototype.forEach.call(document.querySelectorAll('.deck-current'), function (el) {
        el.textContent = String(index + 1);
      });
      var bar = document.querySelector('.deck-progress-bar');
      if (bar) bar.style.width = (N.progress(index, count) * 100).toFixed(2) + '%';
      if (origin !== 'init') {
        live.textContent = text('slide-word') + ' ' + (slides[index].getAttribute('aria-label') || index + 1);
      }
      if (focusInside) {
        slides[index].tabIndex = -1;
        slides[index].focus({ preventScroll: true });
      }
      updateHash(index);
      if (presenter) updatePresenter(index);
      if (origin === 'local' || origin === 'hash') send(index);
    }
    root.classList.toggle('overview', state.overview);
    overviewNav.hidden = !state.overview;
    if (state.overview) openOverview(); else closeOverview();
    black.hidden = !state.black;
  }

  function updateHash(index) {
    var hash = N.hashFor(index);
    if (location.hash !== hash) {
      try { history.replaceState(null, '', hash); } catch (e) { location.replace(hash); }
    }
    Array.prototype.forEach.call(document.querySelectorAll('a[data-keep-place]'), function (link) {
      link.setAttribute('href', link.getAttribute('href').split('#')[0] + hash);
    });
  }

  function act(action) {
    if (action === 'fullscreen') return toggleFullscreen();
    if (action === 'presenter') return openOtherView();
    if (action === 'help') return toggleHelp();
    var columns = state.overview ? overviewColumns() : 1;
    state = N.reduce(state, action, count, columns);
    render('local');
    if (state.overview) focusThumbnail(state.index);
  }

  // ---- keys, clicks, swipes, hash -----------------------------------------------------------
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented) return;
    var action = N.actionForKey(event);
    if (help && help.hasAttribute('open')) {
      // The dialog closes itself on Esc; `?` closes it too.
      if (action === 'help') { event.preventDefault(); toggleHelp(); }
      return;
    }
    var target = event.target && event.target.closest ? event.target : null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (!action) return;
    // Space and Enter keep their meaning on a focused button or disclosure, Enter on a link.
    if (event.key === ' ' && target && target.closest('button, summary')) return;
    if (action === 'enter' && (!state.overview || (target && target.closest('button, summary, a[href]')))) return;
    // Arrows scroll a focused wide table, or a slide that had to scroll, rather than turn the slide.
    if (/^Arrow/.test(event.key) && target && !state.overview &&
        (target.closest('.table-wrap') || target.classList.contains('slide-body'))) return;
    event.preventDefault();
    act(action);
  });

  stage.addEventListener('click', function (event) {
    if (state.overview || event.button !== 0) return;
    if (event.target.closest && event.target.closest('a, button, summary, details, input, select, textarea, label, .table-wrap')) return;
    var selection = window.getSelection && window.getSelection();
    if (selection && String(selection).length > 0) return;
    var box = stage.getBoundingClientRect();
    act(N.clickAction(event.clientX - box.left, box.width));
  });

  var touch = null;
  stage.addEventListener('touchstart', function (event) {
    touch = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
  }, { passive: true });
  stage.addEventListener('touchend', function (event) {
    if (!touch || !event.changedTouches.length) return;
    var action = N.swipeAction(event.changedTouches[0].clientX - touch.x, event.changedTouches[0].clientY - touch.y);
    touch = null;
    if (action) act(action);
  });

  window.addEventListener('hashchange', function () {
    var index = slideOfHash(location.hash);
    if (index === null) return;
    state = { index: index, overview: false, black: false };
    render('hash');
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-action]'), function (button) {
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      var action = button.getAttribute('data-action');
      if (action === 'timer-pause') return toggleTimer();
      if (action === 'timer-reset') return resetTimer();
      act(action);
    });
  });

  // Controls show while the mouse moves and whenever they hold the focus.
  var idle = null;
  function showControls() {
    root.classList.add('controls-visible');
    clearTimeout(idle);
    idle = setTimeout(function () { root.classList.remove('controls-visible'); }, 3000);
  }
  document.addEventListener('mousemove', showControls);
  document.addEventListener('touchstart', showControls, { passive: true });

  // ---- fullscreen, help ----------------------------------------------------------------
  function toggleFullscreen() {
    var element = document.fullscreenElement || document.webkitFullscreenElement;
    try {
      var result;
      if (element) result = (document.exitFullscreen || document.webkitExitFullscreen).call(document);
      else result = (root.requestFullscreen || root.webkitRequestFullscreen).call(root);
      if (result && result.catch) result.catch(function () {});
    } catch (e) { /* fullscreen not allowed here: nothing to do */ }
  }

  function toggleHelp() {
    if (help.hasAttribute('open')) { help.close ? help.close() : help.removeAttribute('open'); return; }
    if (help.showModal) help.showModal(); else help.setAttribute('open', '');
  }

  // ---- overview ---------------------------------------------------------------------------
  var overviewBuilt = false;

  /** A copy of a slide for a thumbnail or the presenter's preview: no ids, nothing focusable. */
  function copyOf(slide) {
    var copy = slide.cloneNode(true);
    copy.removeAttribute('id');
    copy.removeAttribute('aria-label');
    copy.removeAttribute('aria-roledescription');
    copy.classList.add('is-current');
    copy.classList.remove('entering');
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (el) { el.removeAttribute('id'); });
    Array.prototype.forEach.call(copy.querySelectorAll('[aria-labelledby]'), function (el) { el.removeAttribute('aria-labelledby'); });
    Array.prototype.forEach.call(copy.querySelectorAll('details, .notes'), function (el) { el.parentNode.removeChild(el); });
    Array.prototype.forEach.call(copy.querySelectorAll('a[href]'), function (el) { el.removeAttribute('href'); });
    Array.prototype.forEach.call(copy.querySelectorAll('[tabindex]'), function (el) { el.removeAttribute('tabindex'); });
    copy.setAttribute('aria-hidden', 'true');
    copy.setAttribute('inert', '');
    return copy;
  }

  function openOverview() {
    if (!overviewBuilt) {
      var list = overviewNav.querySelector('ol');
      slides.forEach(function (slide, index) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = N.hashFor(index);
        link.setAttribute('aria-label', slide.getAttribute('aria-label') || String(index + 1));
        var thumb = document.createElement('div');
        thumb.className = 'thumb';
        thumb.appendChild(copyOf(slide));
        var number = document.createElement('span');
        number.className = 'thumb-number';
        number.setAttribute('aria-hidden', 'true');
        number.textContent = String(index + 1);
        link.appendChild(thumb);
        link.appendChild(number);
        item.appendChild(link);
        list.appendChild(item);
      });
      overviewBuilt = true;
    }
    var links = overviewNav.querySelectorAll('a');
    Array.prototype.forEach.call(links, function (link, index) {
      if (index === state.index) link.setAttribute('aria-current', 'true'); else link.removeAttribute('aria-current');
    });
    if (!overviewNav.contains(document.activeElement)) {
      returnFocus = document.activeElement;
      focusThumbnail(state.index);
    }
  }

  overviewNav.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a');
    if (!link) return;
    event.preventDefault();
    var index = N.indexFromHash(link.getAttribute('href'), count);
    state = { index: index === null ? state.index : index, overview: false, black: false };
    render('local');
  });

  function closeOverview() {
    if (returnFocus && overviewNav.contains(document.activeElement)) {
      try { returnFocus.focus({ preventScroll: true }); } catch (e) { /* gone */ }
    }
    if (overviewNav.contains(document.activeElement)) document.activeElement.blur();
    returnFocus = null;
  }

  function focusThumbnail(index) {
    var link = overviewNav.querySelectorAll('a')[index];
    if (link) { link.focus({ preventScroll: true }); link.scrollIntoView({ block: 'nearest' }); }
  }

  function overviewColumns() {
    var items = overviewNav.querySelectorAll('li');
    if (items.length < 2) return 1;
    var top = items[0].offsetTop, columns = 0;
    while (columns < items.length && items[columns].offsetTop === top) columns++;
    return Math.max(1, columns);
  }

  // ---- two windows in step: BroadcastChannel, storage events, and the opener ---------------
  var self = Math.random().toString(36).slice(2) + Date.now().toString(36);
  var seq = 0;
  var seen = {};
  var storageKey = 'casebook-slides:' + deck;
  var channel = null;
  var other = null; // the window this one opened, if any

  try {
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(storageKey);
      channel.onmessage = function (event) { receive(event.data); };
    }
  } catch (e) { channel = null; }
  window.addEventListener('storage', function (event) {
    if (event.key !== storageKey || !event.newValue) return;
    try { receive(JSON.parse(event.newValue)); } catch (e) { /* not ours */ }
  });
  window.addEventListener('message', function (event) { receive(event.data); });

  function send(index) {
    var msg = N.message(deck, self, ++seq, index);
    if (channel) { try { channel.postMessage(msg); } catch (e) { /* closed */ } }
    try { localStorage.setItem(storageKey, JSON.stringify(msg)); } catch (e) { /* storage off */ }
    [other, window.opener].forEach(function (win) {
      try { if (win && !win.closed) win.postMessage(msg, '*'); } catch (e) { /* gone */ }
    });
  }

  function receive(msg) {
    if (!N.accepts(msg, deck, self, seen)) return;
    seen[msg.from] = msg.seq;
    if (msg.index === state.index) return;
    state = N.reduce({ index: msg.index, overview: state.overview, black: false }, 'none', count, 1);
    render('remote');
  }

  function openOtherView() {
    var base = location.href.split('#')[0].split('?')[0];
    var url = base + (presenter ? '' : '?presenter') + N.hashFor(state.index);
    var name = 'casebook-' + (presenter ? 'audience' : 'presenter') + '-' + deck.replace(/\W/g, '-');
    var features = presenter ? '' : 'popup,width=1280,height=800';
    other = window.open(url, name, features);
    if (!other) window.alert(text('popup-blocked'));
  }

  // ---- presenter view: notes, next slide, timer ------------------------------------------
  var clock = null;
  var timerKey = 'casebook-slides-timer:' + deck;

  function updatePresenter(index) {
    var panel = document.getElementById('deck-presenter');
    var notes = slides[index].querySelectorAll('.notes');
    var notesBox = panel.querySelector('.presenter-notes-text');
    notesBox.textContent = '';
    if (notes.length) {
      Array.prototype.forEach.call(notes, function (note) {
        Array.prototype.forEach.call(note.childNodes, function (node) { notesBox.appendChild(node.cloneNode(true)); });
      });
    } else {
      var none = document.createElement('p');
      none.className = 'presenter-empty';
      none.textContent = text('no-notes');
      notesBox.appendChild(none);
    }
    var nextBox = panel.querySelector('.presenter-next-slide');
    nextBox.textContent = '';
    if (index + 1 < count) {
      nextBox.appendChild(copyOf(slides[index + 1]));
    } else {
      var end = document.createElement('p');
      end.className = 'presenter-end';
      end.textContent = text('end');
      nextBox.appendChild(end);
    }
  }

  function loadTimer() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(timerKey));
      if (saved && typeof saved.start === 'number') return saved;
    } catch (e) { /* no storage */ }
    return N.timer.start(Date.now());
  }

  function saveTimer() {
    try { sessionStorage.setItem(timerKey, JSON.stringify(clock)); } catch (e) { /* no storage */ }
  }

  function tick() {
    var now = Date.now();
    var panel = document.getElementById('deck-presenter');
    panel.querySelector('.presenter-elapsed').textContent = N.formatElapsed(N.timer.elapsed(clock, now));
    var time = new Date(now);
    panel.querySelector('.presenter-clock').textContent =
      time.getHours() + ':' + (time.getMinutes() < 10 ? '0' : '') + time.getMinutes();
    panel.querySelector('[data-action="timer-pause"]').textContent = N.timer.paused(clock) ? text('resume') : text('pause');
  }

  function toggleTimer() { clock = N.timer.toggle(clock, Date.now()); saveTimer(); tick(); }
  function resetTimer() { clock = N.timer.start(Date.now()); saveTimer(); tick(); }

  // ---- start ------------------------------------------------------------------------------
  if (presenter) {
    document.getElementById('deck-presenter').hidden = false;
    clock = loadTimer();
    saveTimer();
    tick();
    setInterval(tick, 1000);
  }
  fitAll();
  render('init');
  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { if (slides[shown]) fit(slides[shown]); }, 150);
  });
  window.addEventListener('beforeprint', fitAll);
})();

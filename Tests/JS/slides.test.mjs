// The navigation logic of themes/default/assets/slides.js (its pure part, CasebookSlides),
// run with the preinstalled node: `node --test Tests/JS/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const S = require('../../themes/default/assets/slides.js');

const key = (key, extra = {}) => ({ key, code: '', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...extra });
const start = { index: 0, overview: false, black: false };

test('the hash names a slide from 1; anything else is no slide', () => {
  assert.equal(S.indexFromHash('#1', 13), 0);
  assert.equal(S.indexFromHash('#5', 13), 4);
  assert.equal(S.indexFromHash('5', 13), 4);
  assert.equal(S.indexFromHash('#99', 13), 12, 'past the end is the last slide');
  assert.equal(S.indexFromHash('#0', 13), 0);
  assert.equal(S.indexFromHash('', 13), null);
  assert.equal(S.indexFromHash('#top', 13), null);
  assert.equal(S.indexFromHash('#3.5', 13), null);
  assert.equal(S.hashFor(4), '#5');
  for (let i = 0; i < 13; i++) assert.equal(S.indexFromHash(S.hashFor(i), 13), i);
});

test('keys: arrows, Space, PgUp, PgDn, Home, End', () => {
  assert.equal(S.actionForKey(key('ArrowRight')), 'next');
  assert.equal(S.actionForKey(key('PageDown')), 'next');
  assert.equal(S.actionForKey(key(' ')), 'next');
  assert.equal(S.actionForKey(key(' ', { shiftKey: true })), 'prev');
  assert.equal(S.actionForKey(key('ArrowLeft')), 'prev');
  assert.equal(S.actionForKey(key('PageUp')), 'prev');
  assert.equal(S.actionForKey(key('Home')), 'first');
  assert.equal(S.actionForKey(key('End')), 'last');
  assert.equal(S.actionForKey(key('ArrowDown')), 'down');
  assert.equal(S.actionForKey(key('Escape')), 'escape');
  assert.equal(S.actionForKey(key('?', { shiftKey: true, code: 'Slash' })), 'help');
});

test('letter keys follow the physical key, so a Russian layout works too', () => {
  assert.equal(S.actionForKey(key('f', { code: 'KeyF' })), 'fullscreen');
  assert.equal(S.actionForKey(key('а', { code: 'KeyF' })), 'fullscreen');
  assert.equal(S.actionForKey(key('щ', { code: 'KeyO' })), 'overview');
  assert.equal(S.actionForKey(key('з', { code: 'KeyP' })), 'presenter');
  assert.equal(S.actionForKey(key('и', { code: 'KeyB' })), 'black');
  assert.equal(S.actionForKey(key(',', { code: 'Slash', shiftKey: true })), 'help');
  assert.equal(S.actionForKey(key('O')), 'overview', 'old browsers without code');
  assert.equal(S.actionForKey(key('x', { code: 'KeyX' })), null);
});

test('keys held with Ctrl, Alt or Meta stay with the browser (Ctrl+P prints)', () => {
  assert.equal(S.actionForKey(key('p', { code: 'KeyP', ctrlKey: true })), null);
  assert.equal(S.actionForKey(key('ArrowRight', { altKey: true })), null);
  assert.equal(S.actionForKey(key('f', { code: 'KeyF', metaKey: true })), null);
});

test('moving stays within the deck', () => {
  let state = start;
  state = S.reduce(state, 'prev', 13);
  assert.equal(state.index, 0);
  state = S.reduce(state, 'next', 13);
  assert.equal(state.index, 1);
  state = S.reduce(state, 'last', 13);
  assert.equal(state.index, 12);
  state = S.reduce(state, 'next', 13);
  assert.equal(state.index, 12);
  state = S.reduce(state, 'first', 13);
  assert.equal(state.index, 0);
  assert.equal(S.reduce({ index: 40, overview: false, black: false }, 'none', 13).index, 12);
});

test('the overview opens and closes with O or Esc; up and down move by a row in it', () => {
  let state = S.reduce({ index: 5, overview: false, black: false }, 'overview', 13, 4);
  assert.equal(state.overview, true);
  assert.equal(S.reduce(state, 'down', 13, 4).index, 9);
  assert.equal(S.reduce(state, 'up', 13, 4).index, 1);
  assert.equal(S.reduce(state, 'up', 13, 4).overview, true);
  assert.equal(S.reduce(state, 'next', 13, 4).index, 6);
  assert.equal(S.reduce(state, 'escape', 13, 4).overview, false);
  assert.equal(S.reduce(state, 'enter', 13, 4).overview, false);
  assert.equal(S.reduce(state, 'overview', 13, 4).overview, false);
  assert.equal(S.reduce(start, 'escape', 13).overview, true, 'Esc also opens it');
  assert.equal(S.reduce({ index: 5, overview: false, black: false }, 'down', 13, 4).index, 6, 'down is next outside the overview');
});

test('a black screen stays until B or Esc, or a move', () => {
  let state = S.reduce(start, 'black', 13);
  assert.equal(state.black, true);
  assert.equal(S.reduce(state, 'black', 13).black, false);
  const escaped = S.reduce(state, 'escape', 13);
  assert.deepEqual([escaped.black, escaped.overview], [false, false], 'Esc lifts the black screen first');
  assert.equal(S.reduce(state, 'next', 13).black, false);
});

test('swipes: left goes on, right goes back, taps and scrolls do nothing', () => {
  assert.equal(S.swipeAction(-120, 10), 'next');
  assert.equal(S.swipeAction(120, -5), 'prev');
  assert.equal(S.swipeAction(-20, 0), null);
  assert.equal(S.swipeAction(-80, 100), null);
  assert.equal(S.swipeAction(0, 0), null);
});

test('a click on the left fifth goes back, elsewhere on', () => {
  assert.equal(S.clickAction(50, 1000), 'prev');
  assert.equal(S.clickAction(199, 1000), 'prev');
  assert.equal(S.clickAction(200, 1000), 'next');
  assert.equal(S.clickAction(900, 1000), 'next');
});

test('the presenter view is asked for with ?presenter', () => {
  assert.equal(S.isPresenter('?presenter'), true);
  assert.equal(S.isPresenter('?a=1&presenter'), true);
  assert.equal(S.isPresenter('?presenter=1'), true);
  assert.equal(S.isPresenter(''), false);
  assert.equal(S.isPresenter('?presenters'), false);
  assert.equal(S.isPresenter('?nopresenter'), false);
});

test('the timer counts, pauses, resumes and shows minutes and seconds', () => {
  let t = S.timer.start(1000);
  assert.equal(S.timer.elapsed(t, 8000), 7000);
  t = S.timer.toggle(t, 8000);
  assert.equal(S.timer.paused(t), true);
  assert.equal(S.timer.elapsed(t, 60000), 7000, 'paused time does not count');
  t = S.timer.toggle(t, 60000);
  assert.equal(S.timer.paused(t), false);
  assert.equal(S.timer.elapsed(t, 61000), 8000);
  assert.equal(S.formatElapsed(7000), '0:07');
  assert.equal(S.formatElapsed(754000), '12:34');
  assert.equal(S.formatElapsed(3723000), '1:02:03');
  assert.equal(S.formatElapsed(-5), '0:00');
});

test('windows take messages of their deck from other windows, each once and in order', () => {
  const seen = {};
  const m1 = S.message('en/review', 'a', 1, 4);
  assert.equal(S.accepts(m1, 'en/review', 'b', seen), true);
  seen[m1.from] = m1.seq;
  assert.equal(S.accepts(m1, 'en/review', 'b', seen), false, 'the same message by a second way');
  assert.equal(S.accepts(S.message('en/review', 'a', 2, 5), 'en/review', 'b', seen), true);
  assert.equal(S.accepts(S.message('en/review', 'b', 9, 5), 'en/review', 'b', seen), false, 'not from itself');
  assert.equal(S.accepts(S.message('ru/review', 'a', 9, 5), 'en/review', 'b', seen), false, 'not another deck');
  assert.equal(S.accepts({ type: 'other', index: 1 }, 'en/review', 'b', seen), false);
  assert.equal(S.accepts(null, 'en/review', 'b', seen), false);
  assert.equal(S.accepts(JSON.parse(JSON.stringify(S.message('en/review', 'c', 1, 2))), 'en/review', 'b', seen), true,
    'survives localStorage (JSON)');
});

test('progress runs from 0 on the first slide to 1 on the last', () => {
  assert.equal(S.progress(0, 13), 0);
  assert.equal(S.progress(12, 13), 1);
  assert.equal(S.progress(6, 13), 0.5);
  assert.equal(S.progress(0, 1), 1);
});

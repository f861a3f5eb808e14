// The search of themes/default/assets/search.js (its pure part, CasebookSearch), run with the
// preinstalled node: `node --test Tests/JS/`. The stemmer pairs are the Snowball project's
// (Tests/Fixtures/stemming/, also read by StemmerTests.swift); the folding examples are those
// of SearchTermsTests.swift, so the query is read as the build reads pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const S = require('../../themes/default/assets/search.js');
const pairs = name => readFileSync(new URL(`../Fixtures/stemming/${name}.tsv`, import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map(line => line.split('\t'));

test('Russian stemmer: the Snowball pairs', () => {
  const list = pairs('russian');
  assert.ok(list.length >= 290);
  for (const [word, stem] of list) assert.equal(S.stemRu(word), stem, word);
});

test('English (Porter2) stemmer: the Snowball pairs', () => {
  const list = pairs('english');
  assert.ok(list.length >= 290);
  for (const [word, stem] of list) assert.equal(S.stemEn(word), stem, word);
});

test('words are folded as the index folds them; hyphens separate', () => {
  assert.deepEqual(S.words("Чоң-Токой, ЁЛКИ и Өрнөк-Үй: учёт 2021 г. (women's)"),
    ['чон', 'токой', 'елки', 'орнок', 'уй', 'учет', '2021', 'women']);
  assert.deepEqual(S.words('Straße — Éva NAÏVE'), ['straße', 'éva', 'naïve']);
  assert.deepEqual(S.words(''), []);
});

test('terms: Russian and English words stemmed, others as they are', () => {
  const cases = [['отдаленного', 'отдален'], ['отдалённых', 'отдален'], ['учет', 'учет'], ['учёта', 'учет'],
    ['чон', 'чон'], ['токой', 'ток'], ['budgeting', 'budget'], ['women', 'women'], ['2021', '2021'],
    ['naïve', 'naïve'], ['ak-zhol', 'ak-zhol']];
  for (const [word, term] of cases) assert.equal(S.term(word), term, word);
});

// Three pages as the build writes them: (page - previous page) * 3 + field (2 title, 1 summary, 0 text).
const index = {
  docs: [
    { title: 'Чоң-Токой', url: 'a', kind: 'Оценка', summary: '', text: 'Сильные стороны · Школьный автобус из отдалённого села.' },
    { title: 'Школьный автобус из отдалённого села', url: 'b', kind: 'Кейс', summary: 'Учёт расходов.', text: 'Проблема · Село Сай-Булак — самое отдалённое в аймаке Чоң-Токой.' },
    { title: 'О конкурсе', url: 'c', kind: 'Страница', summary: '', text: 'Лучшие решения в этот сборник. Кто мог участвовать · К участию приглашались аймаки.' },
  ],
  terms: {
    'автобус': [0, 5], 'отдален': [0, 5], 'сел': [0, 5], 'чон': [2, 3], 'ток': [2, 3], 'чонток': [2, 3],
    'учет': [4], 'расход': [4], 'участвова': [6], 'сборник': [6], 'кто': [6],
  },
};

test('every query word must match; title matches rank first', () => {
  assert.deepEqual(S.find(index, 'отдаленного села'), [1, 0]);
  assert.deepEqual(S.find(index, 'Чон-Токой'), [0, 1]);
  assert.deepEqual(S.find(index, 'ЧОҢ ТОКОЙ'), [0, 1]);
  assert.deepEqual(S.find(index, 'чонтокой'), [0, 1]);
  assert.deepEqual(S.find(index, 'учет '), [1]);
  assert.deepEqual(S.find(index, 'учет автобус'), [1]);
  assert.deepEqual(S.find(index, 'учет сборник'), []);
  assert.deepEqual(S.find(index, 'участвовать'), [2]);
  assert.deepEqual(S.find(index, ''), []);
  assert.deepEqual(S.find(undefined, 'село'), []);
});

test('the word being typed matches the terms it starts', () => {
  assert.deepEqual(S.find(index, 'сбор'), [2]);
  assert.deepEqual(S.find(index, 'сбор '), []);
  assert.deepEqual(S.find(index, 'авто'), [1, 0]);
});

const shown = parts => parts && parts.map(p => (p.mark ? `[${p.text}]` : p.text)).join('');

test('snippets: where most query words meet, every match marked, cut at words', () => {
  assert.equal(shown(S.snippet(index.docs[1].text, 'отдаленного Чон')),
    'Проблема · Село Сай-Булак — самое [отдалённое] в аймаке [Чоң]-Токой.');
  assert.equal(shown(S.snippet(index.docs[2].text, 'кто мог участвовать', 20, 30)),
    '… в этот сборник. [Кто] [мог] [участвовать] · К участию …');
  assert.equal(shown(S.snippet(index.docs[2].text, 'учет')), null);
  assert.equal(shown(S.snippet('Учёт расходов.', 'учет')), '[Учёт] расходов.');
  assert.equal(shown(S.snippet('Раз два · Село тут · три четыре пять', 'село', 3, 6)), '… [Село] тут …');
  assert.equal(shown(S.snippet('Бюджет села утверждён. Затем долго о другом, очень долго. Учёт бюджета ведут все.', 'учет бюджета', 10, 30)),
    '… долго. [Учёт] [бюджета] ведут все.');
});

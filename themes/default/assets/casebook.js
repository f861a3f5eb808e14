/* casebook theme script: pages read fine without it. */
(() => {
	const d = document, KEY = 'casebook-lang';
	let lang = d.documentElement.lang || undefined;
	try { 'a'.toLocaleLowerCase(lang); } catch (e) { lang = undefined; }
	const run = f => { try { f(); } catch (e) {} };
	const $ = id => d.getElementById(id);
	const low = s => s.toLocaleLowerCase(lang);
	const store = v => { try { return v ? localStorage[KEY] = v : localStorage[KEY]; } catch (e) {} };
	const setURL = u => { try { history.replaceState(null, '', u); } catch (e) {} };
	const on = (el, ev, f) => el.addEventListener(ev, f);
	const mk = (t, x) => { const e = d.createElement(t); e.textContent = x; return e; };
	const plural = (el, n) => {
		let c = 'other';
		try { c = new Intl.PluralRules(lang).select(n); } catch (e) {}
		const a = 'data-form-', f = el.getAttribute(a + c) || el.getAttribute(a + 'other');
		return f ? f.replace('{n}', n.toLocaleString(lang)) : '';
	};

	// a. Remember the language (#choose keeps the root page)
	run(() => {
		on(d, 'click', e => run(() => store(e.target.closest('a[data-lang]').dataset.lang)));
		const box = $('language-choice'), l = box && location.hash !== '#choose' && store();
		if (l) for (const a of box.querySelectorAll('a[data-lang]')) if (a.dataset.lang === l) return location.replace(a.href);
	});

	// Boxes that scroll sideways get a keyboard stop
	const scrollers = () => d.querySelectorAll('.table-wrap, .prose>table, .chart-figure').forEach(el => {
		if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
	});
	run(scrollers);
	on(window, 'resize', () => run(scrollers));

	// b. Case filters, kept in the hash: #sector=water&group=women
	run(() => {
		const form = $('filters'), list = $('case-list'), count = $('case-count'), none = $('no-match');
		if (!form || !list) return;
		const sel = [...form.querySelectorAll('select[data-filter]')];
		const cards = [...list.querySelectorAll(':scope > li.card')];
		const key = s => s.dataset.filter.replace(/s$/, '');
		const apply = write => {
			let n = 0;
			for (const c of cards) {
				c.hidden = !sel.every(s => !s.value || (c.dataset[s.dataset.filter] || '').split(' ').includes(s.value));
				n += !c.hidden;
			}
			const t = count && plural(count, n);
			if (t) count.textContent = t;
			if (none) none.hidden = n > 0;
			if (write) {
				const h = sel.filter(s => s.value).map(s => key(s) + '=' + encodeURIComponent(s.value)).join('&');
				setURL(h ? '#' + h : location.pathname + location.search);
			}
		};
		const read = () => {
			const q = {};
			for (const p of location.hash.slice(1).split('&')) try { const [k, v] = p.split('='); q[k] = decodeURIComponent(v); } catch (e) {}
			for (const s of sel) {
				s.value = q[key(s)] || '';
				if (s.selectedIndex < 0) s.value = '';
			}
			apply();
		};
		form.hidden = false;
		on(form, 'change', () => apply(1));
		on(form, 'reset', () => setTimeout(() => run(() => apply(1))));
		on(window, 'hashchange', read);
		read();
	});

	// c. Search (?q= makes it bookmarkable)
	run(() => {
		const form = $('search-form'), input = $('search-input'), out = $('search-results'), st = $('search-status') || { dataset: {} };
		if (!form || !input || !out) return;
		let cls = '[^\\p{L}\\p{N}]', fl = 'u', index, timer, started;
		try { RegExp(cls, fl); } catch (e) { cls = '\\s'; fl = ''; }
		const split = RegExp(cls + '+', fl), one = RegExp(cls, 'g' + fl);
		const norm = s => ' ' + low(s || '').replace(one, ' ');
		// Match word starts; cut Russian endings
		const words = q => low(q).split(split).filter(Boolean).map(w => {
			const s = w.replace(/[аеёиоуыэюяйь]{1,2}$/, '');
			return ' ' + (s.length > 2 ? s : w.slice(0, 3));
		});
		const snippet = (r, ws) => {
			let src = ' ' + r.text, lo = r.x, at = -1, len = 0;
			const find = () => ws.forEach(w => {
				const i = lo.indexOf(w);
				if (i >= 0 && (at < 0 || i < at)) { at = i + 1; len = w.length - 1; }
			});
			find();
			if (at < 0) { src = ' ' + (r.e.summary || ''); lo = r.s; find(); }
			if (lo.length !== src.length) src = lo;
			if (at < 0) at = len = 0;
			const a = Math.max(0, at - 70), b = at + len + 130, p = d.createElement('p'), end = src.slice(at + len, b);
			p.append(a ? '… ' + src.slice(a, at).replace(/^\S*\s/, '') : src.slice(0, at), mk('mark', src.slice(at, at + len)),
				b < src.length ? end.replace(/\s\S*$/, ' …') : end);
			return p;
		};
		const search = write => {
			const q = input.value.trim(), ws = words(q), hits = [], data = window.CASEBOOK_SEARCH;
			out.textContent = '';
			if (write) setURL((q ? '?q=' + encodeURIComponent(q) : location.pathname) + location.hash);
			if (!ws.length) return st.textContent = st.dataset.hint || '';
			if (!index && Array.isArray(data)) index = data.map(e => {
				const text = String(e.text || '').replace(/\s+/g, ' ');
				return { e, text, t: norm(e.title), s: norm(e.summary), x: norm(text) };
			});
			for (const r of index || []) {
				let score = 0;
				if (ws.every(w => (score += r.t.includes(w) ? 100 : r.s.includes(w) ? 10 : r.x.includes(w) ? 1 : NaN) > 0)) hits.push({ r, score });
			}
			hits.sort((a, b) => b.score - a.score);
			for (const { r } of hits.slice(0, 50)) {
				const li = d.createElement('li'), a = mk('a', r.e.title), k = mk('span', r.e.kind);
				a.href = r.e.url;
				k.className = 'kind';
				li.append(a, ' ', k, snippet(r, ws));
				out.append(li);
			}
			st.textContent = hits.length ? plural(st, hits.length) : st.dataset.none || '';
		};
		const start = () => started || run(() => {
			started = 1;
			try { input.value = new URLSearchParams(location.search).get('q') || input.value; } catch (e) {}
			search();
		});
		form.hidden = false;
		on(form, 'submit', e => { e.preventDefault(); run(() => search(1)); });
		on(input, 'input', () => { clearTimeout(timer); timer = setTimeout(() => run(() => search(1)), 200); });
		if (window.CASEBOOK_SEARCH || d.readyState === 'complete') start();
		on(d, 'DOMContentLoaded', start);
	});
})();

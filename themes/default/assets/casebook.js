/* casebook theme script: pages read fine without it. */
(() => {
	const d = document, KEY = 'casebook-lang';
	let lang = d.documentElement.lang || undefined;
	try { 'a'.toLocaleLowerCase(lang); } catch (e) { lang = undefined; }
	const run = f => { try { f(); } catch (e) {} };
	const $ = id => d.getElementById(id);
	const store = v => { try { return v ? localStorage[KEY] = v : localStorage[KEY]; } catch (e) {} };
	const setURL = u => { try { history.replaceState(null, '', u); } catch (e) {} };
	const on = (el, ev, f) => el.addEventListener(ev, f);
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
})();

// The article view: the original text with every layer on it, and the list of its events. Clicking an
// event lights up and scrolls to its evidence; clicking evidence in the text picks its event.

import {getJson} from '../api.js';
import {annotatedText, layerSpans} from '../annotate.js';
import {badge, el, route, safeHref} from '../dom.js';
import {QUAD} from '../quad.js';

export async function render(root, params) {
  const id = params.get('id');
  if (!id) {
    throw new Error('no article named: open one from the home page or a search');
  }
  const doc = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const text = annotatedText(doc.text, layerSpans(doc));
  const events = el('ol', {class: 'event-list'}, (doc.events || []).map((e, i) => eventItem(e, i)));
  root.append(
    el('h1', {}, doc.title || doc.id),
    el('p', {class: 'meta'}, `${doc.published} · id ${doc.id}`,
      doc.url ? [' · ', link(doc.url)] : '',
      doc.dateline && doc.dateline.place ? ` · dateline ${doc.dateline.place}` : ''),
    legend(doc),
    el('div', {class: 'article-layout'},
      el('section', {class: 'text-panel'}, text),
      el('aside', {class: 'events-panel'}, el('h2', {}, `Events (${(doc.events || []).length})`),
        (doc.events || []).length ? events : el('p', {class: 'muted'}, 'No events were coded in this article.'))));

  const select = (index, scroll) => {
    root.querySelectorAll('.active').forEach(n => n.classList.remove('active'));
    const item = events.querySelector(`li[data-index="${index}"]`);
    if (!item) {
      return;
    }
    item.classList.add('active');
    const marks = text.querySelectorAll(`[data-ev~="${index}"]`);
    marks.forEach(m => m.classList.add('active'));
    if (scroll && marks.length) {
      marks[0].scrollIntoView({block: 'center', behavior: 'smooth'});
    }
    history.replaceState(null, '', route('article', {id: doc.id, event: index}));
  };
  events.addEventListener('click', e => {
    const item = e.target.closest('li[data-index]');
    if (item) {
      select(Number(item.dataset.index), true);
    }
  });
  text.addEventListener('click', e => {
    const mark = e.target.closest('[data-ev]');
    if (mark) {
      const index = Number(mark.dataset.ev.split(' ')[0]);
      select(index, false);
      events.querySelector(`li[data-index="${index}"]`).scrollIntoView({block: 'nearest'});
    }
  });
  if (params.has('event')) {
    select(Number(params.get('event')), true);
  }
}

/** The article's URL: a link when it is a web address, else plain text (a javascript: URL stays inert). */
function link(url) {
  return safeHref(url) === '#' ? el('span', {class: 'unlinked', title: 'not a web address, so not a link'}, url)
    : el('a', {href: url, rel: 'noopener noreferrer', target: '_blank'}, url);
}

function legend(doc) {
  const count = (name) => (doc[name] || []).length;
  return el('p', {class: 'legend'},
    el('span', {class: 'm-entity'}, `entities ${count('entities')}`), ' ',
    el('span', {class: 'm-time'}, `times ${count('times')}`), ' ',
    el('span', {class: 'm-quote'}, `quotes ${count('quotes')}`), ' ',
    el('span', {class: 'm-evidence'}, `event evidence ${count('events')}`), ' ',
    el('span', {class: 'm-boiler'}, `boilerplate ${count('boilerplate')}`));
}

function actor(p) {
  if (!p) {
    return el('span', {class: 'muted'}, 'no target');
  }
  return el('span', {class: 'actor', title: `${p.name} (${p.source || 'actor'})`},
    `${p.text || p.name} `, el('code', {}, p.code || '—'));
}

function eventItem(e, i) {
  const quad = QUAD[e.quad_class];
  return el('li', {class: `event q${e.quad_class}`, 'data-index': i, tabindex: 0},
    el('div', {class: 'event-head'},
      badge(e.type, `type q${e.quad_class}`), ' ',
      el('code', {title: quad ? quad.label : ''}, `CAMEO ${e.cameo}`), ' ',
      el('span', {class: 'muted'}, `Goldstein ${e.goldstein}`),
      e.negated ? [' ', badge('negated', 'negated')] : '',
      e.modality && e.modality !== 'asserted' ? [' ', badge(e.modality, 'modality')] : ''),
    el('div', {class: 'event-actors'}, actor(e.source), ' → ', actor(e.target)),
    el('div', {class: 'event-when'}, 'date ', el('strong', {}, e.date || '—'),
      e.date_source ? ` (from ${e.date_source}${e.date_text ? ': “' + e.date_text + '”' : ''})` : ''),
    e.location ? el('div', {class: 'event-where'}, 'place ', el('strong', {}, e.location.name),
      e.location.country ? ` (${e.location.country})` : '') : '',
    e.claimant ? el('div', {class: 'event-claimant'}, 'claimed by ', actor(e.claimant)) : '',
    el('blockquote', {class: 'event-evidence'}, e.evidence ? e.evidence.text : ''));
}

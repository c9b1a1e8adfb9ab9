// The article view: the original text with every layer on it, and the list of its events, then its
// accounts, claims and positions. Clicking an event lights up and scrolls to its evidence; clicking
// evidence in the text picks its event; a claim or position lights up its span the same way.

import {getJson} from '../api.js';
import {annotatedText, layerSpans} from '../annotate.js';
import {badge, el, route, safeHref} from '../dom.js';
import {QUAD} from '../quad.js';
import {highlighted} from './accounts.js';

export async function render(root, params) {
  const id = params.get('id');
  if (!id) {
    throw new Error('no article named: open one from the home page or a search');
  }
  const doc = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const text = annotatedText(doc.text, layerSpans(doc));
  const events = el('ol', {class: 'event-list'}, (doc.events || []).map((e, i) => eventItem(e, i)));
  const claims = el('ol', {class: 'claim-list'}, (doc.claims || []).map((c, i) => claimItem(c, i)));
  const positions = el('ol', {class: 'position-list'}, (doc.positions || []).map((p, i) => positionItem(p, i)));
  root.append(
    el('h1', {}, doc.title || doc.id),
    el('p', {class: 'meta'}, `${doc.published} · id ${doc.id}`,
      doc.url ? [' · ', link(doc.url)] : '',
      doc.dateline && doc.dateline.place ? ` · dateline ${doc.dateline.place}` : ''),
    legend(doc),
    el('div', {class: 'article-layout'},
      el('section', {class: 'text-panel'}, text),
      el('aside', {class: 'events-panel'}, el('h2', {}, `Events (${(doc.events || []).length})`),
        (doc.events || []).length ? events : el('p', {class: 'muted'}, 'No events were coded in this article.'),
        accountsPanel(doc, claims, positions))));

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
  // A claim or position is picked the same way: its list entry and its span in the text light up.
  const pick = (kind, list, index) => {
    root.querySelectorAll('.active').forEach(n => n.classList.remove('active'));
    const item = list.querySelector(`li[data-index="${index}"]`);
    const marks = text.querySelectorAll(`[data-${kind}~="${index}"]`);
    if (!item) {
      return;
    }
    item.classList.add('active');
    marks.forEach(m => m.classList.add('active'));
    if (marks.length) {
      marks[0].scrollIntoView({block: 'center', behavior: 'smooth'});
    }
    history.replaceState(null, '', route('article', {id: doc.id, [kind]: index}));
  };
  claims.addEventListener('click', e => {
    const item = e.target.closest('li[data-index]');
    if (item && !e.target.closest('a')) {
      pick('claim', claims, Number(item.dataset.index));
    }
  });
  positions.addEventListener('click', e => {
    const item = e.target.closest('li[data-index]');
    if (item) {
      pick('position', positions, Number(item.dataset.index));
    }
  });
  if (params.has('event')) {
    select(Number(params.get('event')), true);
  } else if (params.has('claim')) {
    pick('claim', claims, Number(params.get('claim')));
  } else if (params.has('position')) {
    pick('position', positions, Number(params.get('position')));
  }
}

/** Claims, the accounts compared (each linking to the accounts view) and positions, when the document has them. */
function accountsPanel(doc, claims, positions) {
  const relations = doc.conflicts || [];
  if (!(doc.claims || []).length && !(doc.positions || []).length) {
    return '';
  }
  const claimant = (i) => {
    const c = doc.claims[i];
    return c ? `${c.claimant.name} (${c.claimant.code})` : `claim ${i}`;
  };
  const accounts = el('ol', {class: 'account-list'}, relations.map((r, i) => el('li', {class: `account-link ${r.relation}`,
    'data-index': i},
  badge(r.relation, `relation ${r.relation}`), ' ',
  r.event !== null && doc.events[r.event] ? `${doc.events[r.event].type} (event ${r.event})` : `episode ${r.episode}`, ': ',
  el('strong', {}, r.first_side), ` ${r.first_claims.map(claimant).join(', ')} vs `,
  el('strong', {}, r.second_side), ` ${r.second_claims.map(claimant).join(', ')} `,
  el('a', {class: 'open-accounts', href: route('accounts', {article: doc.id,
    event: r.event !== null ? `${doc.id}#${r.event}` : `${doc.id} ${r.episode}`})}, 'sides side by side'))));
  return [
    el('h2', {}, `Accounts (${relations.length})`),
    relations.length ? accounts : el('p', {class: 'muted'}, 'No two sides’ accounts of one event were compared.'),
    el('h2', {}, `Claims (${(doc.claims || []).length})`),
    (doc.claims || []).length ? claims : el('p', {class: 'muted'}, 'No claims.'),
    el('h2', {}, `Positions (${(doc.positions || []).length})`),
    (doc.positions || []).length ? positions : el('p', {class: 'muted'}, 'No positions.')];
}

function claimItem(c, i) {
  return el('li', {class: `claim ${c.assessment}`, 'data-index': i, tabindex: 0},
    el('div', {class: 'claim-head'}, el('span', {class: 'claimant'}, c.claimant.name, ' ', el('code', {}, c.claimant.code)),
      ' ', badge(c.kind.replace('_', ' '), 'kind'), ' ', badge(c.assessment, `assessment ${c.assessment}`),
      c.outcome ? [' ', badge(c.outcome, 'outcome')] : '', ' ', el('span', {class: 'muted'}, c.date || '')),
    el('blockquote', {class: 'claim-content'}, highlighted(c)),
    c.events.length ? el('div', {class: 'muted'}, `about event${c.events.length > 1 ? 's' : ''} ${c.events.join(', ')}`)
      : el('div', {class: 'muted'}, 'about no coded event'));
}

function positionItem(p, i) {
  return el('li', {class: 'position', 'data-index': i, tabindex: 0},
    el('span', {class: 'claimant'}, p.holder.name, ' ', el('code', {}, p.holder.code)), ' ', badge(p.stance, 'stance'),
    ' ', p.span.text, ' ', p.issues.map(x => [badge(x, 'issue'), ' ']), el('span', {class: 'muted'}, `as of ${p.date}`));
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
    el('span', {class: 'm-boiler'}, `boilerplate ${count('boilerplate')}`),
    count('claims') ? [' ', el('span', {class: 'm-claim'}, `claims ${count('claims')}`)] : '',
    count('positions') ? [' ', el('span', {class: 'm-position'}, `positions ${count('positions')}`)] : '');
}

function actor(p) {
  if (!p) {
    return el('span', {class: 'muted'}, 'no target');
  }
  // An unidentified doer (docs/ontology.md, "Unknown sources") is shown by what it is, not by the
  // words that stand for it ("car bomb"), which the tooltip keeps.
  const unknown = (p.source || '').startsWith('unknown:');
  return el('span', {class: unknown ? 'actor unknown' : 'actor',
      title: unknown ? `${p.text || ''} (${p.source})` : `${p.name} (${p.source || 'actor'})`},
    `${unknown ? p.name : (p.text || p.name)} `, el('code', {}, p.code || '—'));
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

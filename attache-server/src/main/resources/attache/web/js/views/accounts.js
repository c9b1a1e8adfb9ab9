// Accounts: for each event whose accounts conflict (and, below, each where they agree) the sides next
// to each other, one column per side: its claims with claimant, kind, assessment (the deciding words
// highlighted), date and evidence linking to the article view at that span, and the positions the
// side holds across the store (/api/positions). The relations come from /api/conflicts; the claims
// and events they name are read from the articles' documents, which carry every offset.

import {getJson} from '../api.js';
import {badge, el, plural, route} from '../dom.js';

const SCOPES = [['', 'article and store'], ['article', 'within an article'], ['store', 'across the store']];
const RELATIONS = [['', 'conflicts and agreements'], ['conflict', 'conflicts'], ['agreement', 'agreements']];

export async function render(root, params) {
  const filter = {
    scope: params.get('scope') || '', relation: params.get('relation') || '',
    actor: (params.get('actor') || '').trim().toUpperCase(), article: params.get('article') || '',
    event: params.get('event') || '',
  };
  root.append(el('h1', {}, 'Accounts'), form(filter));
  const {conflicts} = await getJson('/api/conflicts', {scope: filter.scope, relation: filter.relation,
    actor: filter.actor});
  const shown = conflicts.filter(r => (!filter.article || mentions(r, filter.article))
    && (!filter.event || r.event === filter.event));
  const documents = new Documents();
  const positions = new Positions();
  const blocks = await Promise.all(shown.map(r => account(r, documents, positions)));
  const contested = blocks.filter((b, i) => shown[i].relation === 'conflict');
  const agreed = blocks.filter((b, i) => shown[i].relation === 'agreement');
  root.append(el('p', {class: 'summary'}, `${plural(contested.length, 'contested account')}, `,
    `${plural(agreed.length, 'agreement')}`, filter.article ? ` in article ${filter.article}` : '',
    filter.event ? ` about ${filter.event}` : '', '.'));
  if (filter.relation !== 'agreement') {
    root.append(el('section', {class: 'accounts conflicts'}, el('h2', {}, 'Contested: the sides disagree'),
      contested.length ? contested : el('p', {class: 'muted'}, 'No conflicting accounts.')));
  }
  if (filter.relation !== 'conflict') {
    root.append(el('section', {class: 'accounts agreements'}, el('h2', {}, 'Agreed: the sides concur'),
      agreed.length ? agreed : el('p', {class: 'muted'}, 'No agreeing accounts.')));
  }
}

function form(filter) {
  const choose = (name, options, value) => el('select', {name},
    options.map(([v, label]) => el('option', {value: v, selected: v === value ? 'selected' : null}, label)));
  const scope = choose('scope', SCOPES, filter.scope);
  const relation = choose('relation', RELATIONS, filter.relation);
  const actor = el('input', {name: 'actor', value: filter.actor, placeholder: 'a side, e.g. PRK'});
  return el('form', {class: 'inline accounts-filter', onsubmit: e => {
    e.preventDefault();
    window.location.hash = route('accounts', {scope: scope.value, relation: relation.value,
      actor: actor.value.trim(), article: filter.article, event: filter.event});
  }}, el('label', {}, 'Scope ', scope), ' ', el('label', {}, 'Show ', relation), ' ',
  el('label', {}, 'Side ', actor), ' ', el('button', {type: 'submit'}, 'Show'),
  filter.article || filter.event ? [' ', el('a', {href: route('accounts')}, 'all accounts')] : '');
}

/** A claim id "article#c3" as its article and index; article ids may themselves hold '#'. */
export function claimRef(id) {
  const at = id.lastIndexOf('#c');
  return {article: id.slice(0, at), index: Number(id.slice(at + 2))};
}

function mentions(relation, articleId) {
  return [...relation.firstClaims, ...relation.secondClaims].some(c => claimRef(c).article === articleId);
}

/** The positions each side holds across the store (/api/positions), fetched once per side. */
class Positions {
  constructor() {
    this.cache = new Map();
  }

  of(side) {
    if (!this.cache.has(side)) {
      this.cache.set(side, getJson('/api/positions', {actor: side}).then(answer => answer.positions));
    }
    return this.cache.get(side);
  }
}

/** Each article's document, fetched once however many accounts cite it. */
class Documents {
  constructor() {
    this.cache = new Map();
  }

  get(id) {
    if (!this.cache.has(id)) {
      this.cache.set(id, getJson(`/api/articles/${encodeURIComponent(id)}`));
    }
    return this.cache.get(id);
  }

  /** The claims of a list of claim ids, each with its document. */
  async claims(ids) {
    return Promise.all(ids.map(async id => {
      const ref = claimRef(id);
      const doc = await this.get(ref.article);
      return {id, doc, claim: (doc.claims || [])[ref.index]};
    }));
  }
}

async function account(r, documents, positions) {
  const first = await documents.claims(r.firstClaims);
  const second = await documents.claims(r.secondClaims);
  const event = subject(r, first.concat(second));
  return el('article', {class: `account ${r.relation}`, 'data-event': r.event, 'data-scope': r.scope},
    el('header', {class: 'account-head'},
      badge(r.relation, `relation ${r.relation}`), ' ',
      badge(r.scope === 'store' ? 'across the store' : 'within an article', 'scope'), ' ',
      el('span', {class: 'muted'}, `by ${r.reason}`), ' ',
      el('code', {class: 'account-id'}, r.event)),
    event,
    el('div', {class: 'sides'}, await side(r.firstSide, first, positions),
      await side(r.secondSide, second, positions)));
}

/** The event both sides speak of: from its article for an article's relation, else as the first claim's article tells it. */
function subject(r, claims) {
  if (!claims.length || !claims[0].claim) {
    return el('p', {class: 'muted'}, 'The claims of this account are no longer stored.');
  }
  let doc = claims[0].doc;
  let index = null;
  const hash = r.event.lastIndexOf('#');
  if (r.scope === 'article' && hash > 0 && !r.event.includes(' ')) {
    index = Number(r.event.slice(hash + 1));
  } else {
    const told = claims.find(c => c.claim && c.claim.events && c.claim.events.length);
    if (told) {
      doc = told.doc;
      index = told.claim.events[0];
    }
  }
  const e = index === null ? null : (doc.events || [])[index];
  if (!e) {
    const episode = r.event.includes(' ') ? r.event.slice(r.event.indexOf(' ') + 1) : r.event;
    return el('div', {class: 'account-event'}, 'An episode no event was coded for: ', badge(episode, 'type'));
  }
  return el('div', {class: 'account-event'},
    el('div', {class: 'event-head'}, badge(e.type, `type q${e.quad_class}`), ' ', el('code', {}, `CAMEO ${e.cameo}`),
      ' ', participant(e.source), ' → ', e.target ? participant(e.target) : el('span', {class: 'muted'}, 'no target'),
      ' · date ', el('strong', {}, e.date || '—'), e.location ? [' · ', el('strong', {}, e.location.name)] : '',
      e.negated ? [' ', badge('negated', 'negated')] : ''),
    el('div', {class: 'event-told'}, r.scope === 'store' ? `merged event ${r.event}, as told in ` : 'told in ',
      el('a', {href: route('article', {id: doc.id, event: index})}, `${doc.title || doc.id} (${doc.published})`)));
}

function participant(p) {
  return el('span', {class: 'actor', title: p.name}, `${p.text || p.name} `, el('code', {}, p.code || '—'));
}

async function side(code, claims, positions) {
  const actors = [...new Map(claims.filter(c => c.claim).map(c => [c.claim.claimant.code, c.claim.claimant]))
    .values()];
  const held = await positions.of(code);
  return el('div', {class: 'side', 'data-side': code},
    el('h3', {}, el('code', {class: 'side-code'}, code), ' ',
      actors.map(a => el('span', {class: 'side-actor'}, `${a.name} `, el('code', {}, a.code)))),
    el('ol', {class: 'claims'}, claims.map(c => claimItem(c))),
    held.length ? [el('h4', {}, `Positions ${code} holds (${held.length}, across the store)`),
      el('ul', {class: 'positions'}, held.map(positionItem))] : '');
}

function claimItem({id, doc, claim}) {
  if (!claim) {
    return el('li', {class: 'claim missing'}, `claim ${id} is not in its article any more`);
  }
  return el('li', {class: `claim ${claim.assessment}`, 'data-claim': id},
    el('div', {class: 'claim-head'},
      el('span', {class: 'claimant'}, claim.claimant.name, ' ', el('code', {}, claim.claimant.code)), ' ',
      badge(claim.kind.replace('_', ' '), 'kind'), ' ',
      badge(claim.assessment, `assessment ${claim.assessment}`),
      claim.outcome ? [' ', badge(claim.outcome, 'outcome')] : '', ' ',
      el('span', {class: 'muted'}, claim.date || '', claim.cue ? ` · “${claim.cue.text}”` : '')),
    el('blockquote', {class: 'claim-content'}, highlighted(claim)),
    el('a', {class: 'open-claim', href: route('article', {id: doc.id, claim: claim.index})},
      `evidence in ${doc.id}, characters ${claim.content.start}–${claim.content.end}`));
}

/** The claim's content with the words that decided its assessment marked by their polarity. */
export function highlighted(claim) {
  const content = claim.content;
  const out = [];
  let at = content.start;
  const cues = (claim.assessment_cues || []).filter(q => q.start >= content.start && q.end <= content.end)
    .sort((a, b) => a.start - b.start);
  for (const q of cues) {
    if (q.start < at) {
      continue;
    }
    out.push(content.text.slice(at - content.start, q.start - content.start));
    out.push(el('mark', {class: `cue ${q.polarity}`, title: `${q.polarity}${q.negated ? ' (negated)' : ''}`
      + (q.outcome ? `; states the event ${q.outcome}` : '')}, content.text.slice(q.start - content.start,
      q.end - content.start)));
    at = q.end;
  }
  out.push(content.text.slice(at - content.start));
  return out;
}

/** A row of /api/positions: holder, stance, the words stood for, issues, as-of date and a link to its evidence. */
function positionItem(p) {
  return el('li', {class: 'position', 'data-position': p.positionId},
    el('span', {class: 'claimant'}, p.holder, ' ', el('code', {}, p.holderCode)), ' ',
    badge(p.stance, 'stance'), ' ', el('span', {}, p.span), ' ',
    p.issues.map(i => [badge(i, 'issue'), ' ']),
    el('span', {class: 'muted'}, `as of ${p.since}`), ' ',
    el('a', {class: 'open-position', href: route('article', {id: p.articleId, position: p.index})},
      `evidence in ${p.articleId}`));
}

// The timeline of an actor, or of a dyad: each event a point by day and Goldstein score, coloured by
// QuadClass; picking a point shows its evidence sentence and links to the article.

import {getJson} from '../api.js';
import {badge, clear, el, route} from '../dom.js';
import {timelineChart} from '../charts.js';
import {QUAD} from '../quad.js';

const LIMIT = 1000;

export async function render(root, params) {
  const actor = (params.get('actor') || '').trim().toUpperCase();
  const other = (params.get('with') || '').trim().toUpperCase();
  root.append(el('h1', {}, actor ? `Timeline of ${actor}${other ? ' with ' + other : ''}` : 'Timeline'),
    form(actor, other));
  if (!actor) {
    const {actors} = await getJson('/api/actors');
    root.append(el('p', {}, 'Pick an actor: ', actors.slice(0, 20).map(a =>
      [el('a', {class: 'code', href: route('timeline', {actor: a.code})}, a.code), ' '])));
    return;
  }
  const page = await getJson('/api/events', other ? {dyad: `${actor},${other}`, limit: LIMIT}
    : {actor, limit: LIMIT});
  const dated = page.events.filter(e => e.day);
  root.append(el('p', {class: 'summary'}, `${page.total} events`,
    page.total > page.events.length ? ` (the first ${page.events.length} shown)` : '',
    dated.length < page.events.length ? `; ${page.events.length - dated.length} without a calendar date are not drawn` : '',
    '.'), quadLegend());
  if (!dated.length) {
    root.append(el('p', {class: 'muted'}, 'No dated events to draw.'));
    return;
  }
  const detail = el('div', {class: 'evidence-panel'}, el('p', {class: 'muted'}, 'Click a point to see its evidence.'));
  const chart = timelineChart(dated, (e, point) => {
    chart.querySelectorAll('.picked').forEach(n => n.classList.remove('picked'));
    point.classList.add('picked');
    showEvidence(detail, e);
  });
  root.append(el('div', {class: 'chart-box'}, chart), detail);
}

function form(actor, other) {
  const actorInput = el('input', {name: 'actor', value: actor, placeholder: 'actor code, e.g. PRK', required: true});
  const withInput = el('input', {name: 'with', value: other, placeholder: 'optional: a second actor'});
  const f = el('form', {class: 'inline', onsubmit: e => {
    e.preventDefault();
    window.location.hash = route('timeline', {actor: actorInput.value.trim(), with: withInput.value.trim()});
  }}, el('label', {}, 'Actor ', actorInput), ' ', el('label', {}, 'with ', withInput), ' ',
  el('button', {type: 'submit'}, 'Show'));
  return f;
}

export function quadLegend() {
  return el('p', {class: 'legend'}, Object.entries(QUAD).map(([q, v]) => {
    const swatch = el('span', {class: 'swatch'});
    swatch.style.background = v.colour;
    return [el('span', {class: 'legend-item'}, swatch, `${q} ${v.label}`), ' '];
  }));
}

function showEvidence(panel, e) {
  const index = e.eventId.slice(e.eventId.lastIndexOf('#') + 1);
  clear(panel).append(
    el('div', {class: 'event-head'}, badge(e.type, `type q${e.quadClass}`), ' ',
      el('code', {}, `CAMEO ${e.cameo}`), ` ${e.cameoName || ''} · `, el('strong', {}, e.date),
      ` · ${e.sourceName} (${e.sourceCode}) → ${e.targetName ? `${e.targetName} (${e.targetCode})` : '—'}`,
      e.place ? ` · ${e.place}` : '', e.negated ? [' ', badge('negated', 'negated')] : '',
      e.modality !== 'asserted' ? [' ', badge(e.modality, 'modality')] : ''),
    el('blockquote', {class: 'event-evidence'}, e.evidenceText),
    el('a', {class: 'open-article', href: route('article', {id: e.articleId, event: index})},
      `Open article ${e.articleId} (${e.published})`));
}

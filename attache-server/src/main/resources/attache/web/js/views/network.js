// The network of actors within a date range: nodes by events, edges by events between two actors,
// coloured from cooperation (green) to conflict (red). Clicking opens the actor's or dyad's timeline.

import {getJson} from '../api.js';
import {el, route} from '../dom.js';
import {networkChart} from '../charts.js';

const MAX_ACTORS = 30;

export async function render(root, params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const net = await getJson('/api/network', {from, to});
  const actors = net.actors.slice(0, MAX_ACTORS);
  const shown = new Set(actors.map(a => a.code));
  const dyads = net.dyads.filter(d => shown.has(d.source) && shown.has(d.target));
  root.append(el('h1', {}, 'Network of actors'), form(from, to, net),
    el('p', {class: 'summary'}, `${net.actors.length} actors, ${net.dyads.length} dyads`,
      net.first ? `, events from ${net.first} to ${net.last}` : '',
      net.actors.length > MAX_ACTORS ? `; the ${MAX_ACTORS} most active are drawn` : '', '.'),
    el('p', {class: 'legend'}, el('span', {class: 'swatch coop'}), ' cooperation ',
      el('span', {class: 'swatch mixed'}), ' mixed ', el('span', {class: 'swatch conflict'}), ' conflict; ',
      'wider edges carry more events. Click an actor or an edge for its timeline.'));
  if (!actors.length) {
    root.append(el('p', {class: 'muted'}, 'No events in this range.'));
    return;
  }
  root.append(el('div', {class: 'chart-box'}, networkChart(actors, dyads,
    code => { window.location.hash = route('timeline', {actor: code}); },
    d => { window.location.hash = route('timeline', {actor: d.source, with: d.target}); })));
}

function form(from, to, net) {
  const fromInput = el('input', {type: 'date', name: 'from', value: from, min: net.first, max: net.last});
  const toInput = el('input', {type: 'date', name: 'to', value: to, min: net.first, max: net.last});
  return el('form', {class: 'inline', onsubmit: e => {
    e.preventDefault();
    window.location.hash = route('network', {from: fromInput.value, to: toInput.value});
  }}, el('label', {}, 'From ', fromInput), ' ', el('label', {}, 'to ', toInput), ' ',
  el('button', {type: 'submit'}, 'Show'), ' ', el('a', {href: route('network')}, 'all dates'));
}

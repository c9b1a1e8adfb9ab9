// Home: what the store holds, the articles published last, and the most active actors and dyads.

import {getJson} from '../api.js';
import {el, plural, route} from '../dom.js';
import {conflictColour} from '../quad.js';

const TOP = 10;

export async function render(root) {
  const [health, articles, network] = await Promise.all([
    getJson('/health'), getJson('/api/articles', {limit: 20}), getJson('/api/network')]);
  root.append(
    el('h1', {}, 'Attaché'),
    el('p', {class: 'summary'},
      `${plural(health.articles, 'article')}, ${plural(health.events, 'event')} (${health.mergedEvents} after merging reports of the same event)`,
      network.first ? `, from ${network.first} to ${network.last}` : '', '.'),
    el('div', {class: 'columns'},
      el('section', {class: 'recent'}, el('h2', {}, 'Recent articles'), articleList(articles.articles)),
      el('section', {}, el('h2', {}, 'Top actors'), actorBars(network.actors.slice(0, TOP)),
        el('h2', {}, 'Top dyads'), dyadList(network.dyads.slice(0, TOP)))));
}

function articleList(articles) {
  if (!articles.length) {
    return el('p', {class: 'muted'}, 'No articles yet: ', el('a', {href: route('analyse')}, 'analyse one'),
      ' or run attache ingest.');
  }
  return el('ul', {class: 'articles'}, articles.map(a => el('li', {},
    el('a', {href: route('article', {id: a.id})}, a.title || a.id),
    el('span', {class: 'muted'}, ` ${a.published}${a.outlet ? ' · ' + a.outlet : ''} · ${plural(a.events, 'event')}`))));
}

function actorBars(actors) {
  if (!actors.length) {
    return el('p', {class: 'muted'}, 'No actors yet.');
  }
  const most = Math.max(...actors.map(a => a.events));
  return el('ul', {class: 'bars'}, actors.map(a => {
    const bar = el('span', {class: 'bar', title: `${a.cooperation} cooperation, ${a.conflict} conflict`});
    bar.style.width = `${Math.max(2, Math.round(100 * a.events / most))}%`;
    bar.style.background = conflictColour(a.events ? a.conflict / a.events : 0);
    return el('li', {},
      el('a', {class: 'code', href: route('timeline', {actor: a.code})}, a.code),
      el('span', {class: 'track'}, bar), el('span', {class: 'count'}, String(a.events)));
  }));
}

function dyadList(dyads) {
  if (!dyads.length) {
    return el('p', {class: 'muted'}, 'No dyads yet.');
  }
  return el('ul', {class: 'dyads'}, dyads.map(d => el('li', {},
    el('a', {href: route('timeline', {actor: d.source, with: d.target})}, `${d.source} → ${d.target}`),
    el('span', {class: 'muted'}, ` ${plural(d.events, 'event')} (${d.cooperation} cooperation, ${d.conflict} conflict)`))));
}

// Search over article bodies and quotes (Lucene syntax), each hit linking to its article.

import {getJson} from '../api.js';
import {badge, el, route} from '../dom.js';

export async function render(root, params) {
  const q = params.get('q') || '';
  const actor = params.get('actor') || '';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const input = el('input', {type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", speaker:name',
    size: 40, required: true});
  const actorInput = el('input', {name: 'actor', value: actor, placeholder: 'actor code', size: 10});
  const fromInput = el('input', {type: 'date', name: 'from', value: from});
  const toInput = el('input', {type: 'date', name: 'to', value: to});
  root.append(el('h1', {}, 'Search'), el('form', {class: 'inline', onsubmit: e => {
    e.preventDefault();
    window.location.hash = route('search', {q: input.value.trim(), actor: actorInput.value.trim(),
      from: fromInput.value, to: toInput.value});
  }}, input, ' ', el('label', {}, 'actor ', actorInput), ' ', el('label', {}, 'from ', fromInput), ' ',
  el('label', {}, 'to ', toInput), ' ', el('button', {type: 'submit'}, 'Search')));
  if (!q.trim()) {
    return;
  }
  const {hits} = await getJson('/api/search', {q, actor, from, to, limit: 50});
  root.append(el('p', {class: 'summary'}, `${hits.length} ${hits.length === 1 ? 'hit' : 'hits'} for “${q}”.`),
    el('ol', {class: 'hits'}, hits.map(h => el('li', {class: 'hit'},
      el('a', {href: route('article', {id: h.articleId})}, h.articleId), ' ', badge(h.kind), ' ',
      el('span', {class: 'muted'}, `score ${h.score.toFixed(2)}`),
      el('div', {class: 'snippet'}, h.snippet)))));
}

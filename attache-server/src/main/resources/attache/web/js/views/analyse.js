// Paste or upload an article (JSON in the input contract, an HTML page, or plain text) and have the
// server analyse and store it. Writes need the server's token: typed once, kept in sessionStorage
// (so it is gone when the tab closes), sent as a bearer token.

import {postArticle} from '../api.js';
import {clear, el, route} from '../dom.js';

const TOKEN_KEY = 'attache.token';

export function render(root) {
  const token = el('input', {type: 'password', name: 'token', autocomplete: 'off', size: 50,
    value: sessionStorage.getItem(TOKEN_KEY) || '', placeholder: 'printed by attache serve'});
  const body = el('textarea', {name: 'article', rows: 14, cols: 90,
    placeholder: '{"id": "…", "published": "2019-10-07", "title": "…", "text": "…"}  — or an HTML page, or plain text'});
  const file = el('input', {type: 'file', name: 'file', accept: '.json,.html,.htm,.txt,application/json,text/html,text/plain'});
  const id = el('input', {name: 'id', placeholder: 'id (optional)'});
  const published = el('input', {type: 'date', name: 'published', value: new Date().toISOString().slice(0, 10)});
  const title = el('input', {name: 'title', placeholder: 'title (plain text only)', size: 40});
  const status = el('div', {class: 'status', role: 'status'});
  file.addEventListener('change', async () => {
    if (file.files.length) {
      body.value = await file.files[0].text();
    }
  });
  const form = el('form', {class: 'analyse', onsubmit: async e => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    clear(status).append(el('p', {class: 'muted'}, 'Analysing… (the first article loads the language models, which takes a while)'));
    try {
      const {type, content} = request(body.value, id.value.trim(), published.value, title.value.trim());
      const {body: doc, response} = await postArticle(content, type, token.value.trim(),
        {id: id.value.trim(), published: published.value});
      clear(status).append(el('p', {class: 'ok'}, `${response.status === 201 ? 'Stored' : 'Already stored'}: `,
        el('a', {href: route('article', {id: doc.id})}, doc.title || doc.id),
        ` — ${doc.events.length} events, ${doc.entities.length} entities.`));
      window.location.hash = route('article', {id: doc.id});
    } catch (err) {
      clear(status).append(el('p', {class: 'error', role: 'alert'}, err.status ? `Error ${err.status}: ` : 'Error: ',
        err.message));
    }
  }},
  el('p', {}, el('label', {}, 'Write token ', token)),
  el('p', {}, el('label', {}, 'Upload a file ', file)),
  el('p', {}, body),
  el('p', {class: 'muted'}, 'For plain text, these fill in the article; a JSON record or an HTML page may give its own.'),
  el('p', {}, id, ' ', published, ' ', title),
  el('p', {}, el('button', {type: 'submit'}, 'Analyse and store')));
  root.append(el('h1', {}, 'Analyse an article'), form, status);
}

/** JSON and HTML go as they are; plain text is wrapped in an input-contract record. */
function request(text, id, published, title) {
  const trimmed = text.trim();
  if (!trimmed) {
    throw new Error('paste an article or choose a file first');
  }
  if (trimmed.startsWith('{')) {
    return {type: 'application/json', content: trimmed};
  }
  if (trimmed.startsWith('<')) {
    return {type: 'text/html; charset=utf-8', content: text};
  }
  const record = {published, text};
  if (id) {
    record.id = id;
  }
  if (title) {
    record.title = title;
  }
  return {type: 'application/json', content: JSON.stringify(record)};
}

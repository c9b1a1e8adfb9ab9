// The UI's router: hash routes (#/view?param=value) mapped to view modules. Each view module exports
// render(root, params) and may be async. To add a view, write its module and add one entry to VIEWS.

import {clear, el, route} from './dom.js';
import * as home from './views/home.js';
import * as article from './views/article.js';
import * as timeline from './views/timeline.js';
import * as network from './views/network.js';
import * as search from './views/search.js';
import * as analyse from './views/analyse.js';
import * as accounts from './views/accounts.js';

/** Every view; those with a label are in the navigation bar, in this order. */
const VIEWS = [
  {name: 'home', label: 'Home', module: home},
  {name: 'search', label: 'Search', module: search},
  {name: 'timeline', label: 'Timeline', module: timeline},
  {name: 'network', label: 'Network', module: network},
  {name: 'accounts', label: 'Accounts', module: accounts},
  {name: 'analyse', label: 'Analyse an article', module: analyse},
  {name: 'article', module: article},
];

function current() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?', 2);
  const view = VIEWS.find(v => v.name === (name || 'home'));
  return {view, params: new URLSearchParams(query || '')};
}

function navigation(active) {
  const nav = clear(document.getElementById('nav'));
  for (const v of VIEWS.filter(v => v.label)) {
    nav.append(el('a', {href: route(v.name), 'aria-current': v === active ? 'page' : null}, v.label));
  }
}

let generation = 0;

/** Renders the view the hash names; a newer navigation abandons an older one still loading. */
async function show() {
  const mine = ++generation;
  const {view, params} = current();
  const root = clear(document.getElementById('view'));
  root.removeAttribute('data-ready');
  navigation(view);
  if (!view) {
    root.append(el('p', {class: 'error'}, 'No such view: ', window.location.hash));
    root.setAttribute('data-ready', 'error');
    return;
  }
  document.body.dataset.view = view.name;
  const page = el('div', {class: `page page-${view.name}`});
  root.append(page);
  try {
    await view.module.render(page, params);
    if (mine === generation) {
      root.setAttribute('data-ready', view.name);
    }
  } catch (e) {
    if (mine !== generation) {
      return;
    }
    page.append(el('p', {class: 'error', role: 'alert'}, e.status ? `Error ${e.status}: ` : 'Error: ', e.message));
    root.setAttribute('data-ready', 'error');
  }
}

window.addEventListener('hashchange', show);
show();

// Lays the layers of an output document over its text. Spans may nest and overlap (an entity inside
// an event's evidence inside a quote), so the text is cut at every span boundary and each piece
// becomes one <span> carrying the classes of every layer that covers it. A label after each entity,
// time, quote, claim and position says what was found there (actor code, resolved value, speaker,
// claimant and assessment, holder and stance). All text is
// inserted as text.

import {el} from './dom.js';

/** The layers' spans: {kind, index, start, end, label?, title?}. */
export function layerSpans(doc) {
  const spans = [];
  (doc.boilerplate || []).forEach((b, i) => spans.push({kind: 'boiler', index: i, start: b.start, end: b.end,
    title: `boilerplate: ${b.kind}`}));
  (doc.entities || []).forEach((e, i) => spans.push({kind: 'entity', index: i, start: e.start, end: e.end,
    label: e.actor ? e.actor.code : e.type,
    title: `${e.type} ${e.canonical}` + (e.actor ? ` → ${e.actor.code} (${e.actor.name})` : '')}));
  (doc.times || []).forEach((t, i) => spans.push({kind: 'time', index: i, start: t.start, end: t.end,
    label: t.value, title: `${t.type} ${t.value}` + (t.resolved_by ? ` (resolved by ${t.resolved_by})` : '')}));
  (doc.quotes || []).forEach((q, i) => {
    spans.push({kind: 'quote', index: i, start: q.start, end: q.end,
      label: q.speaker ? `— ${q.speaker}` : '— unattributed',
      title: q.speaker ? `quote by ${q.speaker}` + (q.speaker_actor ? ` (${q.speaker_actor.code})` : '') : 'quote'});
    if (q.speaker_start !== null && q.speaker_start !== undefined) {
      spans.push({kind: 'speaker', index: i, start: q.speaker_start, end: q.speaker_end,
        title: `speaker of a quote: ${q.speaker}`});
    }
  });
  (doc.events || []).forEach((e, i) => {
    const evidence = e.mentions && e.mentions.length ? e.mentions : [e.evidence];
    evidence.filter(Boolean).forEach(m => spans.push({kind: 'evidence', index: i, start: m.start, end: m.end}));
    if (e.trigger) {
      spans.push({kind: 'trigger', index: i, start: e.trigger.start, end: e.trigger.end});
    }
  });
  (doc.claims || []).forEach((c, i) => {
    const who = `${c.claimant.name} (${c.claimant.code})`;
    spans.push({kind: 'claim', index: i, start: c.content.start, end: c.content.end,
      label: `claim: ${c.claimant.code} ${c.assessment}`,
      title: `${c.kind.replace('_', ' ')} claim by ${who}, ${c.assessment}` + (c.outcome ? `, ${c.outcome}` : '')});
    spans.push({kind: 'claimant', index: i, start: c.claimant.start, end: c.claimant.end,
      title: `claimant: ${who}`});
    (c.assessment_cues || []).forEach(q => spans.push({kind: `cue-${q.polarity}`, index: i, start: q.start,
      end: q.end, title: `${q.polarity} cue${q.negated ? ' (negated)' : ''}`}));
  });
  (doc.positions || []).forEach((p, i) => spans.push({kind: 'position', index: i, start: p.span.start,
    end: p.span.end, label: `${p.holder.code} ${p.stance}`,
    title: `position of ${p.holder.name} (${p.holder.code}): ${p.stance}; issues ${p.issues.join(', ')}`}));
  return spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

/**
 * The text as a paragraph of annotated pieces; data-ev on a piece lists the events it is evidence of,
 * data-claim the claims whose content it is, data-position the positions whose span it is.
 */
export function annotatedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const endsAt = new Map();
  for (const s of spans) {
    if (s.label) {
      const list = endsAt.get(s.end) || [];
      list.push(s);
      endsAt.set(s.end, list);
    }
  }
  const out = el('div', {class: 'article-text'});
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p];
    const to = points[p + 1];
    const covering = spans.filter(s => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) {
      out.append(piece);
    } else {
      const kinds = [...new Set(covering.map(s => `m-${s.kind}`))].join(' ');
      const indices = (kind) => {
        const found = [...new Set(covering.filter(s => s.kind === kind).map(s => s.index))];
        return found.length ? found.join(' ') : null;
      };
      const titles = [...new Set(covering.filter(s => s.title).map(s => s.title))];
      out.append(el('span', {class: kinds, 'data-ev': indices('evidence'), 'data-claim': indices('claim'),
        'data-position': indices('position'), title: titles.length ? titles.join('\n') : null}, piece));
    }
    for (const s of (endsAt.get(to) || []).sort((a, b) => a.start - b.start)) {
      out.append(el('sup', {class: `tag tag-${s.kind}`, 'data-index': s.index, title: s.title}, s.label));
    }
  }
  return out;
}

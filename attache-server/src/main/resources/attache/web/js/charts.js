// Charts drawn as SVG with DOM calls: a timeline of events (day against Goldstein score, coloured by
// QuadClass) and a network of actors (edges weighted by events, coloured cooperation to conflict).

import {svg} from './dom.js';
import {conflictColour, quadColour} from './quad.js';

const DAY = 86400000;

function dayNumber(isoDay) {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY);
}

function isoDay(number) {
  return new Date(number * DAY).toISOString().slice(0, 10);
}

/**
 * Events with a day as points; onPick(event) when one is clicked (or chosen with the keyboard).
 * Points on the same day and score are spread sideways so each can be clicked.
 */
export function timelineChart(events, onPick, width = 920, height = 340) {
  const m = {left: 44, right: 16, top: 14, bottom: 36};
  const days = events.map(e => dayNumber(e.day));
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (first === last) {
    first -= 3;
    last += 3;
  }
  const x = d => m.left + (width - m.left - m.right) * (d - first) / (last - first);
  const y = g => m.top + (height - m.top - m.bottom) * (10 - g) / 20;
  const chart = svg('svg', {class: 'chart timeline', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `${events.length} events over time`});
  for (const g of [-10, -5, 0, 5, 10]) {
    chart.append(svg('line', {class: g === 0 ? 'axis zero' : 'grid', x1: m.left, x2: width - m.right, y1: y(g), y2: y(g)}),
      svg('text', {class: 'tick', x: m.left - 6, y: y(g) + 4, 'text-anchor': 'end'}, String(g)));
  }
  const ticks = Math.min(6, last - first);
  for (let t = 0; t <= ticks; t++) {
    const d = Math.round(first + (last - first) * t / ticks);
    const anchor = t === 0 ? 'start' : t === ticks ? 'end' : 'middle';
    chart.append(svg('text', {class: 'tick', x: x(d), y: height - m.bottom + 18, 'text-anchor': anchor}, isoDay(d)));
  }
  chart.append(svg('text', {class: 'axis-label', x: 12, y: m.top + 4, transform: `rotate(90 12 ${m.top + 4})`},
    'Goldstein'));
  const seen = new Map();
  events.forEach((e, i) => {
    const key = `${e.day}|${e.goldstein}`;
    const n = seen.get(key) || 0;
    seen.set(key, n + 1);
    const cx = x(days[i]) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 9;
    const point = svg('circle', {class: `point q${e.quadClass}`, cx, cy: y(e.goldstein), r: 6,
      fill: quadColour(e.quadClass), tabindex: 0, 'data-event': e.eventId},
    svg('title', {}, `${e.day} ${e.type} ${e.sourceCode} → ${e.targetCode || '—'}: ${e.evidenceText}`));
    point.addEventListener('click', () => onPick(e, point));
    point.addEventListener('keydown', k => {
      if (k.key === 'Enter' || k.key === ' ') {
        onPick(e, point);
      }
    });
    chart.append(point);
  });
  return chart;
}

/**
 * Actors round a circle, the most active first; a curved edge per directed dyad, so A→B and B→A
 * both show. onActor(code) and onDyad(dyad) when clicked.
 */
export function networkChart(actors, dyads, onActor, onDyad, size = 640) {
  const centre = size / 2;
  const radius = size / 2 - 70;
  const place = new Map();
  actors.forEach((a, i) => {
    const angle = -Math.PI / 2 + 2 * Math.PI * i / actors.length;
    place.set(a.code, {x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle), angle});
  });
  const most = Math.max(1, ...actors.map(a => a.events));
  const radiusOf = events => 6 + 14 * Math.sqrt(events / most);
  const eventsOf = new Map(actors.map(a => [a.code, a.events]));
  const chart = svg('svg', {class: 'chart network', viewBox: `0 0 ${size} ${size}`, role: 'img',
    'aria-label': `${actors.length} actors, ${dyads.length} dyads`});
  const edges = svg('g', {class: 'edges'});
  const nodes = svg('g', {class: 'nodes'});
  chart.append(edges, nodes);
  for (const d of dyads) {
    const a = place.get(d.source);
    const b = place.get(d.target);
    if (!a || !b || a === b) {
      continue;
    }
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const bend = 0.15;
    const cx = mx + (b.y - a.y) * bend;
    const cy = my - (b.x - a.x) * bend;
    const colour = conflictColour(d.events ? d.conflict / d.events : 0);
    const width = 1 + 2 * Math.log2(1 + d.events);
    const edge = svg('path', {class: 'edge', d: `M ${a.x} ${a.y} Q ${cx} ${cy} ${b.x} ${b.y}`, fill: 'none',
      stroke: colour, 'stroke-width': width, 'data-dyad': `${d.source},${d.target}`},
    svg('title', {}, `${d.source} → ${d.target}: ${d.events} events (${d.cooperation} cooperation, ${d.conflict} conflict)`));
    edge.addEventListener('click', () => onDyad(d));
    edges.append(edge, arrowhead(a, {x: cx, y: cy}, b, radiusOf(eventsOf.get(d.target)) + 2, 5 + width, colour));
  }
  for (const a of actors) {
    const p = place.get(a.code);
    const r = radiusOf(a.events);
    const node = svg('g', {class: 'node', tabindex: 0, 'data-actor': a.code},
      svg('circle', {cx: p.x, cy: p.y, r, fill: conflictColour(a.events ? a.conflict / a.events : 0)}),
      svg('text', {x: p.x + (r + 6) * Math.cos(p.angle), y: p.y + (r + 6) * Math.sin(p.angle) + 4,
        'text-anchor': Math.cos(p.angle) < -0.2 ? 'end' : Math.cos(p.angle) > 0.2 ? 'start' : 'middle'}, a.code),
      svg('title', {}, `${a.code}: ${a.events} events (${a.cooperation} cooperation, ${a.conflict} conflict)`));
    node.addEventListener('click', () => onActor(a.code));
    nodes.append(node);
  }
  return chart;
}

/**
 * A filled triangle pointing along the curve from a (control c) to b, its tip where the curve meets
 * the target's circle (radius r), so a dyad's direction shows.
 */
function arrowhead(a, c, b, r, size, colour) {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const t = Math.max(0.5, 1 - r / Math.max(length, 1));
  const at = (u) => ({
    x: (1 - u) * (1 - u) * a.x + 2 * (1 - u) * u * c.x + u * u * b.x,
    y: (1 - u) * (1 - u) * a.y + 2 * (1 - u) * u * c.y + u * u * b.y,
  });
  const tip = at(t);
  const dx = 2 * (1 - t) * (c.x - a.x) + 2 * t * (b.x - c.x);
  const dy = 2 * (1 - t) * (c.y - a.y) + 2 * t * (b.y - c.y);
  const norm = Math.hypot(dx, dy) || 1;
  const ux = dx / norm;
  const uy = dy / norm;
  const baseX = tip.x - ux * size;
  const baseY = tip.y - uy * size;
  const half = size / 2;
  const points = [[tip.x, tip.y], [baseX - uy * half, baseY + ux * half], [baseX + uy * half, baseY - ux * half]];
  return svg('polygon', {class: 'arrow', points: points.map(p => p.map(v => v.toFixed(1)).join(',')).join(' '),
    fill: colour});
}

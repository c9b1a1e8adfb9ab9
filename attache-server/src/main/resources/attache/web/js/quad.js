// CAMEO's four QuadClasses, the colours the charts give them, and a scale from cooperation to conflict.

export const QUAD = {
  1: {label: 'verbal cooperation', colour: '#2a9d8f'},
  2: {label: 'material cooperation', colour: '#264f9d'},
  3: {label: 'verbal conflict', colour: '#e9a23b'},
  4: {label: 'material conflict', colour: '#c0392b'},
};

export function quadColour(quad) {
  return (QUAD[quad] || {colour: '#777'}).colour;
}

/** A colour from green (all cooperation) through yellow to red (all conflict). */
export function conflictColour(conflictShare) {
  const share = Math.max(0, Math.min(1, conflictShare));
  const hue = Math.round(140 * (1 - share));
  return `hsl(${hue}, 65%, 40%)`;
}

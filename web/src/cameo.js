// CAMEO reference data the charts need: the 20 root codes, their quad classes, and the
// colours of the diverging Goldstein scale and of the blocs.

export const QUADS = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

// root -> [name, quad class], as in data/dictionaries/cameo-codes.tsv
export const ROOTS = {
  '01': ['Make public statement', 1],
  '02': ['Appeal', 1],
  '03': ['Express intent to cooperate', 1],
  '04': ['Consult', 1],
  '05': ['Diplomatic cooperation', 1],
  '06': ['Material cooperation', 2],
  '07': ['Provide aid', 2],
  '08': ['Yield', 2],
  '09': ['Investigate', 3],
  '10': ['Demand', 3],
  '11': ['Disapprove', 3],
  '12': ['Reject', 3],
  '13': ['Threaten', 3],
  '14': ['Protest', 4],
  '15': ['Exhibit force posture', 4],
  '16': ['Reduce relations', 4],
  '17': ['Coerce', 4],
  '18': ['Assault', 4],
  '19': ['Fight', 4],
  '20': ['Unconventional mass violence', 4],
};

export function rootName(code) {
  return ROOTS[code] ? ROOTS[code][0] : `root ${code}`;
}

// Shades per quad class, light to dark through the roots of that class:
// cooperation in greens (verbal) and blues (material), conflict in oranges and reds.
const QUAD_SHADES = {
  1: ['#a6dba0', '#7fc97f', '#5aae61', '#3b8f47', '#1b7837'],
  2: ['#9ecae1', '#4292c6', '#08519c'],
  3: ['#fdd49e', '#fdbb84', '#fc8d59', '#ef6548', '#d7301f'],
  4: ['#f4a582', '#e7298a', '#d6604d', '#b2182b', '#8c0d25', '#67001f', '#3f0013'],
};

export function rootColor(code) {
  const entry = ROOTS[code];
  if (!entry) return '#999999';
  const quad = entry[1];
  const sameQuad = Object.keys(ROOTS).filter((r) => ROOTS[r][1] === quad);
  const shades = QUAD_SHADES[quad];
  return shades[sameQuad.indexOf(code) % shades.length];
}

const RED = [215, 48, 39];
const GREY = [176, 176, 176];
const GREEN = [26, 152, 80];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

// Diverging scale over the Goldstein range: -10 red, 0 grey, +10 green.
export function goldsteinColor(value, range = 10) {
  const v = Math.max(-1, Math.min(1, Number(value || 0) / range));
  return hex(v < 0 ? mix(GREY, RED, -v) : mix(GREY, GREEN, v));
}

// Same scale for the cooperation-conflict index (-1..+1).
export const ccColor = (value) => goldsteinColor(value, 1);

// Bloc colours (qualitative, readable on white).
// Red and green are left to the Goldstein scale of the edges.
const BLOC_COLORS = ['#3b6fb6', '#8e44ad', '#d68910', '#5d6d7e', '#a0522d', '#138d90', '#2c3e50', '#c2185b'];

export function blocColor(bloc) {
  if (!bloc || bloc < 1) return '#95a5a6';
  return BLOC_COLORS[(bloc - 1) % BLOC_COLORS.length];
}

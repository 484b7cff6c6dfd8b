// The actor network: one node per actor, grouped into compound "Bloc N" parents, node size
// by events, edges on the diverging Goldstein scale (red conflict, grey, green cooperation)
// and edge width by events. The layout is deterministic: each bloc is a set of rings
// around its most active actor, with the actors that deal with other blocs facing them.
import cytoscape from 'cytoscape';
import { blocColor, goldsteinColor } from './cameo.js';
import { shortName, fmtSigned, fmtInt, replace, h } from './dom.js';

const RING_GAP = 115;
const SLOT_SPACING = 88; // px between neighbours on a ring
const ringSlots = (r) => Math.max(6, Math.floor((2 * Math.PI * r * RING_GAP) / SLOT_SPACING));
const BLOC_GAP = 150;

function angleDiff(a, b) {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

// Positions of the actor nodes: {actor: {x, y}}.
export function layoutPositions(nodes, edges) {
  const blocOf = new Map(nodes.map((n) => [n.actor, n.bloc || 0]));
  const groups = new Map();
  for (const n of nodes) {
    const key = n.bloc || 0;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(n);
  }
  const blocs = [...groups.keys()].sort((a, b) => (a || 1e9) - (b || 1e9));
  // Rings per bloc: the most active actor in the centre, then rings of 8, 16, 24...
  const rings = new Map();
  for (const bloc of blocs) {
    const members = groups.get(bloc).slice().sort((a, b) => b.events - a.events || a.actor.localeCompare(b.actor));
    const list = [[members[0]]];
    let rest = members.slice(1);
    for (let r = 1; rest.length; r++) {
      list.push(rest.slice(0, ringSlots(r)));
      rest = rest.slice(ringSlots(r));
    }
    rings.set(bloc, list);
  }
  const radius = (bloc) => (rings.get(bloc).length - 1) * RING_GAP + 55;
  // Bloc centres: a row for up to three blocs, a grid beyond.
  const centres = new Map();
  const cols = blocs.length <= 3 ? blocs.length : Math.ceil(Math.sqrt(blocs.length));
  const cell = Math.max(...blocs.map(radius)) * 2 + BLOC_GAP;
  let x = 0;
  blocs.forEach((bloc, i) => {
    if (blocs.length <= 3) {
      if (i > 0) x += radius(blocs[i - 1]) + BLOC_GAP + radius(bloc);
      centres.set(bloc, { x, y: 0 });
    } else {
      centres.set(bloc, { x: (i % cols) * cell, y: Math.floor(i / cols) * cell });
    }
  });
  // Where each actor would like to sit: towards the blocs it deals with, else away from them.
  const pull = new Map(nodes.map((n) => [n.actor, { x: 0, y: 0, n: 0 }]));
  for (const e of edges) {
    const bs = blocOf.get(e.source);
    const bt = blocOf.get(e.target);
    if (bs === undefined || bt === undefined || bs === bt) continue;
    for (const [self, other] of [[e.source, bt], [e.target, bs]]) {
      const c = centres.get(other);
      const own = centres.get(blocOf.get(self));
      const dx = c.x - own.x;
      const dy = c.y - own.y;
      const len = Math.hypot(dx, dy) || 1;
      const p = pull.get(self);
      p.x += (dx / len) * e.events;
      p.y += (dy / len) * e.events;
      p.n += e.events;
    }
  }
  const positions = {};
  for (const bloc of blocs) {
    const centre = centres.get(bloc);
    const others = blocs.filter((b) => b !== bloc).map((b) => centres.get(b));
    const mean = others.length
      ? { x: others.reduce((s, c) => s + c.x, 0) / others.length, y: others.reduce((s, c) => s + c.y, 0) / others.length }
      : { x: centre.x, y: centre.y - 1 };
    const away = Math.atan2(centre.y - mean.y, centre.x - mean.x);
    rings.get(bloc).forEach((ring, r) => {
      if (r === 0) {
        positions[ring[0].actor] = { x: centre.x, y: centre.y };
        return;
      }
      // ringSlots(r) slots on ring r; the actors with the strongest ties to other blocs choose first
      // the free slot nearest to where they would like to be.
      const slots = ringSlots(r);
      // half a step off the horizontal, so no ring actor sits on the line between bloc centres
      const start = Math.PI / slots;
      const slotAngle = (j) => start + (2 * Math.PI * j) / slots;
      const taken = new Set();
      const wishes = ring.map((n) => {
        const p = pull.get(n.actor);
        return { n, angle: p.n ? Math.atan2(p.y, p.x) : away, strength: p.n ? Math.hypot(p.x, p.y) : 0 };
      }).sort((a, b) => b.strength - a.strength || b.n.events - a.n.events);
      for (const w of wishes) {
        let best = -1;
        for (let j = 0; j < slots; j++) {
          if (taken.has(j)) continue;
          if (best < 0 || angleDiff(w.angle, slotAngle(j)) < angleDiff(w.angle, slotAngle(best)) - 1e-9) best = j;
        }
        taken.add(best);
        const a = slotAngle(best);
        positions[w.n.actor] = { x: centre.x + r * RING_GAP * Math.cos(a), y: centre.y + r * RING_GAP * Math.sin(a) };
      }
    });
  }
  return positions;
}

const STYLE = [
  {
    selector: 'node.actor',
    style: {
      'background-color': 'data(color)',
      'border-width': 2,
      'border-color': '#ffffff',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'font-size': 12,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#1f2933',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'line-height': 1.15,
    },
  },
  {
    selector: 'node.bloc',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(color)',
      'background-opacity': 0.06,
      'border-color': 'data(color)',
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-opacity': 0.6,
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      'font-size': 14,
      'font-weight': 'bold',
      color: 'data(color)',
      padding: 28,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'curve-style': 'bezier',
      opacity: 0.85,
      'overlay-padding': 6,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      opacity: 1,
      'underlay-color': '#1f2933',
      'underlay-opacity': 0.3,
      'underlay-padding': 5,
      'z-index': 10,
    },
  },
  {
    selector: 'node.actor:selected',
    style: { 'border-color': '#1f2933', 'border-width': 3 },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
];

export function createNetwork(container, { status, tip, onEdge, onNode }) {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  window.__ententeCy = cy;
  let names = new Map();

  cy.on('tap', 'edge', (evt) => {
    const e = evt.target;
    cy.elements().unselect();
    e.select();
    onEdge({ a: e.data('source'), b: e.data('target'), aName: names.get(e.data('source')), bName: names.get(e.data('target')) });
  });
  cy.on('tap', 'node.actor', (evt) => {
    const n = evt.target;
    onNode({ actor: n.id(), name: n.data('name') });
  });
  cy.on('tap', (evt) => {
    if (evt.target === cy) cy.elements().unselect();
  });

  // Hover tooltips (plain text).
  const showTip = (evt, lines) => {
    replace(tip, lines.map((l, i) => (i === 0 ? h('strong', null, l) : h('div', null, l))));
    const p = evt.renderedPosition;
    tip.style.left = `${p.x + 14}px`;
    tip.style.top = `${p.y + 14}px`;
    tip.hidden = false;
  };
  cy.on('mouseover', 'node.actor', (evt) => {
    const d = evt.target.data();
    showTip(evt, [`${d.name} (${d.id})`, `${fmtInt(d.events)} events`, d.bloc ? `Bloc ${d.bloc}` : 'no bloc']);
  });
  cy.on('mouseover', 'edge', (evt) => {
    const d = evt.target.data();
    showTip(evt, [
      `${names.get(d.source) || d.source} – ${names.get(d.target) || d.target}`,
      `${fmtInt(d.events)} events · mean Goldstein ${fmtSigned(d.goldstein_mean)}`,
      `Goldstein sum ${fmtSigned(d.weight)} · click for the dyad`,
    ]);
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', () => { tip.hidden = true; container.style.cursor = ''; });
  cy.on('pan zoom', () => { tip.hidden = true; });

  function setStatus(text, kind) {
    status.textContent = text || '';
    status.className = `overlay${kind ? ` ${kind}` : ''}`;
    status.hidden = !text;
  }

  function loading() {
    container.setAttribute('aria-busy', 'true');
    delete container.dataset.nodes;
    delete container.dataset.edges;
    setStatus('Loading the network…', 'busy');
  }

  function error(message) {
    container.removeAttribute('aria-busy');
    setStatus(`Could not load the network: ${message}`, 'error');
  }

  function render(data) {
    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    const known = new Set(nodes.map((n) => n.actor));
    const edges = (Array.isArray(data.edges) ? data.edges : []).filter((e) => known.has(e.source) && known.has(e.target));
    names = new Map(nodes.map((n) => [n.actor, n.name || n.actor]));
    const maxNode = Math.max(1, ...nodes.map((n) => n.events || 0));
    const maxEdge = Math.max(1, ...edges.map((e) => e.events || 0));
    const positions = layoutPositions(nodes, edges);
    const blocs = [...new Set(nodes.map((n) => n.bloc || 0))].sort((a, b) => a - b);
    const elements = [];
    for (const bloc of blocs) {
      const size = nodes.filter((n) => (n.bloc || 0) === bloc).length;
      elements.push({
        group: 'nodes',
        classes: 'bloc',
        data: { id: `bloc:${bloc}`, label: bloc ? `Bloc ${bloc} · ${size} actor${size === 1 ? '' : 's'}` : 'No bloc', color: blocColor(bloc) },
        selectable: false,
        grabbable: false,
      });
    }
    for (const n of nodes) {
      const short = shortName(n.name, n.actor);
      elements.push({
        group: 'nodes',
        classes: 'actor',
        data: {
          id: n.actor,
          parent: `bloc:${n.bloc || 0}`,
          name: n.name || n.actor,
          label: short && short !== n.actor ? `${short}\n${n.actor}` : n.actor,
          events: n.events,
          bloc: n.bloc,
          color: blocColor(n.bloc),
          size: Math.round(22 + 46 * Math.sqrt((n.events || 0) / maxNode)),
        },
        position: positions[n.actor],
      });
    }
    for (const e of edges) {
      elements.push({
        group: 'edges',
        data: {
          id: `${e.source}~${e.target}`,
          source: e.source,
          target: e.target,
          events: e.events,
          weight: e.weight,
          goldstein_mean: e.goldstein_mean,
          color: goldsteinColor(e.goldstein_mean),
          width: +(1.5 + 9 * Math.sqrt((e.events || 0) / maxEdge)).toFixed(2),
        },
      });
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
    container.removeAttribute('aria-busy');
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    const blocCount = Array.isArray(data.blocs) ? data.blocs.length : data.blocs;
    container.dataset.blocs = String(Number.isFinite(blocCount) ? blocCount : blocs.filter(Boolean).length);
    if (nodes.length === 0) setStatus('No events in this range.', 'empty');
    else setStatus('');
  }

  window.addEventListener('resize', () => {
    cy.resize();
    if (cy.nodes().length) cy.fit(undefined, 30);
  });

  return { cy, render, loading, error };
}

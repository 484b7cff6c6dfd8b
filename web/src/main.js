// entente dashboard: wires the health header, the date range, the network, the dyad
// panel, the events table and the article coder together.
import './style.css';
import { api, latest, isAbort } from './api.js';
import { $, h, replace, fmtInt, shortName } from './dom.js';
import { createNetwork } from './network.js';
import { createDyadPanel } from './dyad.js';
import { pagedEvents, renderEvents } from './events-table.js';

const state = {
  months: [], // "YYYY-MM" between the first and the last stored date
  range: { from: undefined, to: undefined },
  actor: '',
  quad: '',
};

function showGlobalError(message) {
  const el = $('global-error');
  el.textContent = message;
  el.hidden = !message;
}

// ---- date range -------------------------------------------------------------------

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number);
  const [ly, lm] = last.slice(0, 7).split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 2400) break; // 200 years: a broken date, not data
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

const lo = $('range-lo');
const hi = $('range-hi');

function rangeFromSliders() {
  let a = Number(lo.value);
  let b = Number(hi.value);
  if (a > b) [a, b] = [b, a];
  const n = state.months.length;
  if (!n) return { from: undefined, to: undefined };
  return {
    from: `${state.months[a]}-01`,
    to: lastDay(state.months[b]),
    lo: a,
    hi: b,
  };
}

function showRange() {
  const r = rangeFromSliders();
  $('range-from').textContent = r.from || 'the start';
  $('range-to').textContent = r.to || 'the end';
  const n = state.months.length;
  if (n) {
    $('range-months').textContent = `(${r.hi - r.lo + 1} of ${n} months)`;
    const max = Math.max(1, n - 1);
    const fill = $('range-fill');
    fill.style.left = `${(r.lo / max) * 100}%`;
    fill.style.width = `${((r.hi - r.lo) / max) * 100}%`;
  }
  $('filter-range').textContent = r.from ? `${r.from} – ${r.to} (set with the network's date range)` : '';
  return r;
}

let rangeTimer = null;
function onRangeInput() {
  const r = showRange();
  clearTimeout(rangeTimer);
  rangeTimer = setTimeout(() => applyRange(r), 250);
}

function applyRange(r) {
  state.range = { from: r.from, to: r.to };
  loadNetwork();
  loadActors();
  loadEvents();
  dyad.refresh(state.range);
}

lo.addEventListener('input', onRangeInput);
hi.addEventListener('input', onRangeInput);

// ---- network -------------------------------------------------------------------------

const network = createNetwork($('network'), {
  status: $('network-status'),
  tip: $('network-tip'),
  onEdge: (d) => dyad.open(d, state.range),
  onNode: ({ actor }) => {
    const select = $('filter-actor');
    if (![...select.options].some((o) => o.value === actor)) select.appendChild(h('option', { value: actor }, actor));
    select.value = actor;
    state.actor = actor;
    loadEvents();
    $('events-title').scrollIntoView({ behavior: 'smooth', block: 'start' });
  },
});

const networkRequest = latest();
function loadNetwork() {
  network.loading();
  return networkRequest((signal) => api.network({ from: state.range.from, to: state.range.to, min_events: 1 }, { signal }))
    .then((data) => {
      network.render(data);
      const open = dyad.current; // keep the open dyad's edge marked
      if (open && !$('dyad-panel').hidden) network.cy.$id(`${open.a}~${open.b}`).union(network.cy.$id(`${open.b}~${open.a}`)).select();
    })
    .catch((err) => { if (!isAbort(err)) network.error(String(err)); });
}

// ---- dyad panel ------------------------------------------------------------------------

const dyad = createDyadPanel({
  panel: $('dyad-panel'),
  title: $('dyad-title'),
  summary: $('dyad-summary'),
  directions: $('dyad-directions'),
  timelineEl: $('timeline'),
  rootsEl: $('roots-chart'),
  eventsEl: $('dyad-events'),
  closeBtn: $('dyad-close'),
  onClose: () => network.cy.elements().unselect(),
});

// ---- events table ----------------------------------------------------------------------

const events = pagedEvents($('events-list'), { testid: 'events-table', pageSize: 25 });

function loadEvents() {
  const { from, to } = state.range;
  const { actor, quad } = state;
  return events.show(({ limit, offset, signal }) => api.events({ actor, quad, from, to, limit, offset }, { signal }));
}

const actorsRequest = latest();
function loadActors() {
  const select = $('filter-actor');
  return actorsRequest((signal) => api.actors({ from: state.range.from, to: state.range.to, limit: 100 }, { signal }))
    .then((data) => {
      const actors = Array.isArray(data.actors) ? data.actors : [];
      const keep = state.actor;
      replace(select, h('option', { value: '' }, 'All actors'),
        actors.map((a) => h('option', { value: a.actor },
          `${shortName(a.name, a.actor)} (${a.actor}) · ${fmtInt(a.events)}`)));
      if (keep && !actors.some((a) => a.actor === keep)) select.appendChild(h('option', { value: keep }, keep));
      select.value = keep;
    })
    .catch((err) => { if (!isAbort(err)) select.title = `Could not load the actors: ${err}`; });
}

$('filter-actor').addEventListener('change', (e) => { state.actor = e.target.value; loadEvents(); });
$('filter-quad').addEventListener('change', (e) => { state.quad = e.target.value; loadEvents(); });
$('event-filters').addEventListener('submit', (e) => e.preventDefault());

// ---- code an article -------------------------------------------------------------------

const codeForm = $('code-form');
const codeResults = $('code-results');
const codeError = $('code-error');
const codeRequest = latest();

codeForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('code-text').value;
  const date = $('code-date').value;
  codeError.hidden = true;
  if (!text.trim()) {
    codeError.textContent = 'Paste some text to code.';
    codeError.hidden = false;
    return;
  }
  const button = $('code-submit');
  button.disabled = true;
  button.textContent = 'Coding…';
  codeResults.setAttribute('aria-busy', 'true');
  replace(codeResults, h('p', { class: 'muted' }, 'Coding the text…'));
  const payload = date ? { text, date } : { text };
  codeRequest((signal) => api.code(payload, { signal }))
    .then((data) => {
      const evs = Array.isArray(data.events) ? data.events : [];
      const sentences = Number(data.sentences) || 0;
      const box = h('div');
      renderEvents(box, evs, { testid: 'code-events-table', emptyText: 'No events found in this text.' });
      const notes = Array.isArray(data.diagnostics) ? data.diagnostics.filter((d) => typeof d === 'string' && d) : [];
      replace(codeResults,
        h('p', { class: 'result-line', 'data-testid': 'code-summary' },
          `${fmtInt(sentences)} sentence${sentences === 1 ? '' : 's'}, ${fmtInt(evs.length)} event${evs.length === 1 ? '' : 's'}.`),
        notes.length ? h('ul', { class: 'notes', 'aria-label': 'Diagnostics' }, notes.map((d) => h('li', null, d))) : null,
        box);
      codeResults.dataset.events = String(evs.length);
    })
    .catch((err) => {
      if (isAbort(err)) return;
      replace(codeResults);
      codeError.textContent = err.status === 413
        ? 'The text is too long: the server takes at most 1 MB at a time.'
        : `Could not code the text: ${err}`;
      codeError.hidden = false;
    })
    .finally(() => {
      button.disabled = false;
      button.textContent = 'Code the text';
      codeResults.removeAttribute('aria-busy');
    });
});

// ---- start -----------------------------------------------------------------------------

async function start() {
  const healthEl = $('health');
  const set = (field, value) => { healthEl.querySelector(`[data-field="${field}"]`).textContent = value; };
  let health;
  try {
    health = await api.health();
  } catch (err) {
    healthEl.removeAttribute('aria-busy');
    for (const f of ['documents', 'events', 'range', 'version']) set(f, '–');
    showGlobalError(`The entente server did not answer /v1/health: ${err}`);
    health = null;
  }
  if (health) {
    healthEl.removeAttribute('aria-busy');
    set('documents', fmtInt(health.documents));
    set('events', fmtInt(health.events));
    set('range', health.first_date ? `${health.first_date} – ${health.last_date}` : 'no events yet');
    set('version', `${health.version || '?'}${health.schema_version != null ? ` · schema ${health.schema_version}` : ''}`);
    if (health.first_date && health.last_date) {
      state.months = monthsBetween(health.first_date, health.last_date);
      const max = String(Math.max(0, state.months.length - 1));
      for (const input of [lo, hi]) input.max = max;
      lo.value = '0';
      hi.value = max;
    }
  }
  const today = new Date();
  $('code-date').value = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  lo.disabled = hi.disabled = state.months.length < 2;
  showRange();
  // The whole stored span is the default: no from/to, so nothing is cut at month edges.
  state.range = { from: undefined, to: undefined };
  loadNetwork();
  loadActors();
  loadEvents();
}

start();

// The events table: date, source -> target, CAMEO code, Goldstein score and the evidence
// sentence with the source, target and trigger marked from the event's segments.
// Used for the browsable list (paged, filtered), the dyad panel and coded articles.
import { h, replace, fmtSigned, fmtInt } from './dom.js';
import { goldsteinColor, QUADS } from './cameo.js';
import { isAbort } from './api.js';

const ROLES = ['source', 'target', 'trigger'];

export function highlightLegend() {
  return h('div', { class: 'legend marks-legend', 'aria-label': 'Highlight colours' },
    'Evidence: ',
    h('mark', { class: 'source' }, 'source actor'), ' ',
    h('mark', { class: 'target' }, 'target actor'), ' ',
    h('mark', { class: 'trigger' }, 'trigger (verb)'));
}

// The sentence as text nodes and <mark>s; only roles we know become marks.
export function evidenceNode(event) {
  const segments = Array.isArray(event.segments) ? event.segments : null;
  if (!segments || segments.length === 0) return h('span', { class: 'evidence' }, event.evidence || '');
  return h('span', { class: 'evidence' }, segments.map((seg) => {
    const text = seg && seg.text != null ? String(seg.text) : '';
    if (!text) return null;
    return ROLES.includes(seg.role)
      ? h('mark', { class: seg.role, title: seg.role }, text)
      : text;
  }));
}

function actorNode(code, name, role) {
  if (!code) return h('span', { class: `actor ${role} muted`, title: `no ${role} actor` }, '(none)');
  return h('span', { class: `actor ${role}` },
    h('code', { class: `badge ${role}` }, code),
    ' ',
    h('span', { class: 'actor-name' }, name && name !== code ? name : ''));
}

function eventRow(event) {
  const g = Number(event.goldstein);
  const quad = QUADS[event.quad_class];
  const plover = event.plover && event.plover.type
    ? `${event.plover.type}${event.plover.mode ? ` / ${event.plover.mode}` : ''}` : '';
  return h('tr', { 'data-event-id': event.id },
    h('td', { class: 'nowrap' },
      h('div', null, event.date || ''),
      h('div', { class: 'muted small', title: 'document and sentence' },
        `${event.doc_id || ''}${event.sentence != null ? ` · s${event.sentence}` : ''}`)),
    h('td', { class: 'actors' },
      actorNode(event.source, event.source_name, 'source'),
      h('span', { class: 'arrow', 'aria-label': 'to' }, '→'),
      actorNode(event.target, event.target_name, 'target')),
    h('td', { class: 'code-cell' },
      h('div', null, h('code', { class: 'badge code' }, event.code || ''), ' ', event.code_name || ''),
      h('div', { class: 'muted small' }, [quad ? `Q${event.quad_class} ${quad}` : '', plover].filter(Boolean).join(' · '))),
    h('td', { class: 'num' },
      h('span', { class: 'score', style: { background: goldsteinColor(g) } }, fmtSigned(g))),
    h('td', { class: 'evidence-cell' }, evidenceNode(event)));
}

function table(events, emptyText) {
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'events' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Source → target'),
        h('th', { scope: 'col' }, 'CAMEO code'),
        h('th', { scope: 'col', class: 'num', title: 'Goldstein score, −10 conflict … +10 cooperation' }, 'Goldstein'),
        h('th', { scope: 'col' }, 'Evidence'))),
      h('tbody', null, events.length
        ? events.map(eventRow)
        : h('tr', { class: 'empty' }, h('td', { colspan: 5 }, emptyText)))));
}

// A static table (coded article).
export function renderEvents(container, events, { testid, emptyText = 'No events.' } = {}) {
  container.dataset.testid = testid || container.dataset.testid || '';
  replace(container, highlightLegend(), table(events, emptyText));
  container.dataset.rows = String(events.length);
}

// A paged table. load({limit, offset, signal}) resolves to {total, events}.
export function pagedEvents(container, { testid, pageSize = 25, emptyText = 'No events in this range.' } = {}) {
  let load = null;
  let offset = 0;
  let controller = null;
  if (testid) container.dataset.testid = testid;

  const status = h('div', { class: 'table-status', role: 'status' });
  const body = h('div', { class: 'table-body' });
  const prev = h('button', { type: 'button', class: 'ghost', 'data-testid': 'page-prev' }, '← Previous');
  const next = h('button', { type: 'button', class: 'ghost', 'data-testid': 'page-next' }, 'Next →');
  const pageInfo = h('span', { class: 'muted' });
  const pager = h('div', { class: 'pager' }, prev, pageInfo, next);
  replace(container, highlightLegend(), status, body, pager);
  prev.addEventListener('click', () => { offset = Math.max(0, offset - pageSize); refresh(); });
  next.addEventListener('click', () => { offset += pageSize; refresh(); });

  async function refresh() {
    if (!load) return;
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    container.setAttribute('aria-busy', 'true');
    container.classList.add('loading');
    delete container.dataset.rows;
    status.className = 'table-status';
    status.textContent = 'Loading events…';
    prev.disabled = true;
    next.disabled = true;
    try {
      const result = await load({ limit: pageSize, offset, signal: mine.signal });
      if (mine !== controller) return;
      const events = Array.isArray(result.events) ? result.events : [];
      const total = Number.isFinite(result.total) ? result.total : events.length;
      if (events.length === 0 && offset > 0 && total > 0) { // the page vanished (filters changed)
        offset = Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
        refresh();
        return;
      }
      replace(body, table(events, emptyText));
      status.textContent = '';
      const first = events.length ? offset + 1 : 0;
      pageInfo.textContent = total
        ? `${fmtInt(first)}–${fmtInt(offset + events.length)} of ${fmtInt(total)} events`
        : '';
      prev.disabled = offset === 0;
      next.disabled = offset + events.length >= total;
      pager.hidden = total <= pageSize && offset === 0;
      container.dataset.rows = String(events.length);
      container.dataset.total = String(total);
    } catch (err) {
      if (isAbort(err)) return;
      replace(body);
      status.className = 'table-status alert error';
      status.textContent = `Could not load the events: ${err}`;
      pager.hidden = true;
    } finally {
      if (mine === controller) {
        container.removeAttribute('aria-busy');
        container.classList.remove('loading');
        controller = null;
      }
    }
  }

  return {
    // Sets a new query and shows its first page.
    show(loader) {
      load = loader;
      offset = 0;
      return refresh();
    },
    refresh,
  };
}

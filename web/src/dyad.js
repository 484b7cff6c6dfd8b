// The dyad panel: what two actors do to each other. The plain-language summary and the
// two directions from /v1/relations, an echarts timeline of the cooperation-conflict index
// and a stacked bar chart of events by CAMEO root code per month from /v1/dyads, and the
// events between the two.
import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { api, isAbort } from './api.js';
import { h, replace, fmtSigned, fmtInt, shortName } from './dom.js';
import { ROOTS, rootName, rootColor, ccColor, goldsteinColor } from './cameo.js';
import { pagedEvents } from './events-table.js';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent, CanvasRenderer]);

const TREND = { rising: '↗ rising', falling: '↘ falling', steady: '→ steady' };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function monthStart(period) {
  // "2024-05" -> "2024-05-01"; other periods (day, "2024-W20", year) are passed through
  return /^\d{4}-\d{2}$/.test(period) ? `${period}-01` : period;
}

function directionCard(d, names) {
  if (!d || !d.events) {
    return h('div', { class: 'direction empty' },
      h('h4', null, d ? `${names(d.source)} → ${names(d.target)}` : '–'),
      h('p', { class: 'muted' }, 'No events in this direction.'));
  }
  const roots = Array.isArray(d.roots) ? d.roots.slice(0, 4) : [];
  const codes = Array.isArray(d.codes) ? d.codes.slice(0, 4) : [];
  return h('div', { class: 'direction' },
    h('h4', null, `${names(d.source)} → ${names(d.target)}`),
    h('dl', { class: 'stats' },
      h('div', null, h('dt', null, 'Events'), h('dd', null, fmtInt(d.events))),
      h('div', null, h('dt', null, 'Mean Goldstein'),
        h('dd', null, h('span', { class: 'score', style: { background: goldsteinColor(d.goldstein_mean) } }, fmtSigned(d.goldstein_mean)))),
      h('div', null, h('dt', null, 'CC index'),
        h('dd', null, h('span', { class: 'score', style: { background: ccColor(d.cc_index) } }, fmtSigned(d.cc_index, 2)))),
      h('div', null, h('dt', null, 'Trend'), h('dd', null, TREND[d.trend] || d.trend || '–'))),
    roots.length ? h('p', { class: 'small' }, h('span', { class: 'muted' }, 'Roots: '),
      roots.map((r, i) => [i ? ', ' : '', h('code', { class: 'badge code' }, r.code), ` ${rootName(r.code)} (${r.events})`])) : null,
    codes.length ? h('p', { class: 'small' }, h('span', { class: 'muted' }, 'Codes: '),
      codes.map((c, i) => [i ? ', ' : '', h('code', { class: 'badge code' }, c.code), ` ×${c.events}`])) : null);
}

export function createDyadPanel({ panel, title, summary, directions, timelineEl, rootsEl, eventsEl, closeBtn, onClose }) {
  let timeline = null;
  let roots = null;
  let controller = null;
  let current = null;
  const table = pagedEvents(eventsEl, { testid: 'dyad-events', pageSize: 10, emptyText: 'No events between the two in this range.' });

  function charts() {
    if (!timeline) {
      timeline = echarts.init(timelineEl, null, { renderer: 'canvas' });
      roots = echarts.init(rootsEl, null, { renderer: 'canvas' });
    }
    timeline.resize();
    roots.resize();
  }

  window.addEventListener('resize', () => {
    if (timeline && !panel.hidden) { timeline.resize(); roots.resize(); }
  });

  closeBtn.addEventListener('click', () => {
    panel.hidden = true;
    current = null;
    if (controller) controller.abort();
    onClose();
  });

  function chartMessage(el, chart, text) {
    chart.clear();
    el.dataset.points = '0';
    chart.setOption({
      title: { text, left: 'center', top: 'middle', textStyle: { color: '#7b8794', fontSize: 13, fontWeight: 'normal', fontFamily: FONT } },
    });
  }

  function drawTimeline(rows) {
    const points = rows.map((r) => ({
      value: [monthStart(r.period), r.cc_index],
      events: r.events,
      goldstein: r.goldstein_mean,
      period: r.period,
      itemStyle: { color: ccColor(r.cc_index) },
      symbolSize: Math.min(22, 7 + 3 * Math.sqrt(r.events || 0)),
    }));
    const times = points.map((p) => Date.parse(p.value[0])).filter(Number.isFinite);
    const pad = 40 * 24 * 3600 * 1000;
    timeline.clear();
    timeline.setOption({
      animationDuration: 300,
      textStyle: { fontFamily: FONT },
      grid: { left: 44, right: 44, top: 34, bottom: 30 },
      legend: { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: '#52606d' } },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const d = points[p.dataIndex];
          // echarts renders tooltip strings as HTML: escape what comes from the API
          const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
          return `<strong>${esc(d.period)}</strong><br/>CC index ${esc(fmtSigned(d.value[1], 2))}<br/>` +
            `${esc(fmtInt(d.events))} events · mean Goldstein ${esc(fmtSigned(d.goldstein))}`;
        },
      },
      xAxis: {
        type: 'time',
        min: times.length ? Math.min(...times) - pad : undefined,
        max: times.length ? Math.max(...times) + pad : undefined,
        axisLabel: { hideOverlap: true, color: '#52606d' },
        splitLine: { show: false },
      },
      yAxis: [{
        type: 'value', min: -1, max: 1, interval: 0.5,
        axisLabel: { color: '#52606d', formatter: (v) => (v > 0 ? `+${v}` : String(v)) },
        splitLine: { lineStyle: { color: '#eef1f4' } },
      }, {
        type: 'value', min: -10, max: 10, interval: 5, position: 'right',
        axisLabel: { color: '#9aa5b1', formatter: (v) => (v > 0 ? `+${v}` : String(v)) },
        splitLine: { show: false },
      }],
      series: [{
        type: 'line',
        name: 'CC index (−1 conflict … +1 cooperation)',
        data: points,
        color: '#52606d',
        z: 3,
        showSymbol: true,
        symbol: 'circle',
        connectNulls: true,
        lineStyle: { color: '#7b8794', width: 1.5 },
        markLine: {
          silent: true, symbol: 'none', label: { show: false },
          lineStyle: { color: '#9aa5b1', type: 'dashed' },
          data: [{ yAxis: 0 }],
        },
      }, {
        type: 'line',
        name: 'mean Goldstein (right axis)',
        yAxisIndex: 1,
        data: points.map((p) => [p.value[0], p.goldstein]),
        symbol: 'none',
        color: '#b0b7c0',
        lineStyle: { color: '#b0b7c0', width: 1.2, type: 'dashed' },
        silent: true,
        z: 1,
      }],
    });
    timelineEl.dataset.points = String(points.length);
  }

  function drawRoots(rows) {
    const periods = [...new Set(rows.map((r) => r.period))];
    const codes = [...new Set(rows.flatMap((r) => Object.keys(r.roots || {})))].sort();
    const count = new Map();
    for (const r of rows) {
      for (const [code, n] of Object.entries(r.roots || {})) {
        const key = `${r.period}|${code}`;
        count.set(key, (count.get(key) || 0) + n);
      }
    }
    roots.clear();
    roots.setOption({
      animationDuration: 300,
      textStyle: { fontFamily: FONT },
      grid: { left: 36, right: 12, top: codes.length > 4 ? 56 : 36, bottom: 30 },
      legend: { type: 'scroll', top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11, color: '#52606d' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: periods, axisLabel: { color: '#52606d', hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#52606d' }, splitLine: { lineStyle: { color: '#eef1f4' } } },
      series: codes.map((code) => ({
        type: 'bar',
        stack: 'roots',
        name: `${code} ${ROOTS[code] ? ROOTS[code][0] : ''}`.trim(),
        itemStyle: { color: rootColor(code) },
        barMaxWidth: 36,
        data: periods.map((p) => count.get(`${p}|${code}`) || 0),
      })),
    });
    rootsEl.dataset.bars = String(periods.length);
  }

  async function open(dyad, range, { scroll = true } = {}) {
    current = dyad;
    const { a, b } = dyad;
    const nameMap = new Map([[a, dyad.aName || a], [b, dyad.bName || b]]);
    const names = (code) => shortName(nameMap.get(code) || code, code);
    panel.hidden = false;
    panel.setAttribute('aria-busy', 'true');
    replace(title, `${names(a)} ↔ ${names(b)} `, h('span', { class: 'muted codes' }, `${a} · ${b}`));
    summary.textContent = 'Loading the relations…';
    summary.className = 'summary muted';
    replace(directions);
    charts();
    delete timelineEl.dataset.points;
    timeline.clear();
    roots.clear();
    timeline.showLoading({ text: 'Loading…' });
    roots.showLoading({ text: 'Loading…' });
    if (scroll) panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
    table.show(({ limit, offset, signal }) => api.events({ a, b, from: range.from, to: range.to, limit, offset }, { signal }));

    if (controller) controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    const [rel, dy] = await Promise.allSettled([
      api.relations({ a, b, from: range.from, to: range.to }, { signal }),
      api.dyads({ a, b, period: 'month', ordered: 'false', from: range.from, to: range.to }, { signal }),
    ]);
    if (signal.aborted || current !== dyad) return;
    panel.removeAttribute('aria-busy');
    timeline.hideLoading();
    roots.hideLoading();
    if (rel.status === 'fulfilled') {
      const r = rel.value;
      summary.textContent = r.summary || 'No summary.';
      summary.className = 'summary';
      replace(directions, directionCard(r.forward, names), directionCard(r.backward, names));
    } else if (!isAbort(rel.reason)) {
      summary.textContent = `Could not load the relations: ${rel.reason}`;
      summary.className = 'summary alert error';
    }
    if (dy.status === 'fulfilled') {
      const rows = (Array.isArray(dy.value.dyads) ? dy.value.dyads : [])
        .slice().sort((x, y) => String(x.period).localeCompare(String(y.period)));
      if (rows.length === 0) {
        chartMessage(timelineEl, timeline, 'No events in this range');
        chartMessage(rootsEl, roots, 'No events in this range');
      } else {
        drawTimeline(rows);
        drawRoots(rows);
      }
    } else if (!isAbort(dy.reason)) {
      chartMessage(timelineEl, timeline, `Could not load the dyad: ${dy.reason}`);
      chartMessage(rootsEl, roots, '');
    }
  }

  return {
    open,
    // Re-reads the open dyad (the date range changed).
    refresh(range) { if (current && !panel.hidden) open(current, range, { scroll: false }); },
    get current() { return current; },
  };
}

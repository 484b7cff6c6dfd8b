#!/usr/bin/env node
// Browser test of the entente dashboard, against a running `entente serve`.
// Usage: node tests/web/browser_test.mjs BASE_URL SCREENSHOT.png
//
// Drives Debian's chromium through playwright-core (from web/node_modules; no browser
// download): waits for the network, clicks a real edge with the mouse, checks the dyad
// panel (summary, timeline, events with highlights), codes a pasted sentence through the
// form, and fails on any console error or failed request. Saves a full-page screenshot.
// Exit status: 0 passed, 1 failed, 2 usage error.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const webPackage = path.resolve(here, '../../web/package.json');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT_MS = 15000;
const OVERALL_MS = 60000;

const [baseUrl, screenshot] = process.argv.slice(2);
if (!baseUrl || !screenshot) {
  console.error('usage: node tests/web/browser_test.mjs BASE_URL SCREENSHOT.png');
  process.exit(2);
}

let chromium;
try {
  ({ chromium } = createRequire(webPackage)('playwright-core'));
} catch (err) {
  console.error(`FAIL: cannot load playwright-core from ${path.dirname(webPackage)}/node_modules (run npm ci in web/): ${err.message}`);
  process.exit(1);
}

const problems = []; // console errors, page errors, failed requests
let onProblem = null;
// Rejects on the first problem the page reports, so a broken page fails at once.
const firstProblem = new Promise((_, reject) => { onProblem = reject; });
firstProblem.catch(() => {});
function problem(text) {
  problems.push(text);
  onProblem(new Error(`the page reported a problem: ${text}`));
}
let step = 'start';
const log = (msg) => console.log(`browser_test: ${msg}`);

function fail(message) {
  throw new Error(message);
}

async function waitFor(page, what, fn, arg) {
  step = what;
  const waiting = page.waitForFunction(fn, arg, { timeout: WAIT_MS, polling: 100 });
  waiting.catch(() => {});
  try {
    return await Promise.race([waiting, firstProblem]);
  } catch (err) {
    if (problems.length) fail(`while waiting for ${what}, ${err.message}`);
    fail(`timed out after ${WAIT_MS / 1000} s waiting for ${what}`);
  }
}

let page = null;

async function run(browser) {
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (msg) => {
    if (msg.type() === 'error') problem(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problem(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const why = req.failure() ? req.failure().errorText : 'failed';
    if (why === 'net::ERR_ABORTED' && req.url().includes('/v1/')) return; // superseded, aborted on purpose
    problem(`request failed: ${req.method()} ${req.url()} (${why})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problem(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });

  step = `open ${baseUrl}`;
  const response = await page.goto(baseUrl, { waitUntil: 'load', timeout: WAIT_MS });
  if (!response || !response.ok()) fail(`${baseUrl} answered ${response ? response.status() : 'nothing'}`);

  await waitFor(page, 'the health figures in the header',
    () => /\d/.test(document.querySelector('[data-testid="health"] [data-field="events"]')?.textContent || ''));

  await waitFor(page, 'the network to render with >= 2 nodes and >= 1 edge', () => {
    const el = document.querySelector('[data-testid="network"]');
    return el && Number(el.dataset.nodes) >= 2 && Number(el.dataset.edges) >= 1 && window.__ententeCy;
  });
  const counts = await page.$eval('[data-testid="network"]', (el) => ({ nodes: el.dataset.nodes, edges: el.dataset.edges, blocs: el.dataset.blocs }));
  log(`network: ${counts.nodes} nodes, ${counts.edges} edges, ${counts.blocs} blocs`);

  // Pick an edge whose rendered midpoint is inside the view and not covered by a node,
  // preferring the busiest; click it with the mouse.
  step = 'find an edge to click';
  await page.locator('[data-testid="network"]').scrollIntoViewIfNeeded();
  const target = await page.evaluate(() => {
    const cy = window.__ententeCy;
    const w = cy.width();
    const hgt = cy.height();
    const nodes = cy.nodes().filter((n) => !n.isParent());
    const edges = cy.edges().sort((a, b) => b.data('events') - a.data('events'));
    for (const e of edges) {
      const p = e.renderedMidpoint();
      if (!(p.x > 5 && p.y > 5 && p.x < w - 5 && p.y < hgt - 5)) continue;
      const covered = nodes.some((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        return p.x >= bb.x1 - 4 && p.x <= bb.x2 + 4 && p.y >= bb.y1 - 4 && p.y <= bb.y2 + 4;
      });
      if (!covered) return { id: e.id(), source: e.data('source'), target: e.data('target'), x: p.x, y: p.y };
    }
    return null;
  });
  if (!target) fail('no edge of the network has a clickable midpoint');
  const box = await page.locator('[data-testid="network"]').boundingBox();
  if (!box) fail('the network container has no bounding box');
  log(`clicking edge ${target.source}-${target.target} at (${Math.round(target.x)}, ${Math.round(target.y)})`);
  step = 'click the edge';
  await page.mouse.click(box.x + target.x, box.y + target.y);

  await waitFor(page, 'the dyad panel to open', () => {
    const el = document.querySelector('[data-testid="dyad-panel"]');
    return el && !el.hidden && el.getBoundingClientRect().height > 0;
  });
  const title = await page.textContent('#dyad-title');
  if (!title.includes(target.source) || !title.includes(target.target)) {
    fail(`the dyad panel shows "${title.trim()}", not ${target.source}-${target.target}`);
  }
  await waitFor(page, 'the relations summary', () => {
    const el = document.querySelector('[data-testid="dyad-summary"]');
    return el && !el.closest('[aria-busy]') && el.textContent.trim().length > 0 && !/^Loading/.test(el.textContent);
  });
  const summaryError = await page.$eval('[data-testid="dyad-summary"]', (el) => el.classList.contains('error') ? el.textContent : '');
  if (summaryError) fail(`the dyad summary shows an error: ${summaryError}`);
  await waitFor(page, 'a timeline with >= 1 point', () => Number(document.querySelector('[data-testid="timeline"]')?.dataset.points) >= 1);
  const points = await page.$eval('[data-testid="timeline"]', (el) => el.dataset.points);
  log(`dyad panel: "${title.trim()}", timeline with ${points} point(s)`);

  await waitFor(page, 'the dyad events table with highlighted source and target', () => {
    const rows = document.querySelectorAll('[data-testid="dyad-events"] tbody tr:not(.empty)');
    return rows.length >= 1 && [...rows].some((r) => r.querySelector('mark.source') && r.querySelector('mark.target'));
  });
  const rows = await page.$$eval('[data-testid="dyad-events"] tbody tr:not(.empty)', (r) => r.length);
  log(`dyad events: ${rows} row(s) with highlights`);

  await waitFor(page, 'the events table to fill', () => {
    const el = document.querySelector('[data-testid="events-table"]');
    return el && Number(el.dataset.rows) >= 1 && el.querySelector('tbody mark.source');
  });

  // Code a pasted sentence.
  step = 'code an article';
  const form = page.locator('[data-testid="code-form"]');
  await form.scrollIntoViewIfNeeded();
  await page.fill('[data-testid="code-text"]', 'Russian President Vladimir Putin visited China on Thursday.');
  await page.fill('[data-testid="code-date"]', '2024-05-16');
  await page.click('[data-testid="code-submit"]');
  await waitFor(page, 'the coded events (or an error)', () => {
    const err = document.querySelector('[data-testid="code-error"]');
    return (err && !err.hidden) || document.querySelector('[data-testid="code-events-table"]');
  });
  const codeError = await page.$eval('[data-testid="code-error"]', (el) => (el.hidden ? '' : el.textContent));
  if (codeError) fail(`coding the text failed: ${codeError}`);
  const coded = await page.$$eval('[data-testid="code-events-table"] tbody tr:not(.empty)', (r) => r.length);
  if (coded < 1) fail('coding "Russian President Vladimir Putin visited China on Thursday." gave no event');
  const first = await page.$eval('[data-testid="code-events-table"] tbody tr:not(.empty)', (r) => r.innerText.replace(/\s+/g, ' ').trim());
  log(`coded: ${coded} event(s); first: ${first}`);

  step = 'screenshot';
  await page.waitForTimeout(400); // let chart animations settle
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot: ${screenshot}`);

  // The date range: moving the first thumb one month refetches the network with from/to.
  step = 'move the date range';
  const months = await page.$eval('#range-lo', (el) => Number(el.max));
  if (months >= 1) {
    const refetch = page.waitForResponse((r) => r.url().includes('/v1/network?') && r.url().includes('from='), { timeout: WAIT_MS });
    await page.focus('#range-lo');
    await page.keyboard.press('ArrowRight');
    const res = await refetch;
    if (!res.ok()) fail(`${res.url()} answered ${res.status()}`);
    await waitFor(page, 'the network to render the new range', () => document.querySelector('[data-testid="network"]').dataset.nodes !== undefined);
    const range = await page.evaluate(() => [document.getElementById('range-from').textContent, document.getElementById('range-to').textContent]);
    log(`date range ${range[0]} – ${range[1]}: ${new URL(res.url()).search}`);
  }

  if (problems.length) fail(`the page reported ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

let browser;
let status = 0;
const overall = setTimeout(() => {
  console.error(`FAIL: the test took more than ${OVERALL_MS / 1000} s (at: ${step})`);
  process.exit(1);
}, OVERALL_MS);
try {
  step = 'launch chromium';
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: WAIT_MS,
  });
  await run(browser);
  console.log('PASS: dashboard browser test');
} catch (err) {
  status = 1;
  console.error(`FAIL (${step}): ${err.message}`);
  if (page && step !== 'screenshot') { // best effort: what the page looked like
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 5000 })
      .then(() => console.error(`screenshot of the failure: ${screenshot}`), () => {});
  }
  if (problems.length > 1 && !String(err.message).includes('problem(s)')) {
    console.error(`page problems:\n  ${problems.join('\n  ')}`);
  }
} finally {
  if (browser) await browser.close().catch(() => {});
  clearTimeout(overall);
}
process.exit(status);

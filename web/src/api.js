// A small client of the entente JSON API (/v1). Every call rejects with an ApiError
// carrying the HTTP status and the server's message, so views can show it as it is.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
  toString() {
    return this.status ? `${this.status}: ${this.message}` : this.message;
  }
}

// Relative to the page, so the dashboard also works under a sub-path of a reverse proxy.
function apiUrl(path, params) {
  const url = new URL(`v1/${path}`, document.baseURI);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

async function request(url, init) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, ...init });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(0, `cannot reach the entente server (${err && err.message ? err.message : err})`);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (a proxy's error page, say): fall through with the status
  }
  if (!response.ok) {
    // The server's own message; else the status line (plus a short plain-text body, never markup).
    const plain = text && !body && !/[<>]/.test(text) && text.length <= 200 ? `: ${text.trim()}` : '';
    const message = body && body.error && body.error.message
      ? body.error.message
      : `${response.statusText || 'request failed'}${plain}`;
    throw new ApiError(response.status, message);
  }
  if (body === null) throw new ApiError(response.status, 'the server answered with something that is not JSON');
  return body;
}

export function getJSON(path, params, { signal } = {}) {
  return request(apiUrl(path, params), { signal });
}

export function postJSON(path, payload, { signal } = {}) {
  return request(apiUrl(path), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
    signal,
  });
}

export const api = {
  health: (opts) => getJSON('health', {}, opts),
  actors: (params, opts) => getJSON('actors', params, opts),
  network: (params, opts) => getJSON('network', params, opts),
  dyads: (params, opts) => getJSON('dyads', params, opts),
  relations: (params, opts) => getJSON('relations', params, opts),
  events: (params, opts) => getJSON('events', params, opts),
  code: (payload, opts) => postJSON('code', payload, opts),
};

// Runs the latest of a series of requests: starting a new one aborts the one before,
// so a slow answer never overwrites a newer one.
export function latest() {
  let controller = null;
  return (fn) => {
    if (controller) controller.abort();
    controller = new AbortController();
    const mine = controller;
    return fn(mine.signal).finally(() => {
      if (controller === mine) controller = null;
    });
  };
}

export const isAbort = (err) => err && err.name === 'AbortError';

// Every request of the page goes through here: to Cairn's own origin, with the signed-in caller's
// token, and with a problem+json answer turned into an error that says what went wrong.
import { session } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The request failed (${status}).`);
    this.status = status;
    this.problem = problem;
  }
}

export async function request(path, options = {}) {
  const headers = new Headers(options.headers || {});
  if (session.token) {
    headers.set('Authorization', `Bearer ${session.token}`);
  }
  // Not from the browser's cache: an ETag names a record's version, not what a role sees of it, and
  // Chrome revalidates a copy another role read (Vary or not), so a 304 would show that copy.
  const response = await fetch(path, { cache: 'no-store', ...options, headers });
  if (response.status === 401 && session.token) {
    session.expired();
  }
  if (!response.ok && response.status !== 304) {
    const type = response.headers.get('Content-Type') || '';
    const problem = type.includes('json') ? await response.json() : { detail: response.statusText };
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function json(path) {
  return (await request(path, { headers: { Accept: 'application/json, application/geo+json' } })).json();
}

export async function post(path, body) {
  const response = await request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}

/** A query string of the parameters that have a value. */
export function query(parameters) {
  const search = new URLSearchParams();
  Object.entries(parameters).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

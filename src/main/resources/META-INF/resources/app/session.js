// Who is signed in: a bearer token from the authority's OpenID Connect provider (authorization
// code flow with PKCE, the page being a public client) or, under scripts/run, from the development
// sign-in. The token lives in this tab's sessionStorage only. The page reads the roles in it to
// offer what they allow; the API decides, as always.
const STORE = 'cairn.session';
const PENDING = 'cairn.signing-in';
const listeners = [];

export const session = {
  token: null,
  roles: [],
  organisation: null,
  subject: null,
  settings: null,

  signedIn() {
    return Boolean(this.token);
  },

  /** Whether the roles include one of the names (space-separated). */
  offers(roleNames) {
    return roleNames.split(' ').some((role) => this.roles.includes(role));
  },

  onChange(listener) {
    listeners.push(listener);
  },

  expired() {
    this.clear();
  },

  clear() {
    sessionStorage.removeItem(STORE);
    Object.assign(this, { token: null, roles: [], organisation: null, subject: null });
    listeners.forEach((listener) => listener());
  },

  adopt(token) {
    const claims = decode(token);
    const oidc = this.settings && this.settings.oidc;
    const rolesClaim = (oidc && oidc.rolesClaim) || 'groups';
    const organisationClaim = (oidc && oidc.organisationClaim) || 'organisation';
    const roles = rolesClaim.split('/').reduce((value, name) => (value ? value[name] : undefined), claims);
    Object.assign(this, {
      token,
      roles: Array.isArray(roles) ? roles : [],
      organisation: claims[organisationClaim] || null,
      subject: claims.sub || null,
    });
    sessionStorage.setItem(STORE, token);
    listeners.forEach((listener) => listener());
  },
};

function decode(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch (e) {
    return {};
  }
}

function stillValid(token) {
  const claims = decode(token);
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now();
}

/** Reads the settings, then the token kept in this tab or the answer of the identity provider. */
export async function restore() {
  session.settings = await (await fetch('app/settings', { headers: { Accept: 'application/json' } })).json();
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && sessionStorage.getItem(PENDING)) {
    await finishOidc(params);
    return;
  }
  const kept = sessionStorage.getItem(STORE);
  if (kept && stillValid(kept)) {
    session.adopt(kept);
  }
}

export async function developmentSignIn(role, organisation) {
  const response = await fetch('app/development-sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ role, organisation }),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.detail || 'The sign-in was refused.');
  }
  session.adopt(answer.accessToken);
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function discovery() {
  const issuer = session.settings.oidc.issuer.replace(/\/$/, '');
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error('The identity provider did not answer.');
  }
  return response.json();
}

function redirectUri() {
  return window.location.origin + window.location.pathname;
}

export async function oidcSignIn() {
  const provider = await discovery();
  const verifier = randomText(48);
  const state = randomText(24);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, view: window.location.hash }));
  const { oidc } = session.settings;
  const search = new URLSearchParams({
    response_type: 'code', client_id: oidc.clientId, redirect_uri: redirectUri(), scope: oidc.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  window.location.assign(`${provider.authorization_endpoint}?${search}`);
}

async function finishOidc(params) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING));
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', redirectUri() + (pending.view || ''));
  if (params.get('state') !== pending.state) {
    throw new Error('The sign-in answer does not belong to this page; please sign in again.');
  }
  const provider = await discovery();
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: session.settings.oidc.clientId, code_verifier: pending.verifier,
    }),
  });
  const tokens = await response.json();
  if (!response.ok || !tokens.access_token) {
    throw new Error('The identity provider refused the sign-in.');
  }
  session.adopt(tokens.access_token);
}

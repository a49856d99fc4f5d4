// The shell: sign-in, the views a role is offered, and the view the address names.
import { session, restore, developmentSignIn, oidcSignIn } from './session.js';
import { element, clear, label } from './dom.js';
import { showMap } from './map.js';
import { showDashboards, showArticle7 } from './dashboards.js';
import { showReview } from './review.js';

const VIEWS = { map: showMap, dashboards: showDashboards, article7: showArticle7, review: showReview };
const view = document.getElementById('view');

function offeredViews() {
  document.querySelectorAll('#views a').forEach((link) => {
    const roles = link.dataset.offeredTo;
    link.hidden = Boolean(roles) && !session.offers(roles);
  });
  document.getElementById('views').hidden = !session.signedIn();
}

function renderSession() {
  const box = clear(document.getElementById('session'));
  if (!session.signedIn()) {
    return;
  }
  box.append(element('span', { class: 'who' }, `${session.roles.map(label).join(', ')}`));
  box.append(element('button', { type: 'button', onclick: () => session.clear() }, 'Sign out'));
}

function signInForm() {
  const form = element('section', { class: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    element('h1', { id: 'sign-in-title' }, 'Sign in to Cairn'),
    element('p', {}, 'Hazard areas, land release, devices and casualties of the national mine action programme.'));
  const { oidc, developmentSignIn: development } = session.settings;
  if (oidc) {
    form.append(element('button', { type: 'button', class: 'primary', onclick: () => oidcSignIn().catch(fail) },
      'Sign in with your organisation account'));
  }
  if (development) {
    const role = element('select', { id: 'sign-in-role', name: 'role' },
      ...development.roles.map((name) => element('option', { value: name }, label(name))));
    const organisation = element('select', { id: 'sign-in-organisation', name: 'organisation' },
      ...development.organisations.map((org) => element('option', { value: org.id }, org.name)));
    const submit = element('button', { type: 'submit', class: 'primary', id: 'sign-in-submit' }, 'Sign in');
    form.append(element('form', {
      class: 'development',
      onsubmit: (event) => {
        event.preventDefault();
        developmentSignIn(role.value, organisation.value).catch(fail);
      },
    },
    element('h2', {}, 'Development sign-in'),
    element('p', {}, 'Choose a role and an organisation. This sign-in exists under scripts/run only.'),
    element('label', { for: 'sign-in-role' }, 'Role'), role,
    element('label', { for: 'sign-in-organisation' }, 'Organisation'), organisation, submit));
  }
  if (!oidc && !development) {
    form.append(element('p', { role: 'alert' }, 'No way to sign in is configured: set CAIRN_OIDC_ISSUER.'));
  }
  return form;
}

function fail(error) {
  const box = document.getElementById('message') || element('p', { id: 'message', role: 'alert', class: 'error' });
  box.textContent = error.message;
  view.prepend(box);
}

async function route() {
  offeredViews();
  renderSession();
  clear(view);
  if (!session.signedIn()) {
    view.append(signInForm());
    return;
  }
  const name = window.location.hash.replace(/^#/, '').split('?')[0] || 'map';
  const show = VIEWS[name] || showMap;
  document.querySelectorAll('#views a').forEach((link) => {
    if (link.getAttribute('href') === `#${name}`) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  try {
    await show(view);
  } catch (error) {
    fail(error);
  }
}

window.addEventListener('hashchange', route);
session.onChange(route);
restore().then(route).catch((error) => {
  route();
  fail(error);
});

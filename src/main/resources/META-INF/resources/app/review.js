// The review queue of data managers: each submitted field report, its items beside the records
// they change and on a map, approved or rejected through /api/v1/field-reports.
import { json, post, query, ApiError } from './api.js';
import { element, clear, label } from './dom.js';
import { selectedStyle } from './styles.js';
import { geoJson } from './geo.js';
import { recordPath, shown } from './details.js';

/**
 * The record an item changes, as it stands now; null for a new record, one whose content is
 * withheld from the caller (nothing to compare it with), or one the caller may not read.
 */
async function current(item) {
  if (!item.targetId || item.contentWithheld) {
    return null;
  }
  return json(`${recordPath(item.kind)}/${item.targetId}`).catch(() => null);
}

/** Each property the item sets, beside the record's value now. */
function comparison(item, record) {
  const proposed = (item.content && (item.content.properties || item.content)) || {};
  const now = (record && (record.properties || record)) || {};
  const names = Object.keys(proposed).filter((name) => name !== 'geometry' && name !== 'type');
  return element('table', { class: 'comparison' },
    element('caption', {}, `${label(item.kind)} ${item.targetId ? 'change' : 'new'}`
      + `${item.outcome ? ` · ${label(item.outcome)}` : ''}`),
    element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, 'Field'),
      element('th', { scope: 'col' }, 'Now'), element('th', { scope: 'col' }, 'Reported'))),
    element('tbody', {}, ...names.map((name) => {
      const changed = record && shown(now[name]) !== shown(proposed[name]);
      return element('tr', { class: changed ? 'changed' : null }, element('th', { scope: 'row' }, label(name)),
        element('td', {}, record ? shown(now[name]) : '(new)'), element('td', {}, shown(proposed[name])));
    })));
}

function reportMap(target, items, records) {
  const reported = new ol.source.Vector();
  const existing = new ol.source.Vector();
  items.forEach((item, index) => {
    if (item.content && item.content.geometry) {
      reported.addFeature(geoJson.readFeature({ type: 'Feature', geometry: item.content.geometry }));
    }
    const record = records[index];
    if (record && record.geometry) {
      existing.addFeature(geoJson.readFeature({ type: 'Feature', geometry: record.geometry }));
    }
  });
  const map = new ol.Map({
    target,
    layers: [new ol.layer.Vector({ source: existing }), new ol.layer.Vector({ source: reported, style: selectedStyle })],
    view: new ol.View({ center: ol.proj.fromLonLat([33.2, 9.5]), zoom: 8 }),
  });
  const extent = ol.extent.extend(ol.extent.createEmpty(), reported.getExtent());
  ol.extent.extend(extent, existing.getExtent());
  if (!ol.extent.isEmpty(extent)) {
    map.getView().fit(extent, { padding: [30, 30, 30, 30], maxZoom: 17 });
  }
}

function decisionsForm(report, undecided, done) {
  const choices = undecided.map((itemId) => {
    const name = `decision-${itemId}`;
    return element('fieldset', {}, element('legend', {}, `Item ${itemId}: its record changed since the report`),
      element('label', {}, element('input', { type: 'radio', name, value: 'APPLY' }), ' Apply over the current version'),
      element('label', {}, element('input', { type: 'radio', name, value: 'SKIP', checked: true }), ' Skip it'));
  });
  return element('form', { class: 'decisions', onsubmit: (event) => {
    event.preventDefault();
    const decisions = undecided.map((itemId) => ({
      itemId, action: event.target.querySelector(`input[name="decision-${itemId}"]:checked`).value,
    }));
    approve(report, decisions, done);
  } }, ...choices, element('button', { type: 'submit', class: 'primary' }, 'Approve with these decisions'));
}

async function approve(report, decisions, done) {
  try {
    await post(`api/v1/field-reports/${report.reportId}/approval`, { decisions });
    done(`Report ${report.reportNumber} approved.`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.problem.undecidedItems) {
      document.getElementById('review-actions').append(decisionsForm(report, error.problem.undecidedItems, done));
      return;
    }
    done(error.message, true);
  }
}

async function showReport(panel, id, done) {
  clear(panel).append(element('p', {}, 'Loading…'));
  const report = await json(`api/v1/field-reports/${id}`);
  const items = report.items || [];
  const records = await Promise.all(items.map(current));
  const mapTarget = element('div', { class: 'review-map', id: 'review-map', role: 'img',
    'aria-label': 'Reported geometries in blue, the records they change in grey' });
  const reason = element('textarea', { id: 'rejection-reason', rows: 2, required: true });
  clear(panel).append(
    element('h2', { id: 'review-title' }, `${report.reportNumber || report.reportId} · ${report.formName || ''}`),
    element('p', {}, `${report.reporter || ''} · information of ${report.dateOfInformation} · submitted `
      + `${(report.submittedAt || '').slice(0, 16).replace('T', ' ')}`),
    element('div', { class: 'review-body' }, element('div', { class: 'items' },
      ...items.map((item, index) => (item.contentWithheld
        ? element('p', {}, `${label(item.kind)}: its content is sensitive and withheld from your role.`)
        : comparison(item, records[index])))), mapTarget),
    element('div', { id: 'review-actions', class: 'actions' },
      element('button', { type: 'button', class: 'primary', id: 'approve',
        onclick: () => approve(report, [], done) }, 'Approve'),
      element('form', { class: 'reject', onsubmit: (event) => {
        event.preventDefault();
        post(`api/v1/field-reports/${report.reportId}/rejection`, { reason: reason.value })
          .then(() => done(`Report ${report.reportNumber} rejected.`), (error) => done(error.message, true));
      } }, element('label', { for: 'rejection-reason' }, 'Reason to reject'), reason,
      element('button', { type: 'submit', id: 'reject' }, 'Reject'))));
  reportMap(mapTarget, items, records);
}

export async function showReview(view) {
  const list = element('ul', { class: 'queue', id: 'review-queue' });
  const panel = element('section', { class: 'review', id: 'review', 'aria-live': 'polite' });
  const message = element('p', { id: 'review-message', role: 'status' });
  view.append(element('h1', {}, 'Field reports to review'), message, element('div', { class: 'review-view' }, list, panel));
  const load = async () => {
    const page = await json(`api/v1/field-reports${query({ status: 'SUBMITTED', limit: 100 })}`);
    clear(list);
    if (page.items.length === 0) {
      list.append(element('li', {}, 'No report waits for review.'));
    }
    page.items.forEach((report) => list.append(element('li', {}, element('button', { type: 'button', class: 'link',
      onclick: () => showReport(panel, report.reportId, done).catch((error) => done(error.message, true)) },
    `${report.reportNumber || report.reportId} · ${report.dateOfInformation} · ${report.formName || ''}`))));
  };
  function done(text, failed = false) {
    message.textContent = text;
    message.className = failed ? 'error' : 'ok';
    if (!failed) {
      clear(panel);
      load();
    }
  }
  await load();
}

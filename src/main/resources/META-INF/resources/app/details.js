// The details of a feature and its history as a timeline, from the records' own endpoints.
import { json, ApiError } from './api.js';
import { element, clear, label } from './dom.js';

/** The /api/v1 path of each collection's records, the kind field reports name them by, and whether it keeps a history there. */
const RECORDS = {
  'hazard-areas': { path: 'api/v1/hazard-areas', kind: 'HAZARD_AREA', history: true, title: 'Hazard area' },
  activities: { path: 'api/v1/activities', kind: 'ACTIVITY', history: true, title: 'Activity' },
  'land-release': { path: 'api/v1/land-release', kind: 'LAND_RELEASE', history: false, title: 'Land release' },
  'device-findings': { path: 'api/v1/device-findings', kind: 'DEVICE_FINDING', history: false, title: 'Device finding' },
  accidents: { path: 'api/v1/accidents', kind: 'ACCIDENT', history: true, title: 'Accident' },
  casualties: { path: 'api/v1/casualties', kind: 'CASUALTY', history: true, title: 'Casualty' },
  'eore-sessions': { path: 'api/v1/eore-sessions', kind: 'EORE_SESSION', history: true,
    title: 'Risk education session' },
  'monitoring-visits': { path: 'api/v1/monitoring-visits', kind: 'MONITORING_VISIT', history: true,
    title: 'Monitoring visit' },
};

/** The /api/v1 path of the records of a field report item's kind. */
export function recordPath(kind) {
  return Object.values(RECORDS).find((record) => record.kind === kind).path;
}

/** A value as a person reads it: lists joined, objects as their fields, codes as words. */
export function shown(value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map(shown).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([name, inner]) => `${label(name)}: ${shown(inner)}`).join('; ');
  }
  if (typeof value === 'boolean') {
    return value ? 'yes' : 'no';
  }
  return /^[A-Z][A-Z0-9_]+$/.test(String(value)) ? label(value) : String(value);
}

function properties(feature) {
  return element('dl', { class: 'properties' }, ...Object.entries(feature.properties || {})
    .flatMap(([name, value]) => [element('dt', {}, label(name)), element('dd', { 'data-property': name }, shown(value))]));
}

function timeline(history) {
  return element('ol', { class: 'timeline' }, ...history.versions.slice().reverse().map((version) => element('li', {},
    element('p', { class: 'when' }, element('time', { datetime: version.changedAt }, version.changedAt.slice(0, 16)
      .replace('T', ' ')), ` · ${label(version.operation)} · ${version.changedBy ? version.changedBy.organisation
      || version.changedBy.subject || '' : ''}`),
    element('ul', {}, ...(version.changes || []).map((change) => element('li', {}, change.withheld
      ? `${label(change.field)}: withheld`
      : `${label(change.field)}: ${shown(change.old)} → ${shown(change.new)}`))))));
}

export async function showDetails(collection, id) {
  const panel = document.getElementById('details');
  const record = RECORDS[collection];
  if (!panel || !record) {
    return;
  }
  clear(panel).append(element('p', {}, 'Loading…'));
  const feature = await json(`${record.path}/${id}`);
  const heading = [feature.properties.localId, feature.properties.name].filter(Boolean).join(' · ');
  clear(panel).append(
    element('button', { type: 'button', class: 'close', 'aria-label': 'Close details',
      onclick: () => clear(panel) }, '×'),
    element('h2', { id: 'details-title' }, `${record.title} ${heading}`),
    properties(feature));
  if (record.history) {
    panel.append(element('h3', {}, 'History'));
    try {
      panel.append(timeline(await json(`${record.path}/${id}/history`)));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 403) {
        throw error;
      }
      panel.append(element('p', {}, 'Your role does not see the history of records.'));
    }
  }
  panel.focus();
}

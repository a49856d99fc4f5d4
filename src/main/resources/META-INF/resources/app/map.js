// The map: Cairn's own vector tiles of each collection, filtered on the server with the same
// parameters as its lists, devices grouped, administrative areas beneath, and an optional
// background map that the authority configures.
import { json, request, query } from './api.js';
import { session } from './session.js';
import { element, clear, label } from './dom.js';
import {
  hazardStyle, releaseStyle, activityStyle, accidentStyle, eoreSessionStyle, coverageStyle, deviceClusterStyle,
  adminAreaStyle, LEGEND,
} from './styles.js';
import { showDetails } from './details.js';
import { exportBox } from './exports.js';
import { bbox, geoJson } from './geo.js';

/** Each tiled collection: its style and which of the page's filters it takes, under which name. */
const TILED = [
  { id: 'hazard-areas', title: 'Hazard areas', style: hazardStyle,
    filters: { status: 'status', organisation: 'reportingOrganisationId', adminArea: 'adminArea' } },
  { id: 'land-release', title: 'Released land', style: releaseStyle, fixed: { voided: 'false' },
    filters: { adminArea: 'adminArea' } },
  { id: 'activities', title: 'Activities', style: activityStyle,
    filters: { organisation: 'implementingOrganisationId', adminArea: 'adminArea' } },
  { id: 'accidents', title: 'Accidents', style: accidentStyle, filters: { adminArea: 'adminArea' } },
  { id: 'eore-sessions', title: 'Risk education sessions', style: eoreSessionStyle,
    filters: { organisation: 'reportingOrganisationId', adminArea: 'adminArea' } },
];
const DEVICES = { id: 'device-findings', title: 'Devices found', filters: { adminArea: 'adminArea' } };
const MOST_DEVICES = 10000;
/** ol/TileState's ERROR, which the full build does not export. */
const TILE_ERROR = 3;

const filters = { status: '', organisation: '', adminArea: '', from: '', to: '' };
let map = null;

/** The property filters of a collection's list (and its export) under the page's filters. */
function listParameters(layer) {
  const values = { ...(layer.fixed || {}) };
  Object.entries(layer.filters).forEach(([filter, name]) => {
    values[name] = filters[filter];
  });
  return values;
}

/** Those of its tiles and OGC items: the same, and the dates of information as a datetime. */
function parameters(layer) {
  const values = listParameters(layer);
  if (filters.from || filters.to) {
    values.datetime = `${filters.from || '..'}/${filters.to || '..'}`;
  }
  return values;
}

function tileUrl(layer) {
  return `ogc/collections/${layer.id}/tiles/WebMercatorQuad/{z}/{y}/{x}${query(parameters(layer))}`;
}

/** Tiles are fetched with the caller's token: what they hold depends on who asks. */
function loadTile(tile, url) {
  tile.setLoader((extent, resolution, projection) => {
    request(url)
      .then((response) => (response.status === 204 ? new ArrayBuffer(0) : response.arrayBuffer()))
      .then((data) => tile.setFeatures(tile.getFormat().readFeatures(data, { extent, featureProjection: projection })))
      .catch(() => tile.setState(TILE_ERROR));
  });
}

/** A source of the collection's tiles under the filters; a new one when they change, so no old tile lingers. */
function tileSource(layer) {
  return new ol.source.VectorTile({
    format: new ol.format.MVT({ idProperty: 'id' }),
    url: tileUrl(layer),
    tileLoadFunction: loadTile,
  });
}

function tiledLayer(layer) {
  return new ol.layer.VectorTile({
    source: tileSource(layer), style: layer.style, properties: { collection: layer.id, title: layer.title },
  });
}

/** Every page of a GeoJSON list, following its next links. */
async function allFeatures(path, most) {
  const features = [];
  let next = path;
  while (next && features.length < most) {
    const page = await json(next);
    features.push(...page.features);
    const link = (page.links || []).find((candidate) => candidate.rel === 'next');
    next = link ? new URL(link.href, window.location.href).href : null;
  }
  return features;
}

function devicesLayer() {
  const points = new ol.source.Vector({
    strategy: ol.loadingstrategy.bbox,
    loader(extent, resolution, projection, success, failure) {
      const box = bbox(extent, projection);
      allFeatures(`ogc/collections/${DEVICES.id}/items${query({ ...parameters(DEVICES), bbox: box, limit: 1000 })}`,
        MOST_DEVICES)
        .then((features) => {
          const read = geoJson.readFeatures({ type: 'FeatureCollection', features });
          points.clear(true);
          points.addFeatures(read);
          success(read);
        })
        .catch(failure);
    },
  });
  return new ol.layer.Vector({
    source: new ol.source.Cluster({ distance: 36, source: points }),
    style: deviceClusterStyle,
    properties: { collection: DEVICES.id, title: DEVICES.title },
  });
}

async function adminAreasLayer() {
  const source = new ol.source.Vector();
  const features = await allFeatures('api/v1/admin-areas?level=0,1,2&limit=1000', 5000).catch(() => []);
  source.addFeatures(geoJson.readFeatures({ type: 'FeatureCollection', features }));
  return new ol.layer.Vector({ source, style: adminAreaStyle, properties: { title: 'Administrative areas' } });
}

/**
 * Risk education coverage: each district shaded by the people sessions reached there, from the
 * statistics API under the page's organisation and date filters (the session dates), so that
 * areas near hazards that no one has taught stand out. Off until chosen in the legend.
 */
function coverageLayer() {
  const source = new ol.source.Vector({
    loader(extent, resolution, projection, success, failure) {
      Promise.all([
        allFeatures('api/v1/admin-areas?level=2&limit=1000', 5000),
        json(`api/v1/statistics/risk-education${query({ groupBy: 'adminArea', adminLevel: 2,
          organisation: filters.organisation, from: filters.from, to: filters.to, adminArea: filters.adminArea })}`),
      ]).then(([areas, reached]) => {
        const people = new Map(reached.cells.map((cell) => [cell.adminArea, cell.beneficiaries]));
        const read = geoJson.readFeatures({ type: 'FeatureCollection', features: areas });
        read.forEach((area) => area.set('beneficiaries', people.get(area.get('pcode')) || 0));
        source.clear(true);
        source.addFeatures(read);
        success(read);
      }).catch(failure);
    },
  });
  return new ol.layer.Vector({ source, style: coverageStyle, visible: false,
    properties: { coverage: true, title: 'Risk education coverage (people reached per district)' } });
}

/** The authority's background map: an XYZ template, or a WMTS layer read from its capabilities. */
async function backgroundLayer() {
  const background = session.settings.backgroundMap;
  if (!background) {
    return null;
  }
  const properties = { title: 'Background map' };
  if (background.kind === 'xyz') {
    return new ol.layer.Tile({
      source: new ol.source.XYZ({ url: background.url, attributions: background.attribution, crossOrigin: 'anonymous' }),
      properties,
    });
  }
  const response = await fetch(background.url);
  if (!response.ok) {
    return null;
  }
  const capabilities = new ol.format.WMTSCapabilities().read(await response.text());
  const options = ol.source.WMTS.optionsFromCapabilities(capabilities,
    { layer: background.layer, projection: 'EPSG:3857' });
  return options ? new ol.layer.Tile({
    source: new ol.source.WMTS({ ...options, attributions: background.attribution, crossOrigin: 'anonymous' }),
    properties,
  }) : null;
}

function refresh() {
  map.getLayers().forEach((layer) => {
    const collection = layer.get('collection');
    const tiled = TILED.find((candidate) => candidate.id === collection);
    if (tiled) {
      layer.setSource(tileSource(tiled));
    } else if (collection === DEVICES.id) {
      layer.getSource().getSource().refresh();
    } else if (layer.get('coverage')) {
      layer.getSource().refresh();
    }
  });
}

function option(value, text, selected) {
  return element('option', { value, selected: value === selected }, text);
}

async function filterForm() {
  const [organisations, areas] = await Promise.all([
    json('api/v1/organisations?limit=1000').catch(() => ({ items: [] })),
    json('api/v1/admin-areas?level=1,2&limit=1000').catch(() => ({ features: [] })),
  ]);
  const select = (name, text, options) => {
    const control = element('select', { id: `filter-${name}`, name,
      onchange: (event) => { filters[name] = event.target.value; refresh(); } },
    option('', 'Any', filters[name]), ...options.map(([value, shown]) => option(value, shown, filters[name])));
    return [element('label', { for: `filter-${name}` }, text), control];
  };
  const day = (name, text) => [element('label', { for: `filter-${name}` }, text),
    element('input', { id: `filter-${name}`, type: 'date', name, value: filters[name],
      onchange: (event) => { filters[name] = event.target.value; refresh(); } })];
  return element('fieldset', { class: 'filters' }, element('legend', {}, 'Filter'),
    ...select('status', 'Hazard status', ['OPEN', 'WORKED_ON', 'CLOSED'].map((status) => [status, label(status)])),
    ...select('organisation', 'Organisation', (organisations.items || []).map((org) => [org.id, org.name])),
    ...select('adminArea', 'Administrative area', (areas.features || [])
      .map((area) => [area.properties.pcode, `${'  '.repeat(area.properties.level - 1)}${area.properties.name}`])),
    ...day('from', 'Information from'), ...day('to', 'Information to'));
}

function searchForm() {
  const results = element('ul', { class: 'results', id: 'search-results', 'aria-live': 'polite' });
  const input = element('input', { id: 'search-text', type: 'search', name: 'q', placeholder: 'Local id or name',
    autocomplete: 'off' });
  const form = element('form', { class: 'search', role: 'search', onsubmit: async (event) => {
    event.preventDefault();
    clear(results);
    if (!input.value.trim()) {
      return;
    }
    const page = await json(`api/v1/hazard-areas${query({ q: input.value.trim(), limit: 20 })}`);
    if (page.features.length === 0) {
      results.append(element('li', {}, 'No hazard area has that local id or name.'));
    }
    page.features.forEach((feature) => results.append(element('li', {},
      element('button', { type: 'button', class: 'link', onclick: () => fitTo(feature) },
        `${feature.properties.localId} ${feature.properties.name || ''}`))));
  } },
  element('label', { for: 'search-text' }, 'Find a hazard area'), input,
  element('button', { type: 'submit' }, 'Search'));
  return [form, results];
}

function fitTo(feature) {
  const read = geoJson.readFeature(feature);
  map.getView().fit(read.getGeometry().getExtent(), { padding: [60, 60, 60, 60], maxZoom: 17, duration: 300 });
  showDetails('hazard-areas', feature.id);
}

function legend() {
  return element('details', { class: 'legend', open: true }, element('summary', {}, 'Legend'),
    element('ul', {}, ...LEGEND.map(([colour, text]) => element('li', {},
      element('span', { class: 'swatch', 'data-colour': colour }), text))),
    element('p', {}, 'Fill: solid confirmed (CHA), hatched suspected (SHA), dotted indication.'),
    element('ul', { class: 'toggles' }, ...map.getLayers().getArray().filter((layer) => layer.get('title'))
      .map((layer) => {
        const id = `layer-${layer.get('title').toLowerCase().replace(/\W+/g, '-')}`;
        return element('li', {}, element('input', { type: 'checkbox', id, checked: layer.getVisible(),
          onchange: (event) => layer.setVisible(event.target.checked) }),
        element('label', { for: id }, layer.get('title')));
      })));
}

function paintSwatches(root) {
  root.querySelectorAll('.swatch').forEach((swatch) => { swatch.style.backgroundColor = swatch.dataset.colour; });
}

/** What lies under a pixel: the first feature with an id, and its collection. */
function featureAt(pixel) {
  let found = null;
  map.forEachFeatureAtPixel(pixel, (feature, layer) => {
    const collection = layer && layer.get('collection');
    if (!collection) {
      return false;
    }
    const members = feature.get('features');
    if (members && members.length > 1) {
      found = { cluster: feature };
    } else {
      const target = members ? members[0] : feature;
      found = { collection, id: target.getId() || target.get('id') };
    }
    return true;
  }, { hitTolerance: 4 });
  return found;
}

/** Opens the details of what is at the pixel; a group of devices is zoomed into instead. */
function open(pixel) {
  const found = featureAt(pixel);
  if (found && found.cluster) {
    map.getView().animate({ center: found.cluster.getGeometry().getCoordinates(), zoom: map.getView().getZoom() + 2 });
  } else if (found) {
    showDetails(found.collection, found.id);
  }
}

/** Filters named in the address (#map?status=OPEN), as the dashboards link to them. */
function filtersFromAddress() {
  const named = new URLSearchParams(window.location.hash.split('?')[1] || '');
  Object.keys(filters).forEach((name) => {
    filters[name] = named.get(name) || '';
  });
}

export async function showMap(view) {
  filtersFromAddress();
  const target = element('div', { id: 'map', class: 'map', tabindex: '0', role: 'application',
    'aria-label': 'Map. Arrow keys pan, plus and minus zoom, Enter opens what is at the centre.' });
  const side = element('aside', { class: 'side', 'aria-label': 'Map tools' });
  const details = element('section', { id: 'details', class: 'details', 'aria-live': 'polite', tabindex: '-1' });
  view.append(element('div', { class: 'map-view' }, side, target, details));

  const layers = [await backgroundLayer(), await adminAreasLayer(), coverageLayer(), ...TILED.map(tiledLayer),
    devicesLayer()].filter(Boolean);
  map = new ol.Map({
    target,
    layers,
    view: new ol.View({ center: ol.proj.fromLonLat([33.2, 9.5]), zoom: 9, maxZoom: 19 }),
    controls: ol.control.defaults.defaults({ attributionOptions: { collapsible: true } })
      .extend([new ol.control.ScaleLine()]),
  });
  window.cairn = { map };
  const extent = layers.find((layer) => layer.get('title') === 'Administrative areas').getSource().getExtent();
  if (extent && Number.isFinite(extent[0])) {
    map.getView().fit(extent, { padding: [20, 20, 20, 20] });
  }
  map.on('singleclick', (event) => open(event.pixel));
  map.on('pointermove', (event) => {
    target.style.cursor = featureAt(event.pixel) ? 'pointer' : '';
  });
  target.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      open(map.getPixelFromCoordinate(map.getView().getCenter()));
    }
  });
  side.append(...searchForm(), await filterForm(),
    exportBox(map, [...TILED, DEVICES], listParameters), legend());
  paintSwatches(side);
}


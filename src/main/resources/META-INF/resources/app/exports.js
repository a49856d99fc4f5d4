// Export of what lies in a box drawn on the map, through /api/v1/exports with the page's filters.
import { request, query } from './api.js';
import { element } from './dom.js';
import { bbox } from './geo.js';

const FORMATS = [['geojson', 'GeoJSON', 'geojson'], ['csv', 'CSV', 'csv'], ['gpkg', 'GeoPackage', 'gpkg'],
  ['kml', 'KML', 'kml']];

async function download(path, fileName) {
  const blob = await (await request(path)).blob();
  const link = element('a', { href: URL.createObjectURL(blob), download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/**
 * The export tool: draw a box (Shift and drag, or the button and then drag), choose the collection
 * and format, download. collections are the map's, each with its list filters.
 */
export function exportBox(map, collections, listParameters) {
  let drawing = false;
  const box = new ol.interaction.DragBox({
    condition: (event) => drawing || ol.events.condition.shiftKeyOnly(event),
  });
  map.addInteraction(box);
  const status = element('p', { id: 'export-box', 'aria-live': 'polite' }, 'No box drawn yet.');
  const collection = element('select', { id: 'export-collection' },
    ...collections.map((layer) => element('option', { value: layer.id }, layer.title)));
  const format = element('select', { id: 'export-format' },
    ...FORMATS.map(([value, text]) => element('option', { value }, text)));
  const message = element('p', { class: 'error', role: 'alert' });
  const save = element('button', { type: 'submit', id: 'export-download', disabled: true }, 'Download');
  let selected = null;

  box.on('boxend', () => {
    drawing = false;
    selected = bbox(box.getGeometry().getExtent());
    status.textContent = `Box: ${selected} (longitude, latitude)`;
    save.disabled = false;
  });
  const drawNext = element('button', { type: 'button', onclick: () => {
    drawing = true;
    status.textContent = 'Drag on the map to draw the box.';
  } }, 'Draw a box');

  return element('form', { class: 'export', onsubmit: (event) => {
    event.preventDefault();
    message.textContent = '';
    const layer = collections.find((candidate) => candidate.id === collection.value);
    const [, , extension] = FORMATS.find(([value]) => value === format.value);
    const path = `api/v1/exports/${layer.id}${query({ ...listParameters(layer), bbox: selected, format: format.value })}`;
    download(path, `${layer.id}.${extension}`).catch((error) => { message.textContent = error.message; });
  } },
  element('h2', {}, 'Export an area'),
  element('p', {}, 'Draw a box on the map (or hold Shift and drag), then download what lies in it.'),
  drawNext, status,
  element('label', { for: 'export-collection' }, 'Collection'), collection,
  element('label', { for: 'export-format' }, 'Format'), format, save, message);
}

// How each collection is drawn. Colour says status or outcome; the fill pattern says how certain
// the hazard is (confirmed: solid; suspected: hatched; an indication: dotted), so that the map also
// reads without colour and in print.
const { Style, Fill, Stroke, Circle, Text, RegularShape } = ol.style;

export const HAZARD_STATUS = { OPEN: '#b71c1c', WORKED_ON: '#e65100', CLOSED: '#616161' };
export const RELEASE_OUTCOME = { CANCELLED: '#0277bd', REDUCED: '#00897b', CLEARED: '#2e7d32' };
const ACTIVITY = '#6a1b9a';
const DEVICE = '#8e0000';
const ACCIDENT = '#212121';
const SESSION = '#1565c0';
/** People reached by risk education in an area: none, then up to each bound. */
export const COVERAGE = [[0, '#eceff1'], [100, '#bbdefb'], [1000, '#64b5f6'], [Infinity, '#1565c0']];

function pattern(colour, draw) {
  const canvas = document.createElement('canvas');
  canvas.width = 12;
  canvas.height = 12;
  const context = canvas.getContext('2d');
  context.strokeStyle = colour;
  context.fillStyle = colour;
  context.lineWidth = 2;
  draw(context);
  return context.createPattern(canvas, 'repeat');
}

const PATTERNS = {
  CHA: (colour) => `${colour}80`,
  SHA: (colour) => pattern(colour, (c) => {
    c.beginPath();
    c.moveTo(0, 12);
    c.lineTo(12, 0);
    c.moveTo(-3, 3);
    c.lineTo(3, -3);
    c.moveTo(9, 15);
    c.lineTo(15, 9);
    c.stroke();
  }),
  INDICATION: (colour) => pattern(colour, (c) => {
    c.beginPath();
    c.arc(6, 6, 1.6, 0, 2 * Math.PI);
    c.fill();
  }),
  AMMUNITION_STORAGE: (colour) => pattern(colour, (c) => {
    c.beginPath();
    c.moveTo(0, 6);
    c.lineTo(12, 6);
    c.moveTo(6, 0);
    c.lineTo(6, 12);
    c.stroke();
  }),
};

const cache = new Map();

function cached(key, make) {
  if (!cache.has(key)) {
    cache.set(key, make());
  }
  return cache.get(key);
}

export function hazardStyle(feature) {
  const status = feature.get('status');
  const classification = feature.get('classification');
  return cached(`hazard:${status}:${classification}`, () => {
    const colour = HAZARD_STATUS[status] || HAZARD_STATUS.OPEN;
    const fill = (PATTERNS[classification] || PATTERNS.CHA)(colour);
    return new Style({ fill: new Fill({ color: fill }), stroke: new Stroke({ color: colour, width: 2 }) });
  });
}

export function releaseStyle(feature) {
  const outcome = feature.get('outcome');
  return cached(`release:${outcome}`, () => {
    const colour = RELEASE_OUTCOME[outcome] || RELEASE_OUTCOME.CLEARED;
    return new Style({ fill: new Fill({ color: `${colour}59` }), stroke: new Stroke({ color: colour, width: 1.5 }) });
  });
}

export const activityStyle = new Style({
  stroke: new Stroke({ color: ACTIVITY, width: 2, lineDash: [6, 4] }),
  image: new RegularShape({ points: 4, radius: 7, angle: Math.PI / 4, fill: new Fill({ color: ACTIVITY }) }),
});

export const accidentStyle = new Style({
  image: new RegularShape({
    points: 3, radius: 9, fill: new Fill({ color: '#fdd835' }), stroke: new Stroke({ color: ACCIDENT, width: 2 }),
  }),
});

export const eoreSessionStyle = new Style({
  image: new Circle({ radius: 6, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: SESSION, width: 3 }) }),
});

/** The colour of an area by the people risk education reached there. */
export function coverageColour(beneficiaries) {
  return COVERAGE.find(([most]) => beneficiaries <= most)[1];
}

export function coverageStyle(feature) {
  const colour = coverageColour(feature.get('beneficiaries') || 0);
  return cached(`coverage:${colour}`, () => new Style({
    fill: new Fill({ color: `${colour}b3` }), stroke: new Stroke({ color: '#546e7a', width: 0.8 }),
  }));
}

export function deviceClusterStyle(feature) {
  const size = feature.get('features').length;
  return cached(`devices:${size}`, () => new Style({
    image: new Circle({
      radius: size === 1 ? 6 : Math.min(20, 9 + Math.log2(size) * 2.5),
      fill: new Fill({ color: DEVICE }),
      stroke: new Stroke({ color: '#ffffff', width: 1.5 }),
    }),
    text: size === 1 ? undefined : new Text({
      text: String(size), fill: new Fill({ color: '#ffffff' }), font: 'bold 12px system-ui, sans-serif',
    }),
  }));
}

export function adminAreaStyle(feature) {
  const level = feature.get('level');
  return cached(`admin:${level}`, () => new Style({
    stroke: new Stroke({ color: '#546e7a', width: level <= 1 ? 1.6 : 0.8, lineDash: level <= 1 ? undefined : [4, 3] }),
    fill: new Fill({ color: 'rgba(255,255,255,0)' }),
  }));
}

export const selectedStyle = new Style({
  stroke: new Stroke({ color: '#0d47a1', width: 4 }),
  image: new Circle({ radius: 10, stroke: new Stroke({ color: '#0d47a1', width: 3 }) }),
});

/** The legend's entries: a swatch colour and its label. */
export const LEGEND = [
  ...Object.entries(HAZARD_STATUS).map(([status, colour]) => [colour, `Hazard area, ${status.toLowerCase().replace('_', ' ')}`]),
  ...Object.entries(RELEASE_OUTCOME).map(([outcome, colour]) => [colour, `Land ${outcome.toLowerCase()}`]),
  [ACTIVITY, 'Activity worksite'],
  [DEVICE, 'Devices found (grouped)'],
  ['#fdd835', 'Accident (generalised unless your role sees exact places)'],
  [SESSION, 'Risk education session'],
  ...COVERAGE.map(([most, colour], index) => [colour, index === 0 ? 'Risk education coverage: no one reached'
    : `Risk education coverage: up to ${Number.isFinite(most) ? most.toLocaleString('en') : 'more'} people`]),
];

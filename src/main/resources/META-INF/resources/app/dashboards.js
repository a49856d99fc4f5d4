// Dashboards: the statistics API's figures as charts, each beside the table of its figures and
// linked to the records behind it on the map. Counts of people come rounded as the caller's role
// requires; the page shows what the API answers and says so.
import { json, query } from './api.js';
import { element, label, number, hectares, table } from './dom.js';
import { HAZARD_STATUS, RELEASE_OUTCOME } from './styles.js';

const OUTCOMES = ['CANCELLED', 'REDUCED', 'CLEARED'];
const PALETTE = ['#1565c0', '#ad1457', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#455a64'];

function statistics(name, parameters) {
  return json(`api/v1/statistics/${name}${query(parameters)}`);
}

/** The values a dimension takes in the cells, in the order met. */
function values(cells, dimension) {
  return [...new Set(cells.map((cell) => cell[dimension]))];
}

function sum(cells, test, measure) {
  return cells.filter(test).reduce((total, cell) => total + (cell[measure] || 0), 0);
}

function chart(id, type, labels, datasets, options = {}) {
  const canvas = element('canvas', { id, role: 'img', 'aria-label': options.description || '' });
  new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      onClick: options.onClick ? (event, elements) => elements.length && options.onClick(elements[0].index) : undefined,
      scales: type === 'doughnut' ? {} : {
        x: { stacked: Boolean(options.stacked) }, y: { stacked: Boolean(options.stacked), beginAtZero: true },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  return element('div', { class: 'chart' }, canvas);
}

function panel(id, title, note, ...content) {
  return element('section', { class: 'panel', id, 'aria-labelledby': `${id}-title` },
    element('h2', { id: `${id}-title` }, title), note ? element('p', { class: 'note' }, note) : null, ...content);
}

function recordsLink(text, hash) {
  return element('a', { class: 'records', href: hash }, text);
}

async function areaNames() {
  const areas = await json('api/v1/admin-areas?level=1&limit=1000').catch(() => ({ features: [] }));
  return new Map(areas.features.map((area) => [area.properties.pcode, area.properties.name]));
}

async function landRelease() {
  const [byYear, byArea, remaining, names] = await Promise.all([
    statistics('land-release', { groupBy: 'year,outcome' }),
    statistics('land-release', { groupBy: 'adminArea,outcome', adminLevel: 1 }),
    statistics('remaining-contamination', { groupBy: 'adminArea', adminLevel: 1 }),
    areaNames(),
  ]);
  const years = values(byYear.cells, 'year').sort();
  const perYear = years.map((year) => ({ year, ...Object.fromEntries(OUTCOMES.map((outcome) =>
    [outcome, sum(byYear.cells, (cell) => cell.year === year && cell.outcome === outcome, 'areaM2')])) }));
  const areas = [...new Set([...values(byArea.cells, 'adminArea'), ...values(remaining.cells, 'adminArea')])];
  const perArea = areas.map((pcode) => ({
    adminArea: pcode,
    name: names.get(pcode) || (pcode ? pcode : 'Outside every area'),
    ...Object.fromEntries(OUTCOMES.map((outcome) =>
      [outcome, sum(byArea.cells, (cell) => cell.adminArea === pcode && cell.outcome === outcome, 'areaM2')])),
    remaining: sum(remaining.cells, (cell) => cell.adminArea === pcode, 'areaM2'),
  }));
  const ha = (value) => hectares(value);
  return panel('land-release', 'Land release progress',
    'Area released each year, in hectares, by how: cancelled by non-technical survey, reduced by technical '
      + 'survey, cleared. Per province, against the contamination that remains today.',
    chart('land-release-by-year', 'bar', years.map(String), OUTCOMES.map((outcome) => ({
      label: label(outcome), backgroundColor: RELEASE_OUTCOME[outcome],
      data: perYear.map((row) => row[outcome] / 10000),
    })), { stacked: true, description: 'Hectares released per year by outcome' }),
    table('Hectares released per year', [['year', 'Year', String],
      ...OUTCOMES.map((outcome) => [outcome, label(outcome), ha])], perYear, { id: 'land-release-by-year-table' }),
    chart('land-release-by-area', 'bar', perArea.map((row) => row.name), [
      ...OUTCOMES.map((outcome) => ({ label: label(outcome), backgroundColor: RELEASE_OUTCOME[outcome],
        data: perArea.map((row) => row[outcome] / 10000), stack: 'released' })),
      { label: 'Remaining', backgroundColor: HAZARD_STATUS.OPEN, data: perArea.map((row) => row.remaining / 10000),
        stack: 'remaining' },
    ], { stacked: true, horizontal: true, description: 'Hectares released and remaining per province',
      onClick: (index) => { window.location.hash = `#map?adminArea=${perArea[index].adminArea || ''}`; } }),
    table('Hectares released and remaining per province', [['name', 'Province', String],
      ...OUTCOMES.map((outcome) => [outcome, label(outcome), ha]), ['remaining', 'Remaining', ha]], perArea,
    { id: 'land-release-by-area-table' }),
    recordsLink('Released land on the map', '#map'));
}

async function hazards() {
  const answer = await statistics('remaining-contamination', { groupBy: 'status,priority' });
  const priorities = ['HIGH', 'MEDIUM', 'LOW', 'NONE'];
  const statuses = values(answer.cells, 'status');
  const rows = statuses.map((status) => ({ status, ...Object.fromEntries(priorities.map((priority) =>
    [priority, sum(answer.cells, (cell) => cell.status === status && cell.priority === priority, 'count')])) }));
  return panel('hazards', 'Hazard areas by status and priority',
    'Suspected and confirmed hazardous areas that remain today. Select a status to see its areas on the map.',
    chart('hazards-by-status', 'bar', statuses.map(label), priorities.map((priority, index) => ({
      label: priority === 'NONE' ? 'No priority' : label(priority), backgroundColor: PALETTE[index],
      data: rows.map((row) => row[priority]),
    })), { stacked: true, description: 'Hazard areas by status and priority',
      onClick: (index) => { window.location.hash = `#map?status=${statuses[index]}`; } }),
    table('Hazard areas by status and priority', [['status', 'Status'],
      ...priorities.map((priority) => [priority, priority === 'NONE' ? 'No priority' : label(priority), number])],
    rows, { id: 'hazards-table' }),
    element('p', {}, ...statuses.map((status) => recordsLink(`${label(status)} on the map`, `#map?status=${status}`))));
}

async function devices() {
  const answer = await statistics('devices', { destroyed: 'true', groupBy: 'category' });
  const rows = answer.cells.slice().sort((a, b) => b.quantity - a.quantity);
  return panel('devices', 'Devices destroyed by category', 'Devices destroyed in situ or removed and destroyed.',
    chart('devices-by-category', 'bar', rows.map((row) => label(row.category)), [{
      label: 'Devices destroyed', backgroundColor: '#8e0000', data: rows.map((row) => row.quantity),
    }], { description: 'Devices destroyed by category' }),
    table('Devices destroyed by category', [['category', 'Category'], ['quantity', 'Devices', number],
      ['count', 'Findings', number]], rows, { id: 'devices-table' }),
    recordsLink('Devices found on the map', '#map'));
}

async function casualties() {
  const dimensions = ['sex', 'ageGroup', 'outcome'];
  const answers = await Promise.all(dimensions.map((groupBy) => statistics('casualties', { groupBy })));
  const rounded = answers.some((answer) => answer.countsRounded);
  return panel('casualties', 'Casualties by sex, age and outcome', rounded
    ? `Counts are rounded to multiples of ${answers[0].roundingBase} for your role, and groups that round to 0 are `
      + 'left out, so that no victim can be singled out.'
    : 'Exact counts: your role has the sensitive-data permission.',
  element('div', { class: 'row' }, ...dimensions.map((dimension, index) => {
    const cells = answers[index].cells;
    return element('div', {}, chart(`casualties-by-${dimension}`, 'doughnut', cells.map((cell) => label(cell[dimension])),
      [{ data: cells.map((cell) => cell.count), backgroundColor: PALETTE }],
      { description: `Casualties by ${label(dimension).toLowerCase()}` }),
    table(`Casualties by ${label(dimension).toLowerCase()}`, [[dimension, label(dimension)], ['count', 'Casualties', number]],
      cells, { id: `casualties-by-${dimension}-table` }));
  })),
  recordsLink('Accidents on the map', '#map'));
}

async function riskEducation() {
  const [byYear, byArea, names] = await Promise.all([
    statistics('risk-education', { groupBy: 'year' }),
    statistics('risk-education', { groupBy: 'adminArea', adminLevel: 1 }),
    areaNames(),
  ]);
  const people = [['girls', 'Girls'], ['boys', 'Boys'], ['women', 'Women'], ['men', 'Men']];
  const years = byYear.cells.slice().sort((a, b) => a.year - b.year);
  const perArea = byArea.cells.map((cell) => ({ ...cell,
    name: names.get(cell.adminArea) || (cell.adminArea ? cell.adminArea : 'Outside every area') }));
  return panel('risk-education', 'Risk education beneficiaries',
    'People reached by risk education sessions each year, by sex and age (girls and boys are under 18). '
      + 'Campaign reach is an estimate and is not counted here.',
    chart('risk-education-by-year', 'bar', years.map((row) => String(row.year)), people.map(([key, text], index) => ({
      label: text, backgroundColor: PALETTE[index], data: years.map((row) => row[key]),
    })), { stacked: true, description: 'People reached by risk education per year, by sex and age' }),
    table('People reached per year', [['year', 'Year', String], ['count', 'Sessions', number],
      ...people.map(([key, text]) => [key, text, number]), ['beneficiaries', 'Everyone', number],
      ['personsWithDisabilities', 'With disabilities', number], ['displacedPersons', 'Displaced', number]], years,
    { id: 'risk-education-by-year-table' }),
    table('People reached per province', [['name', 'Province', String], ['count', 'Sessions', number],
      ['beneficiaries', 'Everyone', number]], perArea, { id: 'risk-education-by-area-table' }),
    recordsLink('Sessions and coverage on the map', '#map'));
}

function article7Link() {
  const year = new Date().getFullYear();
  return panel('article7-link', 'Article 7 report', 'The tables of the transparency report, as a page to print.',
    element('p', {}, ...[year, year - 1, year - 2].map((shownYear) =>
      recordsLink(`Article 7 report ${shownYear}`, `#article7?year=${shownYear}`))));
}

export async function showDashboards(view) {
  view.append(element('h1', {}, 'Dashboards'));
  const sections = await Promise.all([landRelease(), hazards(), devices(), casualties(), riskEducation()]);
  view.append(element('div', { class: 'dashboards' }, ...sections, article7Link()));
}

/** One table of the report: its dimensions, then its measures, then the totals. */
function reportTable(section) {
  const columns = [...section.groupBy.map((dimension) => [dimension, label(dimension)]),
    ...section.measures.map((measure) => [measure, measure === 'areaM2' ? 'Area (m²)' : label(measure),
      (value) => number(value, measure === 'areaM2' ? 2 : 0)])];
  const totals = { ...section.totals };
  section.groupBy.forEach((dimension, index) => { totals[dimension] = index === 0 ? 'Total' : ''; });
  return element('section', { class: 'report-table' },
    table(section.caption, columns, [...section.cells, totals], { id: `article7-${section.id}` }),
    section.note ? element('p', { class: 'note' }, section.note) : null);
}

export async function showArticle7(view) {
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  const year = params.get('year') || String(new Date().getFullYear());
  const report = await json(`api/v1/reports/article7${query({ year })}`);
  view.append(element('div', { class: 'report' },
    element('h1', {}, `Article 7 report ${report.year}`),
    element('p', {}, `From ${report.from} to ${report.to}; remaining contamination at ${report.remainingAt}.`),
    element('button', { type: 'button', class: 'no-print', onclick: () => window.print() }, 'Print'),
    ...report.tables.map(reportTable)));
}

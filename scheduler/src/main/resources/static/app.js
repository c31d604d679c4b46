'use strict';
// The admin page: plain JavaScript over the admin API, charts by Chart.js (served from its WebJar). No inline script
// or style anywhere: the page works under Content-Security-Policy default-src 'self'. Changes carry the CSRF token
// from the XSRF-TOKEN cookie. Views by the address's fragment: overview (#), a run (#run/ID), a preview
// (#preview/ORG) and the history (#history).

const $ = (selector) => document.querySelector(selector);
const TIER_COLOURS = { A: '#0b5cab', B: '#1b96ff', C: '#90d0fe', D: '#c9c7c5', New: '#2e844a', Prospect: '#dd7a01' };
const PHASES = ['queued', 'pull', 'load', 'assess', 'write', 'done'];
const PHASE_COLOURS = { pull: '#0b5cab', load: '#1b96ff', assess: '#90d0fe', write: '#2e844a' };
const HISTORY_PAGE = 20;

const state = { me: null, orgs: [], zones: {}, historyOffset: 0, following: null, fitAvailable: null };
const charts = {};

// ---------- plumbing ----------

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.redirected && new URL(response.url).pathname === '/login') {
    window.location.assign('/login');
    throw new ApiError('the session has ended: log in again', 401);
  }
  const text = await response.text();
  const data = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) throw new ApiError((data && data.error) || `${method} ${path}: HTTP ${response.status}`, response.status);
  return data;
}

/** An element with its properties, dataset entries (data: {...}) and children (strings become text). */
function el(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'data') Object.entries(value).forEach(([k, v]) => { element.dataset[k] = v; });
    else if (key === 'className') element.className = value;
    else if (key.startsWith('on')) element.addEventListener(key.substring(2), value);
    else if (key in element) element[key] = value;
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function show(element, visible) {
  element.classList.toggle('hidden', !visible);
}

function say(text, isError) {
  const message = $('#message');
  message.textContent = text;
  message.className = `message${isError ? ' error' : ''}`;
  show(message, Boolean(text));
}

const count = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'));
const percent = (share) => `${(100 * share).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`;
const seconds = (millis) => `${(millis / 1000).toFixed(1)} s`;

/** A moment in the org's zone, with the zone named: "1 Dec 2026, 02:00 Europe/Berlin". */
function when(instant, zone) {
  if (!instant) return '–';
  const timeZone = zone || 'UTC';
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(instant));
  return `${text} ${timeZone}`;
}

function statusBadge(status) {
  return el('span', { className: `badge status ${status}`, data: { status } }, status.replace('_', ' ').toLowerCase());
}

function dryBadge() {
  return el('span', { className: 'badge dry' }, 'dry run');
}

function isAdmin() {
  return Boolean(state.me && state.me.admin);
}

// ---------- charts ----------

/** Writes each bar's value over it, so the numbers read without hovering. */
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, args, options) {
    if (!options || !options.enabled) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#181818';
    ctx.textAlign = 'center';
    chart.data.datasets.forEach((dataset, index) => {
      if (dataset.type === 'line') return;
      chart.getDatasetMeta(index).data.forEach((bar, i) => {
        const value = dataset.data[i];
        if (value === null || value === undefined) return;
        ctx.fillText(options.format ? options.format(value) : String(value), bar.x, bar.y - 4);
      });
    });
    ctx.restore();
  },
};

function draw(key, canvas, config) {
  if (charts[key]) charts[key].destroy();
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
  config.plugins = [valueLabels];
  charts[key] = new Chart(canvas, config);
  return charts[key];
}

/** What every chart shows, read in one call (the browser test reads this, not the drawn pixels). */
window.tierSync = {
  charts() {
    const out = {};
    for (const [key, chart] of Object.entries(charts)) {
      out[key] = {
        labels: chart.data.labels.slice(),
        datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data.slice() })),
      };
    }
    return out;
  },
};

function tierChart(canvas, org, distribution) {
  const labels = Object.keys(distribution);
  const data = labels.map((tier) => distribution[tier]);
  draw(`tiers:${org}`, canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label: 'Accounts', data, backgroundColor: labels.map((t) => TIER_COLOURS[t] || '#747474') }] },
    options: {
      layout: { padding: { top: 18 } },
      plugins: { legend: { display: false }, valueLabels: { enabled: true } },
      scales: {
        x: { title: { display: true, text: 'Tier' } },
        y: { beginAtZero: true, title: { display: true, text: 'Accounts' }, ticks: { precision: 0 } },
      },
    },
  });
}

// ---------- overview ----------

async function loadOverview() {
  const [orgs, setup] = await Promise.all([api('GET', '/api/orgs'), api('GET', '/api/setup')]);
  state.orgs = orgs;
  orgs.forEach((org) => { state.zones[org.name] = org.schedule.timeZone; });
  show($('#setup-section'), orgs.length === 0);
  $('#setup-todo').textContent = setup.todo.join(' ');
  const cards = $('#orgs');
  cards.replaceChildren(...orgs.map(orgCard));
  await Promise.all(orgs.map((org) => loadTierMix(org)));
  fillLiftSelect(orgs);
  if (orgs.length > 0) {
    const chosen = $('#lift-org-select').value || orgs[0].name;
    await Promise.all([liftChart(chosen), fitSection(chosen)]);
  } else {
    show($('#lift-section'), false);
    show($('#fit-section'), false);
  }
}

function figure(label, ...value) {
  return el('div', { className: 'figure' }, el('dt', {}, label), el('dd', { data: { field: label } }, ...value));
}

function orgCard(org) {
  const zone = org.schedule.timeZone;
  const last = org.lastRun;
  const next = org.schedule.paused ? 'paused'
    : !org.schedule.scheduled ? 'on demand only'
      : org.schedule.nextFireTimes.length ? when(org.schedule.nextFireTimes[0], zone) : 'none';
  const figures = el('dl', { className: 'figures' },
    figure('Accounts', last ? count(last.accountsAssessed) : '–'),
    figure('Last run', last ? lastRunSummary(last, zone) : 'never'),
    figure('Next run', next),
    figure('API used', apiUse(last)));
  const tierBox = el('div', { className: 'chart-box' }, el('canvas', { role: 'img', 'aria-label': `accounts per tier of ${org.name}` }));
  const empty = el('div', { className: 'empty-state hidden' });
  const card = el('article', { className: 'card', data: { org: org.name } },
    el('header', { className: 'card-head' },
      el('div', {}, el('h2', {}, org.name), el('span', { className: 'muted' }, `${org.username} at ${org.loginUrl}`)),
      el('span', { className: 'muted zone' }, `times in ${zone}`),
      org.running ? el('span', { className: 'badge status RUNNING' }, 'running') : null),
    figures,
    el('h3', {}, 'Tier mix'),
    tierBox, empty,
    scheduleProblem(org.schedule),
    isAdmin() ? adminActions(org) : el('p', { className: 'muted schedule-readonly' },
      `Schedule: ${org.schedule.cron} in ${zone}`));
  return card;
}

/** Why an admin's saved schedule was not used at start-up (the configured one runs instead), as plain text; or nothing. */
function scheduleProblem(schedule) {
  return schedule.problem ? el('p', { className: 'warning schedule-problem', role: 'alert', textContent: schedule.problem }) : null;
}

function lastRunSummary(run, zone) {
  return el('span', { className: 'last-run' },
    el('a', { href: `#run/${run.id}` }, statusBadge(run.status)), run.dryRun ? dryBadge() : null,
    el('span', { className: 'when' }, when(run.startedAt, zone)),
    el('span', { className: 'muted' }, ` · ${seconds(run.durationMillis)} · ${count(run.accountsWritten)} written · `
      + `${count(run.failures)} failed`));
}

function apiUse(run) {
  if (!run || run.apiUsed === null || run.apiUsed === undefined || !run.apiLimit) return 'not known until a run';
  const share = run.apiUsed / run.apiLimit;
  const meter = el('span', { className: 'meter' }, el('span', { className: share > 0.8 ? 'high' : '' }));
  meter.firstChild.style.width = `${Math.min(100, 100 * share)}%`;
  return el('span', {}, `${count(run.apiUsed)} of ${count(run.apiLimit)} today (${percent(share)}, at the last run)`, meter);
}

function adminActions(org) {
  const cron = el('input', { className: 'cron', value: org.schedule.cron, name: 'cron', 'aria-label': 'cron' });
  const zone = el('input', { className: 'zone', value: org.schedule.timeZone, name: 'zone', 'aria-label': 'time zone' });
  return el('div', { className: 'actions' },
    el('div', { className: 'buttons' },
      el('button', { type: 'button', className: 'primary', data: { action: 'run' }, onclick: () => runNow(org.name) }, 'Run now'),
      el('button', { type: 'button', data: { action: 'preview' }, onclick: () => { window.location.hash = `#preview/${org.name}`; } },
        'Preview'),
      el('button', { type: 'button', data: { action: 'pause' }, onclick: () => pause(org.name, !org.schedule.paused) },
        org.schedule.paused ? 'Resume' : 'Pause')),
    el('form', { className: 'schedule', onsubmit: (e) => { e.preventDefault(); saveSchedule(org.name, cron.value, zone.value); } },
      el('label', {}, 'Cron ', cron), el('label', {}, 'Zone ', zone),
      el('button', { type: 'submit', data: { action: 'save' } }, 'Save')));
}

async function loadTierMix(org) {
  const card = document.querySelector(`.card[data-org="${org.name}"]`);
  const box = card.querySelector('.chart-box');
  const empty = card.querySelector('.empty-state');
  try {
    const segments = await api('GET', `/api/orgs/${org.name}/segments`);
    show(box, true);
    show(empty, false);
    tierChart(box.querySelector('canvas'), org.name, segments.tierDistribution);
    card.querySelector('h3').textContent = `Tier mix as of ${segments.asOf}`;
  } catch (e) {
    if (e.status !== 404) throw e;
    show(box, false);
    show(empty, true);
    if (charts[`tiers:${org.name}`]) { charts[`tiers:${org.name}`].destroy(); delete charts[`tiers:${org.name}`]; }
    empty.replaceChildren(el('strong', {}, 'No run yet.'), ' ', isAdmin()
      ? 'Press Run now to sync this org for the first time: it pulls every account, tiers it and writes the tiers back. '
        + 'Preview shows what would change without writing anything.'
      : `The first run comes on the schedule; an admin can also start one now.`);
  }
}

function fillLiftSelect(orgs) {
  const select = $('#lift-org-select');
  const current = select.value;
  select.replaceChildren(...orgs.map((org) => el('option', { value: org.name }, org.name)));
  if (orgs.some((o) => o.name === current)) select.value = current;
}

async function liftChart(org) {
  const section = $('#lift-section');
  let lift;
  try {
    lift = await api('GET', `/api/orgs/${org}/lift?months=6`);
  } catch (e) {
    if (e.status === 409 || e.status === 404) { show(section, false); return; }
    throw e;
  }
  show(section, true);
  $('#lift-org').textContent = `of ${org}: tiers as of ${lift.asOf}, revenue to ${lift.horizonEnd}`;
  const labels = lift.tiers.map((t) => t.tier);
  const empty = lift.tiers.filter((t) => t.lift === null).map((t) => t.tier);
  const liftText = lift.tiers.map((t) => (t.lift === null ? 'no accounts' : `lift ${t.lift.toFixed(2)}`));
  $('#lift-empty').textContent = empty.length ? `No lift for ${empty.join(', ')}: the tier had no accounts then.` : '';
  draw(`lift:${org}`, $('#lift-chart'), {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Share of accounts (%)', data: lift.tiers.map((t) => round(100 * t.accountShare)), backgroundColor: '#90d0fe', yAxisID: 'y' },
        { label: 'Share of revenue won (%)', data: lift.tiers.map((t) => round(100 * t.revenueShare)), backgroundColor: '#0b5cab', yAxisID: 'y' },
        { type: 'line', label: 'Lift', data: lift.tiers.map((t) => (t.lift === null ? null : round(t.lift))), borderColor: '#dd7a01',
          backgroundColor: '#dd7a01', yAxisID: 'lift', showLine: false, pointRadius: 6, pointStyle: 'rectRot' },
      ],
    },
    options: {
      layout: { padding: { top: 18 } },
      plugins: {
        valueLabels: { enabled: false },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw === null ? 'no accounts' : item.raw}` } },
      },
      scales: {
        x: {
          title: { display: true, text: 'Tier given six months ago' },
          ticks: {
            autoSkip: false, maxRotation: 0, font: { size: 11 },
            callback(value, index) { return [this.getLabelForValue(value), liftText[index]]; },
          },
        },
        y: { beginAtZero: true, title: { display: true, text: 'Share (%)' } },
        lift: { position: 'right', beginAtZero: true, title: { display: true, text: 'Lift' }, grid: { drawOnChartArea: false } },
      },
    },
  });
}

const round = (x) => Math.round(x * 100) / 100;

/** The fit model's section, shown only where GET /api/orgs/{org}/fit answers (the route is new; older servers lack it). */
async function fitSection(org) {
  const section = $('#fit-section');
  let fit;
  try {
    fit = await api('GET', `/api/orgs/${org}/fit`);
  } catch (e) {
    show(section, false);
    return;
  }
  const scheme = (fit.schemes || []).find((s) => s.chosen) || (fit.schemes || [])[0];
  show(section, true);
  $('#fit-org').textContent = `of ${org}, as of ${fit.asOf}`;
  $('#fit-decision').textContent = fit.decision || fit.noFitReason || '';
  const tree = $('#fit-tree');
  tree.replaceChildren();
  const drawable = Boolean(scheme && scheme.lift && scheme.lift.captured && scheme.lift.captured.length > 0);
  show($('#fit-details'), drawable);
  $('#fit-decision').className = drawable ? '' : 'empty-state';
  if (!drawable) {
    if (charts[`fit:${org}`]) { charts[`fit:${org}`].destroy(); delete charts[`fit:${org}`]; }
    return;
  }
  $('#fit-scheme').textContent = scheme.label;
  const points = scheme.lift.captured.length;
  const labels = Array.from({ length: points }, (_, i) => Math.round((100 * i) / (points - 1)));
  draw(`fit:${org}`, $('#fit-chart'), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: scheme.label, data: scheme.lift.captured.map((y) => (y === null ? null : round(100 * y))), borderColor: '#0b5cab', pointRadius: 0 },
        { label: 'Perfect ranking', data: scheme.lift.perfect.map((y) => (y === null ? null : round(100 * y))), borderColor: '#2e844a',
          borderDash: [4, 4], pointRadius: 0 },
        { label: 'No model', data: labels.slice(), borderColor: '#c9c7c5', pointRadius: 0 },
      ],
    },
    options: {
      scales: {
        x: { title: { display: true, text: 'Share of accounts, best ranked first (%)' }, ticks: { maxTicksLimit: 11 } },
        y: { beginAtZero: true, max: 100, title: { display: true, text: 'Share of the best customers found (%)' } },
      },
    },
  });
  for (const line of scheme.description || []) {
    const depth = line.length - line.trimStart().length;
    tree.append(el('li', { className: `depth-${Math.min(6, Math.floor(depth / 2))}` }, line.trim()));
  }
}

// ---------- actions ----------

async function saveSchedule(org, cron, timeZone) {
  try {
    const schedule = await api('PUT', `/api/orgs/${org}/schedule`, { cron, timeZone });
    await loadOverview();
    say(`Schedule of ${org} saved. Next runs: ${schedule.nextFireTimes.map((t) => when(t, schedule.timeZone)).join('; ')}`);
  } catch (e) { say(e.message, true); }
}

async function pause(org, paused) {
  try {
    await api('POST', `/api/orgs/${org}/${paused ? 'pause' : 'resume'}`);
    await loadOverview();
    say(`${org} ${paused ? 'paused' : 'resumed'}.`);
  } catch (e) { say(e.message, true); }
}

async function runNow(org) {
  try {
    const started = await api('POST', `/api/orgs/${org}/runs`);
    say('');
    follow(started.runId, org);
  } catch (e) { say(e.message, true); }
}

function follow(runId, org) {
  state.following = runId;
  show($('#progress-section'), true);
  $('#progress-run').textContent = runId;
  $('#progress-org').textContent = `of ${org}`;
  show($('#progress-open'), false);
  renderProgress({ state: 'RUNNING', phase: 'queued', settled: 0, total: 0, org });
  const tick = async () => {
    let run;
    try { run = await api('GET', `/api/runs/${runId}`); } catch (e) { say(e.message, true); return; }
    renderProgress(run);
    if (run.state === 'RUNNING') {
      setTimeout(tick, 400);
      return;
    }
    await loadOverview();
    if (run.run) {
      $('#progress-open').href = `#run/${runId}`;
      show($('#progress-open'), true);
    }
  };
  tick();
}

function renderProgress(run) {
  const done = run.state !== 'RUNNING';
  const current = done ? PHASES.length - 1 : Math.max(0, PHASES.indexOf(run.phase));
  $('#progress-phases').replaceChildren(...PHASES.map((phase, i) => el('li', {
    className: i < current || done ? 'done' : i === current ? 'current' : '', data: { phase },
  }, phase)));
  let share = current / (PHASES.length - 1);
  if (!done && run.phase === 'write' && run.total > 0) share = (4 + run.settled / run.total) / 5;
  $('#progress-bar').style.width = `${Math.round(100 * (done ? 1 : share))}%`;
  const text = $('#progress-text');
  text.textContent = done
    ? `${run.org}: ${run.state.replace('_', ' ').toLowerCase()}${run.run ? ` in ${seconds(run.run.durationMillis)}, `
      + `${count(run.run.accountsWritten)} accounts written, ${count(run.run.failures)} refused` : ''}${run.error ? ` — ${run.error}` : ''}`
    : `${run.org}: ${run.phase}${run.total ? ` (${count(run.settled)} of ${count(run.total)} accounts written)` : ''}`;
  text.className = done ? `result ${run.state}` : '';
  text.dataset.state = run.state;
}

// ---------- the run page ----------

async function showRun(runId) {
  const [record, report, refused] = await Promise.all([api('GET', `/api/runs/${runId}`), api('GET', `/api/runs/${runId}/report`),
    api('GET', `/api/runs/${runId}/errors`)]);
  const zone = state.zones[record.org] || 'UTC';
  const run = record.run;
  $('#run-id').textContent = runId;
  const status = $('#run-status');
  status.replaceWith(Object.assign(statusBadge(report.status), { id: 'run-status' }));
  show($('#run-dry'), report.dryRun);
  $('#run-json').href = `/api/runs/${runId}/report`;
  $('#run-errors-csv').href = `/api/runs/${runId}/errors.csv`;
  $('#run-when').textContent = `${record.org}: started ${when(report.startedAt, zone)}, took ${seconds(report.durationMillis)}; `
    + `as of ${report.asOf}; ${report.pull && report.pull.full ? 'pulled everything' : 'pulled what changed'}`
    + `${report.pull && report.pull.reason ? ` (${report.pull.reason})` : ''}.`;
  $('#run-error').textContent = report.error || '';
  show($('#run-error'), Boolean(report.error));
  $('#run-counts').replaceChildren(
    figure('Accounts assessed', count(report.accountsPulled)),
    figure('Pulled', `${count(report.pull ? report.pull.accounts : run.accountsPulled)} accounts, `
      + `${count(report.pull ? report.pull.opportunities : run.opportunitiesPulled)} opportunities`),
    figure('Changed', count(report.accountsChanged)),
    figure('Written', count(report.accountsWritten)),
    figure('Refused', count(report.failures.length)),
    figure('API calls', count(report.apiCalls)),
    figure('Plugins switched off', (report.disabledPlugins || []).map((p) => p.description).join('; ') || 'none'));
  phaseTimeline(report.phaseMillis || {});
  const apiNames = report.fieldApiNames || {};
  const fieldName = (field) => apiNames[field] || field;
  $('#run-fields tbody').replaceChildren(...(Object.keys(report.fieldChanges).length === 0
    ? [emptyRow(2, 'No field changed: the org already held every value.')]
    : Object.entries(report.fieldChanges).map(([field, n]) => el('tr', { data: { field: fieldName(field) } },
      el('td', {}, el('code', {}, fieldName(field))), el('td', { className: 'number' }, count(n))))));
  $('#run-samples tbody').replaceChildren(...(report.sampleChanges.length === 0 ? [emptyRow(4, 'No change.')]
    : report.sampleChanges.map((s) => sampleRow(s, fieldName))));
  $('#run-refused tbody').replaceChildren(...(refused.length === 0 ? [emptyRow(4, 'Salesforce refused no record.')]
    : refused.map((r) => el('tr', { data: { account: r.accountId } }, el('td', {}, r.accountId), el('td', {}, el('code', {}, r.statusCode)),
      el('td', {}, r.message), el('td', {}, r.fields.join(', ') || '–')))));
}

function emptyRow(span, text) {
  return el('tr', { className: 'empty' }, el('td', { colSpan: span }, text));
}

function sampleRow(sample, fieldName) {
  return el('tr', {}, el('td', {}, sample.accountId), el('td', {}, el('code', {}, fieldName(sample.field))),
    el('td', { className: 'before' }, sample.before === null ? '(blank)' : sample.before),
    el('td', { className: 'after' }, sample.after === null ? '(blank)' : sample.after));
}

function phaseTimeline(phaseMillis) {
  const phases = Object.keys(phaseMillis);
  draw('phases', $('#run-phases'), {
    type: 'bar',
    data: {
      labels: ['run'],
      datasets: phases.map((phase) => ({ label: phase, data: [round(phaseMillis[phase] / 1000)], backgroundColor: PHASE_COLOURS[phase] || '#747474' })),
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { stacked: true, beginAtZero: true, title: { display: true, text: 'Seconds from the start' } },
        y: { stacked: true, display: false } },
    },
  });
}

// ---------- the preview ----------

async function showPreview(org) {
  $('#preview-org').textContent = org;
  $('#preview-summary').textContent = '';
  $('#preview-fields').replaceChildren();
  show($('#preview-brake'), false);
  if (!isAdmin()) {
    $('#preview-summary').textContent = 'Only an admin may preview a run.';
    return;
  }
  show($('#preview-wait'), true);
  let report;
  try {
    report = await api('POST', `/api/orgs/${org}/dry-runs`);
  } finally {
    show($('#preview-wait'), false);
  }
  const brake = report.brake;
  if (brake && brake.wouldStop) {
    const warning = $('#preview-brake');
    warning.replaceChildren(el('strong', {}, 'The real run would stop at the safety brake.'), ' ',
      `${count(brake.tierChanges)} of ${count(brake.accounts)} accounts (${percent(brake.share)}) would change tier, over the `
      + `${percent(brake.allowedShare)} allowed in one run (tiersync.sync.brake-share), so nothing would be written. `
      + 'Check the changes below; if they are right, raise the brake or run with force.');
    show(warning, true);
  }
  const calls = report.plannedWriteCalls;
  $('#preview-summary').textContent = `${count(report.accountsChanged)} of ${count(report.accountsPulled)} accounts would change. `
    + `Writing them would spend ${count(calls)} API call${calls === 1 ? '' : 's'}; this preview spent ${count(report.apiCalls)}.`;
  const apiNames = report.fieldApiNames || {};
  const fieldName = (field) => apiNames[field] || field;
  const fields = Object.entries(report.fieldChanges);
  $('#preview-fields').replaceChildren(...(fields.length === 0 ? [el('p', { className: 'empty-state' }, 'Nothing would change.')]
    : fields.map(([field, n]) => {
      const samples = report.sampleChanges.filter((s) => s.field === field);
      return el('div', { className: 'field-change', data: { field: fieldName(field) } },
        el('h3', {}, el('code', {}, fieldName(field)), ` — ${count(n)} account${n === 1 ? '' : 's'}`),
        el('div', { className: 'table-wrap' }, el('table', {},
          el('thead', {}, el('tr', {}, el('th', {}, 'Account'), el('th', {}, 'Field'), el('th', {}, 'Before'), el('th', {}, 'After'))),
          el('tbody', {}, samples.length ? samples.map((s) => sampleRow(s, fieldName)) : emptyRow(4, 'No sample of this field.')))));
    })));
}

// ---------- history ----------

async function loadHistory() {
  const status = $('#history-status').value;
  const query = new URLSearchParams({ limit: String(HISTORY_PAGE + 1), offset: String(state.historyOffset) });
  if (status) query.set('status', status);
  const runs = await api('GET', `/api/runs?${query}`);
  const page = runs.slice(0, HISTORY_PAGE);
  $('#runs tbody').replaceChildren(...(page.length === 0 ? [emptyRow(8, status ? `No run is ${status.toLowerCase()}.`
    : 'No run yet: start one from the overview with Run now, or wait for the schedule.')]
    : page.map((run) => {
      const zone = state.zones[run.org] || 'UTC';
      return el('tr', { data: { run: run.id, dry: String(run.dryRun) } },
        el('td', {}, el('a', { href: `#run/${run.id}` }, when(run.startedAt, zone))),
        el('td', {}, run.org),
        el('td', {}, statusBadge(run.status), run.dryRun ? dryBadge() : null),
        el('td', { className: 'number' }, `${count(run.accountsPulled)} / ${count(run.opportunitiesPulled)}`),
        el('td', { className: 'number' }, count(run.accountsWritten)),
        el('td', { className: 'number' }, count(run.failures)),
        el('td', { className: 'number' }, count(run.apiCalls)),
        el('td', { className: 'number' }, (run.durationMillis / 1000).toFixed(1)));
    })));
  $('#history-previous').disabled = state.historyOffset === 0;
  $('#history-next').disabled = runs.length <= HISTORY_PAGE;
  $('#history-page').textContent = page.length
    ? `runs ${state.historyOffset + 1} to ${state.historyOffset + page.length}` : '';
}

// ---------- plugins ----------

async function loadPlugins() {
  const loaded = await api('GET', '/api/plugins');
  $('#plugins-api').textContent = `this TierSync provides plugin API ${loaded.apiVersion}`;
  $('#plugins tbody').replaceChildren(...(loaded.plugins.length === 0
    ? [emptyRow(4, 'No plugin is loaded. Put plugin jars in the folder tiersync.plugins.dir names (default: plugins).')]
    : loaded.plugins.map((plugin) => {
      const contributions = plugin.contributions.map((c) => {
        const keys = c.config.map((k) => k.name + (k.required ? ' (required)' : '')).join(', ');
        return `${c.point} ${c.id}${keys ? ` [${keys}]` : ''}`;
      }).join('; ');
      return el('tr', { data: { plugin: plugin.id } },
        el('td', {}, plugin.name === plugin.id ? plugin.id : `${plugin.name} (${plugin.id})`), el('td', {}, plugin.version),
        el('td', {}, plugin.apiRange), el('td', {}, contributions));
    })));
}

// ---------- views ----------

async function route() {
  const hash = window.location.hash.replace(/^#/, '');
  const [view, argument] = hash.includes('/') ? [hash.substring(0, hash.indexOf('/')), decodeURIComponent(hash.substring(hash.indexOf('/') + 1))]
    : [hash || 'overview', null];
  const name = ['run', 'preview', 'history'].includes(view) ? view : 'overview';
  for (const candidate of ['overview', 'run', 'preview', 'history']) show($(`#view-${candidate}`), candidate === name);
  $('#nav-overview').classList.toggle('active', name === 'overview');
  $('#nav-history').classList.toggle('active', name === 'history');
  document.body.dataset.view = 'loading';
  try {
    if (name === 'run') await showRun(argument);
    else if (name === 'preview') await showPreview(argument);
    else if (name === 'history') await loadHistory();
    else await Promise.all([loadOverview(), loadPlugins()]);
    document.body.dataset.view = name;
  } catch (e) {
    say(e.message, true);
    document.body.dataset.view = `${name}-failed`;
  }
}

async function start() {
  $('#logout').addEventListener('submit', () => { $('#logout-csrf').value = csrfToken(); });
  $('#lift-org-select').addEventListener('change', (e) => Promise.all([liftChart(e.target.value), fitSection(e.target.value)])
    .catch((error) => say(error.message, true)));
  $('#history-status').addEventListener('change', () => { state.historyOffset = 0; loadHistory().catch((e) => say(e.message, true)); });
  $('#history-previous').addEventListener('click', () => {
    state.historyOffset = Math.max(0, state.historyOffset - HISTORY_PAGE);
    loadHistory().catch((e) => say(e.message, true));
  });
  $('#history-next').addEventListener('click', () => {
    state.historyOffset += HISTORY_PAGE;
    loadHistory().catch((e) => say(e.message, true));
  });
  window.addEventListener('hashchange', route);
  try {
    state.me = await api('GET', '/api/me');
    $('#user-name').textContent = state.me.name;
    $('#user-role').textContent = state.me.roles.join(', ').toLowerCase();
    document.body.dataset.role = state.me.admin ? 'admin' : 'viewer';
    const orgs = await api('GET', '/api/orgs');
    orgs.forEach((org) => { state.zones[org.name] = org.schedule.timeZone; });
  } catch (e) {
    say(e.message, true);
    return;
  }
  await route();
}

start();

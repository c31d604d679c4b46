'use strict';
// The admin page: plain JavaScript over the admin API. Changes carry the CSRF token from the XSRF-TOKEN cookie.

const $ = (selector) => document.querySelector(selector);

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) throw new Error((data && data.error) || `${method} ${path}: HTTP ${response.status}`);
  return data;
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) td.className = className;
  return td;
}

function button(label, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', action);
  return b;
}

function say(text, isError) {
  const message = $('#message');
  message.textContent = text;
  message.className = isError ? 'error' : '';
}

async function loadOrgs() {
  const orgs = await api('GET', '/api/orgs');
  const body = $('#orgs tbody');
  body.replaceChildren();
  for (const org of orgs) {
    const row = document.createElement('tr');
    row.dataset.org = org.name;
    row.append(cell(org.name), cell(org.loginUrl));
    const schedule = document.createElement('td');
    const cron = Object.assign(document.createElement('input'), { className: 'cron', value: org.schedule.cron, name: 'cron' });
    const zone = Object.assign(document.createElement('input'), { className: 'zone', value: org.schedule.timeZone, name: 'zone' });
    schedule.append(cron, zone, button('Save', () => saveSchedule(org.name, cron.value, zone.value)));
    row.append(schedule);
    row.append(cell(org.schedule.paused ? 'paused' : (org.schedule.nextFireTimes[0] || 'on demand')));
    row.append(cell(org.lastRun ? org.lastRun.status : 'never', org.lastRun ? org.lastRun.status : ''));
    const actions = document.createElement('td');
    actions.append(button('Run now', () => runNow(org.name)), button('Preview', () => preview(org.name)),
      button(org.schedule.paused ? 'Resume' : 'Pause', () => pause(org.name, !org.schedule.paused)),
      button('Tiers', () => chart(org.name)), button('Lift', () => liftChart(org.name)));
    row.append(actions);
    body.append(row);
  }
  if (orgs.length > 0 && !$('#chart-org').textContent) chart(orgs[0].name).catch(() => {});
}

async function saveSchedule(org, cron, timeZone) {
  try {
    const schedule = await api('PUT', `/api/orgs/${org}/schedule`, { cron, timeZone });
    say(`Schedule of ${org} saved. Next runs: ${schedule.nextFireTimes.join(', ')}`);
    await loadOrgs();
  } catch (e) { say(e.message, true); }
}

async function pause(org, paused) {
  try {
    await api('POST', `/api/orgs/${org}/${paused ? 'pause' : 'resume'}`);
    say(`${org} ${paused ? 'paused' : 'resumed'}.`);
    await loadOrgs();
  } catch (e) { say(e.message, true); }
}

async function runNow(org) {
  try {
    const started = await api('POST', `/api/orgs/${org}/runs`);
    say(`Run ${started.runId} of ${org} started.`);
    follow(started.runId);
  } catch (e) { say(e.message, true); }
}

const PHASES = { queued: 2, pull: 10, load: 40, assess: 50, write: 55 };

function follow(runId) {
  $('#progress-section').hidden = false;
  $('#progress-run').textContent = runId;
  const tick = async () => {
    let run;
    try { run = await api('GET', `/api/runs/${runId}`); } catch (e) { say(e.message, true); return; }
    let percent = PHASES[run.phase] || 0;
    if (run.phase === 'write' && run.total > 0) percent = 55 + Math.round(45 * run.settled / run.total);
    if (run.state !== 'RUNNING') percent = 100;
    $('#progress-bar').style.width = `${percent}%`;
    $('#progress-text').textContent = run.state === 'RUNNING'
      ? `${run.org}: ${run.phase}${run.total ? ` (${run.settled} of ${run.total} accounts)` : ''}`
      : `${run.org}: ${run.state}${run.error ? ` — ${run.error}` : ''}`;
    $('#progress-text').className = run.state === 'RUNNING' ? '' : run.state;
    if (run.state === 'RUNNING') {
      setTimeout(tick, 500);
    } else {
      await Promise.all([loadRuns(), loadOrgs()]);
      if (run.run) showReport(runId);
    }
  };
  tick();
}

async function preview(org) {
  say(`Previewing ${org}…`);
  try {
    const report = await api('POST', `/api/orgs/${org}/dry-runs`);
    $('#preview-section').hidden = false;
    $('#preview-org').textContent = org;
    const counts = Object.entries(report.fieldChanges).map(([field, n]) => `${field} ${n}`).join(', ');
    $('#preview-summary').textContent = `${report.accountsChanged} accounts would change (${counts || 'nothing'}); `
      + `${report.plannedWriteCalls} write calls.`;
    const body = $('#preview-changes tbody');
    body.replaceChildren();
    for (const change of report.sampleChanges) {
      const row = document.createElement('tr');
      row.append(cell(change.accountId), cell(change.field), cell(change.before), cell(change.after));
      body.append(row);
    }
    say(`Preview of ${org} ready.`);
  } catch (e) { say(e.message, true); }
}

async function chart(org) {
  const segments = await api('GET', `/api/orgs/${org}/segments`);
  $('#chart-org').textContent = `of ${org}, as of ${segments.asOf}`;
  const svg = $('#tier-chart');
  const entries = Object.entries(segments.tierDistribution);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const ns = 'http://www.w3.org/2000/svg';
  svg.replaceChildren();
  entries.forEach(([tier, n], i) => {
    const height = Math.round(150 * n / max);
    const x = 20 + i * 80;
    const bar = document.createElementNS(ns, 'rect');
    Object.entries({ x, y: 170 - height, width: 50, height, fill: '#0176d3' }).forEach(([k, v]) => bar.setAttribute(k, v));
    bar.setAttribute('data-tier', tier);
    bar.setAttribute('data-count', n);
    const label = document.createElementNS(ns, 'text');
    Object.entries({ x, y: 190 }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = `${tier} ${n}`;
    svg.append(bar, label);
  });
}

async function liftChart(org) {
  try {
    const lift = await api('GET', `/api/orgs/${org}/lift?months=6`);
    $('#lift-org').textContent = `of ${org}: tiers as of ${lift.asOf}, revenue to ${lift.horizonEnd}`;
    const svg = $('#lift-chart');
    const ns = 'http://www.w3.org/2000/svg';
    svg.replaceChildren();
    lift.tiers.forEach((tier, i) => {
      const x = 20 + i * 100;
      [['accountShare', '#9ecbf0', 0], ['revenueShare', '#16325c', 32]].forEach(([key, fill, dx]) => {
        const height = Math.round(170 * tier[key]);
        const bar = document.createElementNS(ns, 'rect');
        Object.entries({ x: x + dx, y: 185 - height, width: 30, height, fill }).forEach(([k, v]) => bar.setAttribute(k, v));
        bar.setAttribute('data-tier', tier.tier);
        bar.setAttribute('data-kind', key);
        svg.append(bar);
      });
      const label = document.createElementNS(ns, 'text');
      Object.entries({ x, y: 205 }).forEach(([k, v]) => label.setAttribute(k, v));
      label.textContent = `${tier.tier} lift ${tier.lift.toFixed(2)}`;
      svg.append(label);
    });
  } catch (e) { say(e.message, true); }
}

async function loadRuns() {
  const runs = await api('GET', '/api/runs?limit=20');
  const body = $('#runs tbody');
  body.replaceChildren();
  for (const run of runs) {
    const row = document.createElement('tr');
    row.dataset.run = run.id;
    row.append(cell(new Date(run.startedAt).toLocaleString()), cell(run.org), cell(run.status, run.status),
      cell(`${run.accountsPulled} / ${run.opportunitiesPulled}`), cell(run.accountsWritten), cell(run.failures),
      cell(run.apiCalls), cell((run.durationMillis / 1000).toFixed(1)));
    const actions = document.createElement('td');
    actions.append(button('Report', () => showReport(run.id)));
    row.append(actions);
    body.append(row);
  }
}

async function showReport(runId) {
  const report = await api('GET', `/api/runs/${runId}/report`);
  $('#report-section').hidden = false;
  $('#report-run').textContent = runId;
  $('#report-errors').href = `/api/runs/${runId}/errors.csv`;
  const summary = $('#report-summary');
  summary.replaceChildren();
  const pluginsOff = (report.disabledPlugins || []).map((p) => p.description).join('; ') || 'none';
  for (const [label, value] of [['Status', report.status], ['Accounts written', report.accountsWritten],
    ['Accounts changed', report.accountsChanged], ['Rejected', report.failures.length], ['API calls', report.apiCalls],
    ['Plugins switched off', pluginsOff]]) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = label;
    summary.append(dt, dd);
  }
  $('#report-json').textContent = JSON.stringify(report, null, 2);
}

async function loadPlugins() {
  const loaded = await api('GET', '/api/plugins');
  $('#plugins-api').textContent = `(this TierSync provides plugin API ${loaded.apiVersion})`;
  const body = $('#plugins tbody');
  body.replaceChildren();
  if (loaded.plugins.length === 0) {
    const row = document.createElement('tr');
    const none = cell('No plugin is loaded (tiersync.plugins.dir).');
    none.colSpan = 4;
    row.append(none);
    body.append(row);
  }
  for (const plugin of loaded.plugins) {
    const row = document.createElement('tr');
    row.dataset.plugin = plugin.id;
    const contributions = plugin.contributions.map((c) => {
      const keys = c.config.map((k) => k.name + (k.required ? ' (required)' : '')).join(', ');
      return `${c.point} ${c.id}${keys ? ` [${keys}]` : ''}`;
    }).join('; ');
    row.append(cell(plugin.name === plugin.id ? plugin.id : `${plugin.name} (${plugin.id})`), cell(plugin.version),
      cell(plugin.apiRange), cell(contributions));
    body.append(row);
  }
}

$('#logout').addEventListener('submit', () => { $('#logout-csrf').value = csrfToken(); });
Promise.all([loadOrgs(), loadRuns(), loadPlugins()]).catch((e) => say(e.message, true));

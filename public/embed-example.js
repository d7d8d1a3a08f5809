// Drives the playgrounds embedded in embed-example.html through their postMessage API.
// Everything a playground sends is data: it is shown with textContent, never as HTML.
/* global window, document, URL */
'use strict';

// Where the playground is served (here: beside this page). Messages are sent only to its origin
// and accepted only from it.
const PLAYGROUND_ORIGIN = new URL('./', window.location.href).origin;

const panels = Array.from(document.querySelectorAll('[data-embed]')).map((section) => ({
  id: section.dataset.embed,
  frame: section.querySelector('iframe'),
  control: (action) => section.querySelector(`[data-action="${action}"]`),
  state: section.querySelector('.state'),
  log: section.querySelector('.log'),
  subscribed: false,
  step: 0,
  steps: 0,
}));

/** Subscribes to a playground's events: it answers with ktp:ready and its route summary. */
function subscribe(panel) {
  if (!panel.subscribed) send(panel, { type: 'ktp:hello' });
}

function send(panel, message) {
  panel.frame.contentWindow?.postMessage(message, PLAYGROUND_ORIGIN);
}

function addLog(panel, text) {
  const item = document.createElement('li');
  item.textContent = text;
  panel.log.prepend(item);
  while (panel.log.children.length > 50) panel.log.lastElementChild.remove();
}

function describeRoutes(routes) {
  if (routes.length === 0) return 'no client routes';
  return routes
    .map((r) => {
      const to = r.endpoints.map((e) => `${e.pod}@${e.node ?? '?'} ${Math.round(e.weight * 100)}%`).join(', ');
      return `${r.from} → ${r.service}:${r.port} ${r.verdict}${to ? `: ${to}` : ''}`;
    })
    .join('; ');
}

window.addEventListener('message', (event) => {
  if (event.origin !== PLAYGROUND_ORIGIN) return;
  const panel = panels.find((p) => p.frame.contentWindow === event.source);
  const data = event.data;
  if (!panel || typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
  if ('step' in data && typeof data.step === 'number') {
    panel.step = data.step;
    panel.steps = data.steps;
  }
  switch (data.type) {
    case 'ktp:ready':
      // Every playground says ktp:ready when it starts; the first one heard is answered with ktp:hello.
      subscribe(panel);
      panel.subscribed = true;
    // falls through
    case 'ktp:stepChanged':
      // Steps are numbered from 0 in messages, from 1 for people.
      panel.state.textContent = data.steps > 0 ? `${data.scenario}, step ${data.step + 1} of ${data.steps}` : `${data.scenario ?? 'own files'}, no tour`;
      addLog(panel, `${data.type} ${data.scenario ?? ''} step ${data.step}/${data.steps}`);
      break;
    case 'ktp:routeSummary':
      addLog(panel, `${data.type} ${describeRoutes(data.routes)}`);
      break;
    case 'ktp:error':
      addLog(panel, `${data.type} ${data.message}`);
      break;
  }
});

for (const panel of panels) {
  // In case the playground announced itself before this script listened.
  panel.frame.addEventListener('load', () => subscribe(panel));
  panel.control('theme').addEventListener('change', (event) => send(panel, { type: 'ktp:setTheme', theme: event.target.value }));
  panel.control('load').addEventListener('click', () =>
    send(panel, {
      type: 'ktp:loadScenario',
      scenario: panel.control('scenario').value.trim(),
    }),
  );
  panel.control('previous').addEventListener('click', () => send(panel, { type: 'ktp:goToStep', step: Math.max(0, panel.step - 1) }));
  panel.control('next').addEventListener('click', () => send(panel, { type: 'ktp:goToStep', step: panel.step + 1 }));
  panel.control('summary').addEventListener('click', () => send(panel, { type: 'ktp:getRouteSummary' }));
}

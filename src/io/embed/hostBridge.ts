/**
 * Connects an embedded playground to its host page. Origin handling:
 * - only messages from the embedding window (`event.source === window.parent`) are read;
 * - with `origin=` in the embed URL, only messages from that origin are read and every event
 *   goes only to it;
 * - without it, `ktp:ready` (which holds no workspace content) goes to any origin, and the other
 *   events go to the origin of the last command the host sent (send `ktp:hello` to subscribe).
 */
import { useStore } from '../../state';
import type { EmbedOptions } from './embedOptions';
import { goToStep, loadScenario } from './embedScenario';
import { useEmbedState } from '../../state/embedState';
import { parseHostCommand, PROTOCOL_VERSION, routeSummary, type EmbedEvent, type HostCommand } from './hostProtocol';
import { applyEmbedTheme } from './embedTheme';
import { shownReport } from '../../view/shownReport';

export interface HostBridge {
  dispose(): void;
}

/** Starts listening to the host page; does nothing in a top-level window. */
export function connectHost(options: Pick<EmbedOptions, 'id' | 'origin' | 'hostBlocked'>, win: Window = window): HostBridge {
  const host = win.parent;
  if (host === win || options.hostBlocked) return { dispose() {} };
  let learnedOrigin: string | null = null;

  const position = () => {
    const { scenario, step, steps } = useEmbedState.getState();
    return { id: options.id, scenario, step, steps };
  };
  const post = (event: EmbedEvent, anyOrigin = false) => {
    const target = options.origin ?? learnedOrigin ?? (anyOrigin ? '*' : null);
    if (target) host.postMessage(event, target);
  };
  // The routes last summarised and to whom: a hello during the first analysis gets one summary, not two.
  let summarised: { report: unknown; family: unknown; target: string | null } | undefined;
  const postSummary = (again = false) => {
    const state = useStore.getState();
    const { report, kubernetesVersion } = state;
    // The routes as the canvas shows them: a dual-stack drawn Service's of the chosen IP family.
    const shown = shownReport(state);
    const target = options.origin ?? learnedOrigin ?? null;
    const same = summarised?.report === report && summarised.family === shown.family && summarised.target === target;
    if (!report || !shown.report || (!again && same)) return;
    if (target) summarised = { report, family: shown.family, target };
    post({
      type: 'ktp:routeSummary',
      kubernetesVersion,
      routes: routeSummary(shown.report),
      ...position(),
    });
  };
  const postError = (message: string | null) => {
    useEmbedState.getState().setNotice(message);
    if (message) post({ type: 'ktp:error', id: options.id, message });
  };

  const perform = (command: HostCommand) => {
    switch (command.type) {
      case 'ktp:hello':
        post({ type: 'ktp:ready', protocol: PROTOCOL_VERSION, ...position() });
        return void useStore
          .getState()
          .whenAnalysed()
          .then(() => postSummary());
      case 'ktp:loadScenario':
        return void loadScenario(command.scenario, command.step).then(postError);
      case 'ktp:goToStep':
        return void goToStep(command.step).then(postError);
      case 'ktp:setTheme':
        return applyEmbedTheme(command.theme);
      case 'ktp:getRouteSummary':
        return void useStore
          .getState()
          .whenAnalysed()
          .then(() => postSummary(true));
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    if (options.origin && event.origin !== options.origin) return;
    const command = parseHostCommand(event.data);
    if (!command) return;
    // An opaque-origin host (a sandboxed page) can only be answered with "*".
    if (!options.origin) learnedOrigin = event.origin === 'null' ? '*' : event.origin;
    perform(command);
  };
  win.addEventListener('message', onMessage);

  const stopPosition = useEmbedState.subscribe((state, previous) => {
    if (state.revision !== previous.revision) {
      post({ type: 'ktp:stepChanged', ...position() });
    }
  });
  const stopReport = useStore.subscribe((state, previous) => {
    if (state.report !== previous.report || state.ipFamily !== previous.ipFamily || state.selectedService !== previous.selectedService)
      postSummary();
  });
  post({ type: 'ktp:ready', protocol: PROTOCOL_VERSION, ...position() }, true);

  return {
    dispose() {
      win.removeEventListener('message', onMessage);
      stopPosition();
      stopReport();
    },
  };
}

/**
 * Puts the embed's starting state into the store before the first paint: the state carried in
 * the URL fragment (a share link) or the `scenario=`/`step=` options, the theme and autoplay.
 */
import { findBuiltinScenario } from '../../scenarios/examples';
import { seedDemo } from '../../scenarios/seedDemo';
import { decodeShareFragment, restoreShareState } from '../share/shareState';
import { useStore } from '../../state';
import { parseEmbedOptions, type EmbedOptions } from './embedOptions';
import { loadScenario, tourLength } from './embedScenario';
import { useEmbedState } from '../../state/embedState';
import { applyEmbedTheme } from './embedTheme';
import { fragmentOf } from './playgroundLink';

export function prepareEmbed(search: string, hash: string): EmbedOptions {
  const options = parseEmbedOptions(search);
  const notices = [...options.problems];
  const fragment = fragmentOf(hash);

  if (fragment && !options.scenario) {
    const decoded = decodeShareFragment(fragment);
    if (decoded.ok) {
      // The embed's own theme= wins, and restoring must not touch the reader's saved preference.
      restoreShareState({ ...decoded.state, theme: undefined });
      const scenario = decoded.state.scenario ? findBuiltinScenario(decoded.state.scenario.id) : undefined;
      const steps = scenario ? tourLength(scenario.id) : 0;
      useEmbedState.getState().setPosition({
        scenario: scenario?.id ?? null,
        step: Math.min(decoded.state.scenario?.step ?? 0, steps),
        steps,
      });
    } else {
      notices.push(`The state in this embed's link cannot be opened (${decoded.error}); showing ${seedDemo.title}.`);
      void loadScenario(seedDemo.id);
    }
  } else {
    // loadScenario puts the scenario's files in the store at once (loadExample, or startTour's
    // first synchronous step); its tour steps replay right after.
    void loadScenario(options.scenario ?? seedDemo.id, options.step ?? 0).then((problem) => {
      if (problem) useEmbedState.getState().setNotice([...notices, problem].join(' '));
    });
  }

  applyEmbedTheme(options.theme);
  useStore.getState().setAnimationPaused(!options.autoplay);
  useEmbedState.getState().setNotice(notices.length > 0 ? notices.join(' ') : null);
  return options;
}

/** The toolbar's scenario controls: load a built-in example, open the scenario gallery, present in workshop mode. */
import { lazy, Suspense, useState } from 'react';
import { confirmDiscard } from '../../io/persistence/workspaceReset';
import { useStore } from '../../state';
import { EXAMPLES, findBuiltinScenario } from '../../scenarios/examples';
import { ActionButton } from '../actions/ActionButton';

// Loaded when first opened, then kept mounted (its <dialog> closes and reopens as before).
const ScenarioGallery = lazy(() => import('./ScenarioGallery').then((m) => ({ default: m.ScenarioGallery })));

async function loadChosen(id: string) {
  const example = findBuiltinScenario(id);
  if (!example || !(await confirmDiscard(`Load “${example.title}”`, 'Discard and load'))) return;
  useStore.getState().loadExample(example);
}

export function ExamplesMenu() {
  const galleryWanted = useStore((s) => s.galleryOpen);
  const [galleryLoaded, setGalleryLoaded] = useState(false);
  if (galleryWanted && !galleryLoaded) setGalleryLoaded(true);
  return (
    <div className="control control--inline">
      <label htmlFor="examples-menu">Examples</label>
      <select id="examples-menu" data-testid="examples-menu" value="" onChange={(event) => void loadChosen(event.target.value)}>
        <option value="" disabled>
          Load an example…
        </option>
        {EXAMPLES.map((e) => (
          <option key={e.id} value={e.id} title={e.description}>
            {e.title}
          </option>
        ))}
      </select>
      <ActionButton action="open-scenarios" testId="open-gallery">
        Scenarios…
      </ActionButton>
      <ActionButton action="toggle-workshop" testId="toggle-workshop">
        Workshop
      </ActionButton>
      {galleryLoaded && (
        <Suspense fallback={null}>
          <ScenarioGallery />
        </Suspense>
      )}
    </div>
  );
}

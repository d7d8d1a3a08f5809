/** The toolbar's scenario controls: load a built-in example, open the scenario gallery, present in workshop mode. */
import { lazy, Suspense, useState } from 'react';
import { confirmDiscard } from '../../io/persistence/workspaceReset';
import { useStore } from '../../state';
import { EXAMPLES, findBuiltinScenario } from '../../scenarios/examples';

// Loaded when first opened, then kept mounted (its <dialog> closes and reopens as before).
const ScenarioGallery = lazy(() => import('./ScenarioGallery').then((m) => ({ default: m.ScenarioGallery })));

async function loadChosen(id: string) {
  const example = findBuiltinScenario(id);
  if (!example || !(await confirmDiscard(`Load “${example.title}”`, 'Discard and load'))) return;
  useStore.getState().loadExample(example);
}

export function ExamplesMenu() {
  const openGallery = useStore((s) => s.setGalleryOpen);
  const workshop = useStore((s) => s.workshop);
  const galleryWanted = useStore((s) => s.galleryOpen);
  const [galleryLoaded, setGalleryLoaded] = useState(false);
  if (galleryWanted && !galleryLoaded) setGalleryLoaded(true);
  const setWorkshop = useStore((s) => s.setWorkshop);
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
      <button type="button" onClick={() => openGallery(true)} data-testid="open-gallery" aria-keyshortcuts="Alt+G">
        Scenarios…
      </button>
      <button
        type="button"
        aria-pressed={workshop}
        onClick={() => setWorkshop(!workshop)}
        data-testid="toggle-workshop"
        aria-keyshortcuts="Alt+W"
      >
        Workshop
      </button>
      {galleryLoaded && (
        <Suspense fallback={null}>
          <ScenarioGallery />
        </Suspense>
      )}
    </div>
  );
}

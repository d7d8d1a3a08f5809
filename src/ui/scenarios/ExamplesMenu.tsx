/** The toolbar's scenario controls: load a built-in example, open the scenario gallery, present in workshop mode. */
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../../state';
import { EXAMPLES } from '../../scenarios/examples';
import { ActionButton } from '../actions/ActionButton';
import { runAction } from '../actions/registry';

// Loaded when first opened, then kept mounted (its <dialog> closes and reopens as before).
const ScenarioGallery = lazy(() => import('./ScenarioGallery').then((m) => ({ default: m.ScenarioGallery })));

export function ExamplesMenu() {
  const galleryWanted = useStore((s) => s.galleryOpen);
  const [galleryLoaded, setGalleryLoaded] = useState(false);
  if (galleryWanted && !galleryLoaded) setGalleryLoaded(true);
  return (
    <div className="control control--inline">
      <label htmlFor="examples-menu">Examples</label>
      <select
        id="examples-menu"
        data-testid="examples-menu"
        value=""
        onChange={(event) => runAction('load-example', { value: event.target.value })}
      >
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

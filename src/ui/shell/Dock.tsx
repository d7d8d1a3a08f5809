/**
 * The bottom dock: a row of tabs for the registered panels (terminal, timeline, rules, ...);
 * choosing a tab opens its panel, choosing it again folds the dock.
 */
import { Suspense } from 'react';
import { useStore } from '../../state';
import { dockPanels } from './dockPanels';

export function Dock() {
  const open = useStore((s) => s.dockPanel);
  const setOpen = useStore((s) => s.setDockPanel);
  if (dockPanels.length === 0) return null;
  const panel = dockPanels.find((p) => p.id === open);

  return (
    <section className={`dock${panel ? ' dock--open' : ''}`} aria-label="Panels" data-testid="dock">
      <div className="dock__tabs" role="tablist" aria-label="Panels">
        {dockPanels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={`dock-tab-${p.id}`}
            aria-selected={p.id === open}
            aria-controls={p.id === open ? `dock-panel-${p.id}` : undefined}
            className="dock__tab"
            data-testid={`dock-tab-${p.id}`}
            onClick={() => setOpen(p.id === open ? null : p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      {panel && (
        <div
          className="dock__panel"
          role="tabpanel"
          id={`dock-panel-${panel.id}`}
          aria-labelledby={`dock-tab-${panel.id}`}
          data-testid={`dock-panel-${panel.id}`}
        >
          <Suspense fallback={<p className="dock__loading">Loading {panel.label}…</p>}>
            <panel.component />
          </Suspense>
        </div>
      )}
    </section>
  );
}

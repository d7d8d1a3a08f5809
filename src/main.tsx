import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isEmbedSearch } from './embed/isEmbedSearch';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { bootSharedState } from './share/bootSharedState';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/workspace.css';

// `?embed`: the compact view for iframes. Only the full playground installs the service worker,
// so a page that embeds us never makes its readers download the whole site.
const embedded = isEmbedSearch(window.location.search);
const root = createRoot(document.getElementById('root')!);
if (embedded) {
  void import('./embed/renderEmbed').then(({ renderEmbed }) => renderEmbed(root, window.location));
} else {
  // A shared link, else the work saved in this browser, else the default scenario; then autosave.
  // Opening a link or a save loads its code first: the first render then waits for the state.
  const started = bootSharedState();
  const render = () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  if (started) void started.then(render);
  else render();
  registerServiceWorker();
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App';
import { isEmbedSearch } from './io/embed/isEmbedSearch';
import { registerServiceWorker } from './io/offline/registerServiceWorker';
import { bootSharedState } from './io/open/bootSharedState';
import { installPalette } from './ui/styles/installPalette';
import { createPlaygroundStore, installPlaygroundStore } from './state';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/toolbar.css';
import './ui/styles/workspace.css';

installPalette();

// `?embed`: the compact view for iframes. Only the full playground installs the service worker,
// so a page that embeds us never makes its readers download the whole site.
const embedded = isEmbedSearch(window.location.search);
// The page's one store, which every component reads through useStore.
installPlaygroundStore(createPlaygroundStore());
const root = createRoot(document.getElementById('root')!);
if (embedded) {
  void import('./ui/shell/renderEmbed').then(({ renderEmbed }) => renderEmbed(root, window.location));
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

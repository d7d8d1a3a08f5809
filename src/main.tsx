import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { EmbedApp } from './embed/EmbedApp';
import { isEmbedSearch } from './embed/embedOptions';
import { prepareEmbed } from './embed/prepareEmbed';
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
// A shared link, else the work saved in this browser, else the default scenario; then autosave.
if (!embedded) bootSharedState();
createRoot(document.getElementById('root')!).render(
  <StrictMode>{embedded ? <EmbedApp options={prepareEmbed(window.location.search, window.location.hash)} /> : <App />}</StrictMode>,
);
if (!embedded) registerServiceWorker();

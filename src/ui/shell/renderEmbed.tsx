/**
 * The embed's own entry, loaded only for `?embed` pages: the full playground's first paint does
 * not carry the embed view, and an embed does not carry the playground's menus.
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { EmbedApp } from './EmbedApp';
import { prepareEmbed } from '../../io/embed/prepareEmbed';

export function renderEmbed(root: Root, location: Pick<Location, 'search' | 'hash'>): void {
  root.render(
    <StrictMode>
      <EmbedApp options={prepareEmbed(location.search, location.hash)} />
    </StrictMode>,
  );
}

import type { MouseEvent } from 'react';
import { usePlaygroundLink } from './usePlaygroundLink';

/**
 * "Open in playground": the full playground with the state this embed shows. Opens a new tab when
 * the frame may (sandbox allow-popups); otherwise the frame itself becomes the playground.
 */
export function OpenInPlayground() {
  const { href, refresh } = usePlaygroundLink();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const target = refresh();
    const opened = window.open(target, '_blank');
    if (opened) opened.opener = null;
    else window.location.assign(target);
  };
  return (
    <a
      className="embed__open"
      href={href}
      target="_blank"
      rel="noopener"
      onClick={onClick}
      onPointerDown={refresh}
      onFocus={refresh}
      onContextMenu={refresh}
      data-testid="embed-open-playground"
    >
      Open in playground <span aria-hidden="true">↗</span>
    </a>
  );
}

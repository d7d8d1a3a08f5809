import { useMemo, type MouseEvent } from 'react';
import { useStore } from '../store';
import { playgroundLinkFor } from './playgroundLink';

/**
 * "Open in playground": the full playground with the state this embed shows. Opens a new tab when
 * the frame may (sandbox allow-popups); otherwise the frame itself becomes the playground.
 */
export function OpenInPlayground() {
  const files = useStore((s) => s.files);
  const version = useStore((s) => s.kubernetesVersion);
  const selection = useStore((s) => s.selection);
  const service = useStore((s) => s.selectedService);
  const timeline = useStore((s) => s.timeline);
  const cursor = useStore((s) => s.cursor);
  const tour = useStore((s) => s.tour);
  const href = useMemo(
    () => playgroundLinkFor(useStore.getState(), window.location.href),
    // The link follows what it encodes; the store read inside gets the same values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [files, version, selection, service, timeline, cursor, tour],
  );
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const opened = window.open(href, '_blank');
    if (opened) opened.opener = null;
    else window.location.assign(href);
  };
  return (
    <a className="embed__open" href={href} target="_blank" rel="noopener" onClick={onClick} data-testid="embed-open-playground">
      Open in playground <span aria-hidden="true">↗</span>
    </a>
  );
}

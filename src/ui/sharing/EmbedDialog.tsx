/** The Embed dialog: choose what the embed shows, then copy a ready snippet for HTML, Hugo, Docusaurus or MkDocs. */
import { useMemo, useState } from 'react';
import { captureShareState, encodeShareFragment } from '../../io/share/shareState';
import { useStore } from '../../state';
import { CopyButton } from './CopyButton';
import type { EmbedControls, EmbedTheme, EmbedView } from '../../io/embed/embedOptions';
import { embedUrl } from '../../io/embed/embedUrl';
import { embedSnippets, sensibleHeight } from '../../io/embed/snippets';

function Choice<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  onChange(value: T): void;
}) {
  return (
    <label className="embed-dialog__choice" htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={id}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}

export function EmbedDialogBody() {
  const [view, setView] = useState<EmbedView>('canvas');
  const [controls, setControls] = useState<EmbedControls>('minimal');
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [autoplay, setAutoplay] = useState(false);
  const files = useStore((s) => s.files);
  const version = useStore((s) => s.kubernetesVersion);
  const fragment = useMemo(
    () =>
      encodeShareFragment({
        ...captureShareState(useStore.getState()),
        theme: undefined,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- what the fragment encodes
    [files, version],
  );
  const src = embedUrl(window.location.href, { view, controls, theme, autoplay }, fragment);
  const snippets = embedSnippets(src, sensibleHeight(view));

  return (
    <div className="embed-dialog__body">
      <div className="embed-dialog__choices">
        <Choice<EmbedView>
          id="embed-view"
          label="View"
          value={view}
          options={['canvas', 'split', 'editor', 'compare']}
          onChange={setView}
        />
        <Choice<EmbedControls>
          id="embed-controls"
          label="Controls"
          value={controls}
          options={['none', 'minimal', 'full']}
          onChange={setControls}
        />
        <Choice<EmbedTheme> id="embed-theme" label="Theme" value={theme} options={['auto', 'light', 'dark']} onChange={setTheme} />
        <label className="embed-dialog__choice">
          <input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} data-testid="embed-autoplay" /> Autoplay
        </label>
      </div>
      <p className="embed-dialog__note">
        The embed shows the current workspace. The iframe needs <code>allow-scripts allow-same-origin</code>; add{' '}
        <code>allow-popups allow-popups-to-escape-sandbox</code> to let “Open in playground” open a new tab instead of the frame.
      </p>
      {snippets.map((snippet) => (
        <section key={snippet.id} className="embed-dialog__snippet" aria-labelledby={`embed-snippet-${snippet.id}`}>
          <div className="embed-dialog__snippet-head">
            <h3 id={`embed-snippet-${snippet.id}`}>{snippet.title}</h3>
            <CopyButton text={snippet.code} label={`Copy the ${snippet.title} snippet`} />
          </div>
          <p>{snippet.note}</p>
          <pre data-testid={`embed-snippet-${snippet.id}`}>
            <code>{snippet.code}</code>
          </pre>
        </section>
      ))}
    </div>
  );
}

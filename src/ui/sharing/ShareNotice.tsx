/** The share/save/import message: a polite status for outcomes, an alert for failures. */
import { useEffect, useRef } from 'react';
import { downloadStateFile } from '../../io/share/shareLater';
import { useNotice } from '../../state/noticeStore';

export function ShareNotice() {
  const notice = useNotice((s) => s.notice);
  const serial = useNotice((s) => s.serial);
  const dismiss = useNotice((s) => s.dismiss);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.select();
  }, [serial]);

  return (
    <div
      className="share-notice-slot"
      role={notice?.kind === 'error' ? 'alert' : 'status'}
      aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'}
    >
      {notice && (
        <div key={serial} className={`share-notice share-notice--${notice.kind}`} data-testid="share-notice">
          <p data-testid="share-notice-text">{notice.text}</p>
          {notice.link !== undefined && (
            <input
              ref={field}
              className="share-notice__link"
              readOnly
              value={notice.link}
              aria-label="Share link"
              data-testid="share-link"
              onFocus={(e) => e.target.select()}
            />
          )}
          <div className="share-notice__buttons">
            {notice.actions?.map((action) => (
              <button
                key={action.testId}
                type="button"
                data-testid={action.testId}
                onClick={() => {
                  dismiss();
                  action.run();
                }}
              >
                {action.label}
              </button>
            ))}
            {notice.download && (
              <button type="button" data-testid="share-download" onClick={() => void downloadStateFile()}>
                Download .json
              </button>
            )}
            <button type="button" onClick={dismiss} data-testid="share-notice-close">
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'error';

export interface NoticeAction {
  label: string;
  run: () => void;
}

interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notify(tone: NoticeTone, text: string, action?: NoticeAction): void;
}

const NoticeContext = createContext<NoticeApi | undefined>(undefined);
let nextNoticeId = 1;

/** Messages for the analyst: errors stay until dismissed, others fade after a few seconds. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (tone: NoticeTone, text: string, action?: NoticeAction) => {
      const id = nextNoticeId++;
      setNotices((all) => [...all.slice(-4), { id, tone, text, action }]);
      // Errors, and messages offering an action such as Undo, stay until dismissed.
      if (tone !== 'error' && !action) setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
            <span>{notice.text}</span>
            {notice.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action!.run();
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside <NoticeProvider>');
  return api;
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'error';

interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
}

interface NoticeApi {
  notify(tone: NoticeTone, text: string): void;
}

const NoticeContext = createContext<NoticeApi | undefined>(undefined);
let nextNoticeId = 1;

/** Messages for the analyst: errors stay until dismissed, others fade after a few seconds. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (tone: NoticeTone, text: string) => {
      const id = nextNoticeId++;
      setNotices((all) => [...all.slice(-4), { id, tone, text }]);
      if (tone !== 'error') setTimeout(() => dismiss(id), 6000);
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

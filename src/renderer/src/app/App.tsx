import { useState } from 'react';
import { usePlatform } from '../platform/PlatformProvider';
import { NoticeProvider, useNotices } from '../ui/Notices';
import { useMenuCommands } from './useMenuCommands';
import { useTheme } from './useTheme';

const sections = ['Deals', 'Organizations', 'Indicators', 'Events', 'Sources', 'Annotations'] as const;
type Section = (typeof sections)[number];

function Workbench() {
  const platform = usePlatform();
  const theme = useTheme();
  const { notify } = useNotices();
  const [section, setSection] = useState<Section>('Deals');

  async function importSpreadsheet() {
    const result = await platform.openSpreadsheet();
    if (!result.ok) notify('error', result.error.message);
    else if (result.value) notify('info', `Read ${result.value.name} (${result.value.bytes.byteLength.toLocaleString()} bytes).`);
  }

  useMenuCommands({
    'toggle-dark-mode': theme.toggle,
    'import-spreadsheet': () => void importSpreadsheet(),
  });

  return (
    <div className="app-shell">
      <header className="app-header">
        <h1 className="app-title">Silk Ledger</h1>
        <span className="app-subtitle">Uzbekistan–China technology cooperation</span>
        <div className="toolbar" role="toolbar" aria-label="Main actions">
          <button type="button" onClick={() => void importSpreadsheet()}>
            Import…
          </button>
          <button type="button" onClick={theme.toggle} aria-pressed={theme.resolved === 'dark'}>
            Dark mode
          </button>
        </div>
      </header>
      <nav className="sidebar" aria-label="Record kinds">
        <ul>
          {sections.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="sidebar-item"
                aria-current={section === name ? 'page' : undefined}
                onClick={() => setSection(name)}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" aria-label={section}>
        <h2>{section}</h2>
      </main>
      <footer className="status-bar">
        <span>{platform.edition === 'desktop' ? 'Desktop app' : 'Web edition'}</span>
        <span>Works offline: data stays in this browser profile</span>
      </footer>
    </div>
  );
}

export function App() {
  return (
    <NoticeProvider>
      <Workbench />
    </NoticeProvider>
  );
}

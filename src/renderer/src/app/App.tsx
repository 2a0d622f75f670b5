import { formatGroupedNumber } from '@shared/values/numberFormat';
import { lazy, Suspense, useState } from 'react';
import type { EditableTable, FormMode } from '../features/forms/RecordFormDialog';
import { LazyRecordFormDialog } from '../features/forms/LazyRecordFormDialog';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { endImport, loadImportDialog, prepareImport, startImport, type ImportSession } from '../features/import/startImport';
import { useStore } from '../db/storeContext';
import { CurrentViewProvider, useCurrentView, type CurrentView } from '../features/export/currentView';
import { DataMenu } from '../features/backup/DataMenu';
import { useBackupCommands } from '../features/backup/useBackupCommands';
import { useAnalystNameCommand } from '../features/analyst/useAnalystNameCommand';
import type { DealsFilter } from '../features/insight/insightFilters';
import type { InsightView } from '../features/insight/InsightScreen';
import type { RecordTable } from '@shared/model/tables';
import { StoreProvider } from '../db/StoreProvider';
import { LiveRecordsProvider, useTableIndex } from '../features/records/liveRecords';
import { RecordsView } from '../features/records/RecordsView';
import { sections, type SectionTable } from '../features/records/sections';
import { usePlatform } from '../platform/PlatformProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { NoticeProvider, useNotices } from '../ui/Notices';
import { useMenuCommands, type MenuCommandHandlers } from './useMenuCommands';
import { useFileDrop } from './useFileDrop';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useResetToDefaultDataset } from './useResetToDefaultDataset';
import { useLastScreen } from './useLastScreen';
import { useTheme } from './useTheme';
import { focusRecordsTableWhenShown } from './focusRecordsTable';
import { SkipLink } from './SkipLink';
import '../ui/recordText.css';
import { useRegionCycling } from './useRegionCycling';

// The charts load with the insight screens, and each dialog when first opened, not with the shell:
// every module the window loads is compiled and run before it can read the store.
const InsightScreen = lazy(() => import('../features/insight/InsightScreen'));
const ImportDialog = lazy(() => loadImportDialog().then((module) => ({ default: module.ImportDialog })));
const ExportDialog = lazy(() => import('../features/export/ExportDialog').then((module) => ({ default: module.ExportDialog })));

const insightViews: Array<{ view: InsightView; label: string }> = [
  { view: 'dashboard', label: 'Dashboard' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'network', label: 'Network' },
];
const screens = [...insightViews.map(({ view }) => view), ...sections.map(({ table }) => table)];

function Workbench() {
  const platform = usePlatform();
  const theme = useTheme();
  const index = useTableIndex();
  const { notify } = useNotices();
  const resetCommand = useResetToDefaultDataset();
  const currentView = useCurrentView();
  const [exporting, setExporting] = useState<{ view: CurrentView | null }>();
  const exportReport = () => setExporting({ view: currentView() });
  const backup = useBackupCommands();
  const analystNameCommand = useAnalystNameCommand();
  const [current, setCurrent] = useLastScreen<SectionTable | InsightView>(screens, 'dashboard');
  const [formMode, setFormMode] = useState<FormMode | null>(null);
  const [searchOpen, setSearchOpen] = useState(false);
  const [openRequest, setOpenRequest] = useState<{ id: string }>();
  const [filterRequest, setFilterRequest] = useState<{ filter: DealsFilter }>();
  const { db } = useStore();
  const [importSession, setImportSession] = useState<ImportSession>();
  const importFile = (file: { name: string; bytes: Uint8Array }) => setImportSession(startImport(file, db.name));
  const drop = useFileDrop(importFile, prepareImport);
  useUndoShortcuts();
  useRegionCycling();

  function openRecord(table: RecordTable, id: string) {
    // Observations have no table of their own; they are shown inside their indicator.
    const record = index.byId.get(id);
    if (table === 'observations' && record && 'indicatorId' in record) {
      setCurrent('indicators');
      setOpenRequest({ id: record.indicatorId });
      return;
    }
    setCurrent(table as SectionTable);
    setOpenRequest({ id });
    // Focus goes to the opened record's row, where the analyst works next, not to the page's body.
    focusRecordsTableWhenShown(id);
  }
  function showDeals(filter: DealsFilter) {
    setCurrent('deals');
    setOpenRequest(undefined);
    setFilterRequest({ filter });
  }
  function show(screen: SectionTable | InsightView) {
    setCurrent(screen);
    setOpenRequest(undefined);
    setFilterRequest(undefined);
  }
  const section = sections.find((candidate) => candidate.table === current);
  const insightView = insightViews.find((candidate) => candidate.view === current);

  async function importSpreadsheet() {
    prepareImport();
    const result = await platform.openSpreadsheet();
    if (!result.ok) notify('error', result.error.message);
    else if (result.value) importFile(result.value);
  }

  const commands: MenuCommandHandlers = {
    ...backup.commands,
    ...analystNameCommand.commands,
    'toggle-dark-mode': theme.toggle,
    'import-spreadsheet': () => void importSpreadsheet(),
    'reset-default-dataset': resetCommand.ask,
    'global-search': () => setSearchOpen(true),
    'export-report': exportReport,
    'new-deal': () => {
      setCurrent('deals');
      setFormMode({ kind: 'create', table: 'deals' });
    },
  };
  useMenuCommands(commands);

  return (
    <div className="app-shell" {...drop.handlers}>
      <SkipLink
        tableShown={section !== undefined}
        onSkip={() => {
          if (!section) show('deals');
          focusRecordsTableWhenShown();
        }}
      />
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the spreadsheet to import it
        </div>
      )}
      <header className="app-header">
        <h1 className="app-title">Silk Ledger</h1>
        <span className="app-subtitle">Uzbekistan–China technology cooperation</span>
        <div className="toolbar" role="toolbar" aria-label="Main actions">
          <button type="button" onClick={() => setSearchOpen(true)} aria-keyshortcuts="Control+K">
            Search…
          </button>
          <button type="button" onClick={() => void importSpreadsheet()}>
            Import…
          </button>
          <button type="button" onClick={exportReport} aria-keyshortcuts="Control+E">
            Export report…
          </button>
          <button type="button" onClick={theme.toggle} aria-pressed={theme.resolved === 'dark'}>
            Dark mode
          </button>
          <DataMenu onCommand={(command) => commands[command]?.()} />
        </div>
      </header>
      <div className="sidebar">
        <nav className="sidebar-group" aria-label="Insight">
          <ul>
            {insightViews.map(({ view, label }) => (
              <li key={view}>
                <button
                  type="button"
                  className="sidebar-item"
                  aria-current={current === view ? 'page' : undefined}
                  onClick={() => show(view)}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <nav className="sidebar-group" aria-label="Record kinds">
          <ul>
            {sections.map(({ table, label }) => (
              <li key={table}>
                <button
                  type="button"
                  className="sidebar-item"
                  aria-current={current === table ? 'page' : undefined}
                  onClick={() => show(table)}
                >
                  <span>{label}</span>
                  <span className="count">{formatGroupedNumber(index.active[table].length, 0)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <main className="content" aria-label={section?.label ?? insightView?.label}>
        {section ? (
          <RecordsView
            key={section.table}
            section={section}
            openRequest={openRequest}
            filterRequest={filterRequest}
            onCreate={
              section.table === 'annotations'
                ? undefined
                : () => setFormMode({ kind: 'create', table: section.table as EditableTable })
            }
            onEdit={
              section.table === 'annotations'
                ? undefined
                : (id) => setFormMode({ kind: 'edit', table: section.table as EditableTable, id })
            }
          />
        ) : (
          <Suspense fallback={<div className="opening" aria-busy="true" aria-label="Loading charts" />}>
            <InsightScreen view={current as InsightView} onShowDeals={showDeals} onOpenRecord={openRecord} />
          </Suspense>
        )}
      </main>
      <footer className="status-bar">
        <span>{platform.edition === 'desktop' ? 'Desktop app' : 'Web edition'}</span>
        <span>Works offline: data stays on this computer</span>
      </footer>
      {exporting && (
        <Suspense fallback={<WaitingForRecords />}>
          <ExportDialog view={exporting.view} onClose={() => setExporting(undefined)} />
        </Suspense>
      )}
      {importSession && (
        <Suspense fallback={null}>
          <ImportDialog
            session={importSession}
            onClose={() => {
              endImport(importSession);
              setImportSession(undefined);
            }}
          />
        </Suspense>
      )}
      <Suspense fallback={searchOpen && <WaitingForRecords />}>
        <GlobalSearch open={searchOpen} onClose={() => setSearchOpen(false)} onOpenRecord={openRecord} />
      </Suspense>
      {formMode && (
        <Suspense fallback={<WaitingForRecords />}>
          <LazyRecordFormDialog
            mode={formMode}
            onClose={() => setFormMode(null)}
            onSaved={(record) => {
              // A new record becomes the active row (shown even if the filters would hide it); either way
              // focus goes back to its row in the table.
              if (formMode.kind === 'create' && formMode.table !== 'observations') setOpenRequest({ id: record.id });
              focusRecordsTableWhenShown(record.id);
            }}
          />
        </Suspense>
      )}
      <Suspense fallback={backup.dialog && <WaitingForRecords />}>{backup.dialog}</Suspense>
      {analystNameCommand.dialog}
      {resetCommand.confirming && (
        <ConfirmDialog
          title="Reset to the default dataset?"
          message="Every record, annotation and change history in this store will be replaced by the default dataset. Back up first if you may need your changes."
          confirmLabel="Reset"
          onConfirm={() => void resetCommand.reset()}
          onCancel={resetCommand.cancel}
        />
      )}
    </div>
  );
}

/**
 * Stands in for a dialog that needs every whole record while the window is still reading the deals,
 * which it does only once the tables are painted from the deals' rows.
 */
function WaitingForRecords() {
  return (
    <p className="waiting-for-records" role="status" aria-busy="true">
      Reading the deals…
    </p>
  );
}

export function App() {
  return (
    <NoticeProvider>
      <StoreProvider>
        <LiveRecordsProvider>
          <CurrentViewProvider>
            <Workbench />
          </CurrentViewProvider>
        </LiveRecordsProvider>
      </StoreProvider>
    </NoticeProvider>
  );
}

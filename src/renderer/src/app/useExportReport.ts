import { buildReportWorkbook } from '@shared/report/reportWorkbook';
import { readAnalystName } from '../db/analystName';
import { useRecords } from '../features/records/liveRecords';
import { usePlatform } from '../platform/PlatformProvider';
import { useNotices } from '../ui/Notices';

/** Export report…: every record in the store as a report workbook the analyst saves where they like. */
export function useExportReport() {
  const { active } = useRecords();
  const platform = usePlatform();
  const { notify } = useNotices();

  return async function exportReport() {
    const generatedAt = new Date();
    const bytes = buildReportWorkbook({
      records: active,
      title: 'Uzbekistan–China technology cooperation',
      filtersDescription: ['All records in the store'],
      author: readAnalystName(),
      generatedAt,
      format: 'xlsx',
    });
    const day = generatedAt.toISOString().slice(0, 10);
    const result = await platform.saveFile({ suggestedName: `silk-ledger-report-${day}.xlsx`, format: 'xlsx', bytes });
    if (!result.ok) notify('error', result.error.message);
    else if (result.value) notify('success', `Saved the report as ${result.value.name}.`);
  };
}

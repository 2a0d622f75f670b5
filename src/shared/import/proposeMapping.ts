import { appReportSheetKind } from './appReportSheets';
import { fitOfValues, type ColumnValueSample } from './columnValueFit';
import { isCountHeader } from './countHeader';
import { importRecordKinds, type ImportRecordKind } from './fieldSynonyms';
import { fieldTypeOf } from './importFieldTypes';
import { isGcdfLayout, proposeGcdfMapping } from './gcdfLayout';
import { isTitlesOnlyHeader } from './titlesOnlyHeader';
import { exactScore, headerKeysOf, preparedFieldsOf, scoreHeader, type PreparedField } from './matchHeaderToField';
import { usdColumnAloneAsAmount } from './usdColumnProposal';

/**
 * 'exact': the header is the field's own name, as Silk Ledger writes it in exports and templates.
 * 'synonym': the header is, or contains, a known name for the field in some language; worth a look.
 * 'none': no field proposed; the analyst chooses or leaves the column out.
 */
export type MappingConfidence = 'exact' | 'synonym' | 'none';

export interface ColumnMappingProposal {
  column: number;
  header: string;
  field: string | null;
  confidence: MappingConfidence;
  /**
   * Why a column whose header names a field is left unmapped: its values do not fit the field
   * ("Not IT Park since: values are not dates (3 of 40 read)"); null when the column is mapped or no header matched.
   */
  reason: string | null;
}

/**
 * One proposal per column. Each column gets at most one field and each field at most one column:
 * the best-scoring pairs are taken first, and ties go to the leftmost column. With a sample of the
 * column values, a field whose reading would refuse most of a column's values is passed over for
 * the column's next candidate ("Residency date" holds dates, not statuses), and a column no
 * candidate fits stays unmapped with the reason.
 */
export function proposeMapping(
  headers: readonly string[],
  kind: ImportRecordKind,
  values?: ColumnValueSample,
): ColumnMappingProposal[] {
  if (kind === 'deals' && isGcdfLayout(headers)) return proposeGcdfMapping(headers);
  const fields = preparedFieldsOf(kind);
  const candidates: { column: number; field: PreparedField; score: number }[] = [];
  headers.forEach((header, column) => {
    const keys = headerKeysOf(header);
    if (!keys) return;
    for (const field of fields) {
      const score = scoreHeader(keys, field);
      if (score > 0) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.field.order - b.field.order);

  const proposals: ColumnMappingProposal[] = headers.map((header, column) => ({
    column,
    header,
    field: null,
    confidence: 'none',
    reason: null,
  }));
  const takenFields = new Set<string>();
  for (const candidate of candidates) {
    const proposal = proposals[candidate.column];
    if (proposal.field !== null || takenFields.has(candidate.field.field)) continue;
    // "Sources (count)" names sources, but its 0s and 3s would become the text of a field.
    if (isCountHeader(proposal.header) && fieldTypeOf(kind, candidate.field.field)?.type !== 'number') {
      proposal.reason ??= `Not ${candidate.field.label}: the header says the column holds a count`;
      continue;
    }
    if (isTitlesOnlyHeader(proposal.header)) {
      proposal.reason ??= `Not ${candidate.field.label}: the header says the column holds only source titles`;
      continue;
    }
    const cells = values?.columns[candidate.column];
    if (values && cells) {
      const fit = fitOfValues(kind, candidate.field.field, cells, values);
      if (fit.reason !== null) {
        // The best-named field's reason is the one worth telling; later candidates are weaker matches.
        proposal.reason ??= `Not ${candidate.field.label}: ${fit.reason}`;
        continue;
      }
    }
    proposal.reason = null;
    proposal.field = candidate.field.field;
    proposal.confidence = candidate.score === exactScore ? 'exact' : 'synonym';
    takenFields.add(candidate.field.field);
  }
  return usdColumnAloneAsAmount(proposals);
}

/**
 * The kind of record the columns describe best, judged by how many fields match and how well (a
 * sheet of a Silk Ledger report by its whole header row); null when no header names any field.
 * Ties go to the earlier kind in `importRecordKinds`.
 */
export function detectRecordKind(headers: readonly string[], values?: ColumnValueSample): ImportRecordKind | null {
  const reportKind = appReportSheetKind(headers);
  if (reportKind) return reportKind;
  let best: { kind: ImportRecordKind; score: number } | null = null;
  for (const kind of importRecordKinds) {
    const score = mappingScore(headers, kind, values);
    if (score > 0 && (!best || score > best.score)) best = { kind, score };
  }
  return best?.kind ?? null;
}

function mappingScore(headers: readonly string[], kind: ImportRecordKind, values?: ColumnValueSample): number {
  const confidenceWeight: Record<MappingConfidence, number> = { exact: 3, synonym: 2, none: 0 };
  return proposeMapping(headers, kind, values).reduce((sum, proposal) => sum + confidenceWeight[proposal.confidence], 0);
}

import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import datasetJson from '../../../resources/default-dataset.json';
import { parseDelimitedText } from '../import/parseDelimitedText';
import { datasetSchema } from '../model/dataset';
import type { Annotation } from '../model/annotation';
import type { Deal } from '../model/deal';
import type { EventRecord } from '../model/event';
import type { Organization } from '../model/organization';
import { buildReportLookups, type ReportRecords } from './reportLookups';
import { reportTables } from './reportSheets';
import { buildReportWorkbook } from './reportWorkbook';
import { buildTableCsv } from './tableCsv';
import { startsLikeFormula } from './tableCells';

const hostile = ["=cmd|' /C calc'!A0", '+SUM(1)', '-1+1', '@foo', '\t=1', '\r=1'];
let next = 0;
/** The hostile strings in turn, so every text field gets one and every string is used several times. */
const attack = () => hostile[next++ % hostile.length];

const dataset = datasetSchema.parse(datasetJson);
const stamps = { createdAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z', deletedAt: null };
const source = dataset.sources[0];
const citation = () => ({ sourceId: source.id, excerpt: attack(), location: attack() });

const organization: Organization = {
  ...stamps,
  id: '00000000-0000-4000-8000-000000000001',
  name: attack(),
  country: 'CN',
  kind: 'private-company',
  aliases: [attack(), attack()],
  capitalOrigin: ['CN'],
  relations: [],
  itParkResidency: null,
  notes: attack(),
  citations: [citation()],
  externalIds: [{ scheme: attack(), value: attack() }],
};
const deal: Deal = {
  ...stamps,
  id: '00000000-0000-4000-8000-000000000002',
  title: attack(),
  kind: 'joint-venture',
  status: 'signed',
  date: { unit: 'year', start: '2024-01-01', end: '2024-12-31' },
  place: attack(),
  description: attack(),
  parties: [{ organizationId: organization.id, role: 'partner' }],
  sectors: [attack(), attack()],
  money: {
    amount: 1_000,
    currency: 'USD',
    qualifier: 'approximately',
    usd: { amount: 1_000, rate: 1, rateDate: null, rateSource: null },
  },
  outputs: [{ value: 3, unit: attack(), qualifier: 'exact', description: attack() }],
  citations: [citation()],
  externalIds: [{ scheme: attack(), value: attack() }],
};
const event: EventRecord = {
  ...stamps,
  id: '00000000-0000-4000-8000-000000000003',
  name: attack(),
  date: null,
  place: attack(),
  organizerIds: [organization.id],
  participants: [{ organizationId: null, personName: attack(), role: attack(), contribution: attack() }],
  dealIds: [deal.id],
  description: attack(),
  citations: [citation()],
};
const annotation: Annotation = {
  ...stamps,
  id: '00000000-0000-4000-8000-000000000004',
  targetTable: 'deals',
  targetId: deal.id,
  note: attack(),
  tags: [attack(), attack()],
  confidence: 'low',
  author: attack(),
  pinned: false,
};
const records: ReportRecords = {
  ...dataset,
  organizations: [...dataset.organizations, organization],
  deals: [...dataset.deals, deal],
  events: [...dataset.events, event],
  annotations: [...dataset.annotations, annotation],
};
/** Fields shown as they are, each in a cell of its own. */
const shownAsWritten = [organization.name, organization.notes, deal.title, deal.place, deal.description, event.name, event.place];
const input = { records, title: attack(), filtersDescription: [attack()], author: attack(), generatedAt: new Date() };

describe('formula injection', () => {
  for (const format of ['xlsx', 'ods'] as const) {
    it(`never writes a formula into ${format}, and hostile text reads back exactly`, () => {
      const workbook = XLSX.read(buildReportWorkbook({ ...input, format }), { type: 'array', cellFormula: true });
      const texts = new Set<string>();
      let hostileCells = 0;
      for (const name of workbook.SheetNames) {
        for (const [address, cell] of Object.entries(workbook.Sheets[name])) {
          if (address.startsWith('!')) continue;
          expect(cell.f, `${name}!${address}`).toBeUndefined();
          if (typeof cell.v !== 'string') continue;
          texts.add(cell.v);
          if (startsLikeFormula(cell.v)) {
            hostileCells += 1;
            expect(cell.t, `${name}!${address}`).toBe('s');
          }
        }
      }
      expect(hostileCells).toBeGreaterThan(20);
      for (const text of [...shownAsWritten, annotation.note, annotation.author, input.title, input.author]) {
        expect(texts.has(text), JSON.stringify(text)).toBe(true);
      }
    });
  }

  it('puts a quote before hostile text in the CSV of every table', () => {
    const decoder = new TextDecoder();
    for (const table of reportTables(records, buildReportLookups(records))) {
      const csv = decoder.decode(
        buildTableCsv(
          table.columns.map((column) => column.header),
          table.rows,
        ),
      );
      const fields = parseDelimitedText(csv.slice(1), ',').rows.flat();
      for (const field of fields) expect(startsLikeFormula(field), `${table.name}: ${JSON.stringify(field)}`).toBe(false);
      const cells = new Set(table.rows.flat());
      for (const text of shownAsWritten.filter((text) => cells.has(text))) expect(fields).toContain(`'${text}`);
    }
  });
});

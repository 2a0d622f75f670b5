import { fieldTypeOf } from './importFieldTypes';
import { normalizeHeaderText } from './normalizeHeader';
import type { ColumnMappingProposal } from './proposeMapping';

/**
 * The columns of AidData's Global Chinese Development Finance dataset (GCDF 3.0) that fill deal
 * fields. Its other columns (terms, flags, scores, the constant-USD and adjusted amounts) have no
 * place in a deal and stay unmapped; "Commitment Year" fills the date only where a row has no
 * commitment date, "Commitment Date Estimated" marks the row's date approximate, and the agencies each take their own role, their "… Type" columns the kind of
 * an organization the store does not know yet.
 */
const gcdfColumnFields: Readonly<Record<string, string>> = {
  'AidData Record ID': 'externalId',
  Title: 'title',
  Description: 'description',
  Status: 'status',
  'Flow Type': 'kind',
  'Sector Name': 'sectors',
  'Financier Country': 'financierCountry',
  Recipient: 'recipientCountry',
  'Funding Agencies': 'financiers',
  'Co-financing Agencies': 'coFinanciers',
  'Direct Receiving Agencies': 'beneficiaries',
  'Indirect Receiving Agencies': 'indirectBeneficiaries',
  'Implementing Agencies': 'implementers',
  Guarantor: 'guarantors',
  'Funding Agencies Type': 'financiersTypes',
  'Co-financing Agencies Type': 'coFinanciersTypes',
  'Direct Receiving Agencies Type': 'beneficiariesTypes',
  'Indirect Receiving Agencies Type': 'indirectBeneficiariesTypes',
  'Implementing Agencies Type': 'implementersTypes',
  'Guarantor Type': 'guarantorsTypes',
  'Amount (Original Currency)': 'amount',
  'Original Currency': 'currency',
  'Amount (Nominal USD)': 'valueUsd',
  'Amount Estimated': 'amountQualifier',
  'Commitment Date (MM/DD/YYYY)': 'date',
  'Commitment Year': 'year',
  'Commitment Date Estimated': 'dateEstimated',
  'Source URLs': 'sourceUrls',
  'Source Titles': 'sourceTitles',
  'Source Publishers': 'sourcePublishers',
  'Source Resource Types': 'sourceKinds',
};

const fieldByHeaderKey = new Map(Object.entries(gcdfColumnFields).map(([header, field]) => [normalizeHeaderText(header), field]));

// Headers no other layout has; with the record id, four of them make a file GCDF's.
const signatureHeaders = [
  'Funding Agencies',
  'Direct Receiving Agencies',
  'Amount (Nominal USD)',
  'Amount (Constant USD 2021)',
  'Commitment Date (MM/DD/YYYY)',
  'Flow Type',
  'Recipient ISO-3',
  'Source URLs',
  'Recommended For Aggregates',
].map(normalizeHeaderText);
const signatureHeadersNeeded = 4;
const recordIdKey = normalizeHeaderText('AidData Record ID');

const recognised = new WeakMap<readonly string[], boolean>();

/**
 * Whether the headers are GCDF's: its record id and at least four of its distinctive columns,
 * compared as normalized header text, so "aiddata_record_id" or a re-cased header still counts.
 */
export function isGcdfLayout(headers: readonly string[]): boolean {
  let answer = recognised.get(headers);
  if (answer === undefined) {
    const keys = new Set(headers.map(normalizeHeaderText));
    answer = keys.has(recordIdKey) && signatureHeaders.filter((key) => keys.has(key)).length >= signatureHeadersNeeded;
    recognised.set(headers, answer);
  }
  return answer;
}

/**
 * The mapping of a GCDF file, by the dataset's own column names rather than by synonyms, so it
 * needs no hand step: every column a deal has a field for is mapped, whatever its values look like
 * (unknown values are settled per value in the preview). A field this version of the deal fields
 * lacks is left out.
 */
export function proposeGcdfMapping(headers: readonly string[]): ColumnMappingProposal[] {
  const taken = new Set<string>();
  return headers.map((header, column) => {
    const key = normalizeHeaderText(header);
    const field = fieldByHeaderKey.get(key);
    if (field && !taken.has(field) && fieldTypeOf('deals', field)) {
      taken.add(field);
      return { column, header, field, confidence: 'exact', reason: null };
    }
    return { column, header, field: null, confidence: 'none', reason: null };
  });
}

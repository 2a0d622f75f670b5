import type { OrganizationKind } from '../model/organization';
import type { FileOrganizationName, ImportPlan, ImportPlanInput, NewRecord, OrganizationChoice } from './importPlanTypes';
import { organizationCandidateFinder } from './organizationCandidates';

/** Candidates shown for each name: enough to choose from, few enough to read. */
export const candidatesShown = 3;
/** Names listed with their candidates; a file naming more new organizations shows the count of the rest. */
export const namesShown = 200;
export const rowNumbersShown = 5;
/** A candidate this similar is proposed for "Link all proposed" even when it is not certain. */
export const proposedSimilarity = 0.75;

export interface ReconciliationCandidate {
  organizationId: string;
  name: string;
  /** "same name in Latin script", "name Beeline, alias Unitel", "similar: 0.86". */
  reason: string;
}

/** One organization name the store does not know by its key, as the preview shows it for a decision. */
export interface OrganizationNameReconciliation {
  /** The organizationKey the choice is made for (ImportOptions.organizationChoices). */
  key: string;
  /** The file's spelling. */
  name: string;
  /** Written rows naming it, and the first few of their numbers. */
  rowCount: number;
  firstRowNumbers: number[];
  candidates: ReconciliationCandidate[];
  /** The candidate "Link all proposed" links to: a certain match or a close one; null when none is. */
  proposedOrganizationId: string | null;
  /** What the plan does with it now, and why. */
  decision: OrganizationChoice;
  decidedBy: FileOrganizationName['decidedBy'];
  /** The country a new organization gets, and where from ("the Chinese party column"); null: unknown. */
  country: string | null;
  countryFrom: string | null;
  /** The kind a new organization gets (null when linked), and where from ("“Embassy” in the Financiers: type column"); null: its name. */
  kind: OrganizationKind | null;
  kindFrom: string | null;
}

export interface OrganizationReconciliation {
  names: OrganizationNameReconciliation[];
  /** All such names, including those past `namesShown`. */
  nameCount: number;
}

/**
 * Every organization name a written row gives that the store does not know by its key: what the
 * plan does with it (links it to a stored organization, creates it, or adds it as an alias), the
 * rows naming it and the closest stored organizations, so the analyst decides before anything is written.
 */
export function reconcileOrganizations(plan: ImportPlan, input: ImportPlanInput): OrganizationReconciliation {
  const { organizationNames, organizations } = plan.fileRecords;
  const rowsByKey = new Map<string, number[]>();
  // An organizations sheet's row is the organization a name of its own creates (organizationRowSettlement.ts).
  const createdByRow = new Map<string, NewRecord<'organizations'>>();
  for (const row of plan.rows) {
    if (row.status !== 'added' && row.status !== 'updated') continue;
    for (const need of row.needs) {
      if (!need.startsWith('organization:')) continue;
      const key = need.slice('organization:'.length);
      if (plan.kind === 'organizations') createdByRow.set(key, row.record as NewRecord<'organizations'>);
      const rows = rowsByKey.get(key);
      if (rows) rows.push(row.rowNumber);
      else rowsByKey.set(key, [row.rowNumber]);
    }
  }
  const finder = organizationCandidateFinder(input.existing.organizations);
  const names: OrganizationNameReconciliation[] = [];
  for (const [key, rowNumbers] of rowsByKey) {
    const settled = organizationNames.get(key);
    if (!settled || names.length >= namesShown) continue;
    const found = finder.candidatesFor(settled.name, candidatesShown);
    const candidates = found.map(({ organization, reason }) => ({
      organizationId: organization.id,
      name: organization.name,
      reason,
    }));
    const chosenId = settled.decision.action === 'create' ? null : settled.decision.organizationId;
    const chosen = chosenId === null ? undefined : finder.organizationById(chosenId);
    if (chosen && !candidates.some((candidate) => candidate.organizationId === chosen.id)) {
      candidates.push({ organizationId: chosen.id, name: chosen.name, reason: 'chosen for this import' });
    }
    const [closest] = found;
    const created = organizations.get(key) ?? createdByRow.get(key);
    names.push({
      key,
      name: settled.name,
      rowCount: rowNumbers.length,
      firstRowNumbers: rowNumbers.slice(0, rowNumbersShown),
      candidates,
      proposedOrganizationId:
        closest && (closest.certain || closest.score >= proposedSimilarity) ? closest.organization.id : null,
      decision: settled.decision,
      decidedBy: settled.decidedBy,
      country: settled.decision.action === 'create' ? (created?.country ?? null) : null,
      countryFrom: settled.decision.action === 'create' ? settled.countryFrom : null,
      kind: settled.decision.action === 'create' ? (created?.kind ?? null) : null,
      kindFrom: settled.decision.action === 'create' ? settled.kindFrom : null,
    });
  }
  return { names, nameCount: [...rowsByKey.keys()].filter((key) => organizationNames.has(key)).length };
}

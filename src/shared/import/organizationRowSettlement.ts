import type { Organization } from '../model/organization';
import type { FileOrganizationName } from './importPlanTypes';
import { organizationCandidateFinder } from './organizationCandidates';
import type { PlanContext } from './planContext';

/** An organization row whose name the store does not know by its key, settled as a party name would be. */
export interface SettledOrganizationRow {
  /** The stored organization the row writes to: chosen by the analyst or certainly the same; undefined: a new one. */
  existing: Organization | undefined;
  /** The id a new organization gets, as the preview's reconciliation names it. */
  newId: string;
  /** Whether the row's spelling joins the stored organization's aliases. */
  addsAlias: boolean;
  /** "organization:<key>", so the preview lists the name for a decision (organizationReconciliation.ts). */
  needs: string[];
}

/**
 * A row of an organizations sheet naming an organization the store does not know by its key:
 * the analyst's choice for the name (link, create or create as alias), else the one stored
 * organization it certainly is ("АО «Узбектелеком»" is Uzbektelecom), else a new organization.
 * The row itself writes the organization (`rowWrites`), so no alias update is planned beside it.
 */
export function settleOrganizationRow(
  name: string,
  key: string,
  newId: string,
  /** Where the row's country and kind come from ("the Country column"); null where the row has none. */
  readFrom: Pick<FileOrganizationName, 'countryFrom' | 'kindFrom'>,
  context: PlanContext,
): SettledOrganizationRow {
  const finder = organizationCandidateFinder(context.input.existing.organizations);
  const choice = context.input.options.organizationChoices?.[key];
  const chosen = choice && choice.action !== 'create' ? finder.organizationById(choice.organizationId) : undefined;
  const certain = choice ? undefined : finder.certainMatch(name)?.organization;
  const existing = chosen ?? certain;
  const settled: FileOrganizationName = {
    name,
    decision: existing
      ? { action: chosen && choice?.action === 'alias' ? 'alias' : 'link', organizationId: existing.id }
      : { action: 'create' },
    decidedBy: chosen || choice?.action === 'create' ? 'analyst' : certain ? 'certain-match' : 'no-match',
    organizationId: existing?.id ?? newId,
    ...readFrom,
    rowWrites: true,
  };
  context.fileRecords.organizationNames.set(key, settled);
  return { existing, newId, addsAlias: settled.decision.action === 'alias', needs: [`organization:${key}`] };
}

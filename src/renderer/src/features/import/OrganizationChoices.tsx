import { countryLabel, labelOf } from '@shared/model/labels';
import type { OrganizationChoice } from '@shared/import/importPlanTypes';
import type { OrganizationNameReconciliation } from '@shared/import/organizationReconciliation';
import type { PlanPreview } from '@shared/import/planPreview';
import type { ImportChoices } from './useImportPlan';
import './organizationChoices.css';

const count = (value: number) => value.toLocaleString('en-US');

/**
 * Every organization name in the file that no stored organization has as its name or alias: what
 * the import does with it (a certain match is linked, anything else is created), the closest stored
 * organizations and why, and one choice per name that every row naming it follows.
 */
export function OrganizationChoices({ choices, preview }: { choices: ImportChoices; preview: PlanPreview }) {
  const { names, nameCount } = preview.organizationReconciliation;
  if (nameCount === 0) return null;
  const proposals = names.flatMap(({ key, decision, proposedOrganizationId }) =>
    proposedOrganizationId && !(decision.action === 'link' && decision.organizationId === proposedOrganizationId)
      ? [{ key, organizationId: proposedOrganizationId }]
      : [],
  );
  const created = names.filter((name) => name.decision.action === 'create').length;
  return (
    <section className="import-step import-organization-choices" aria-labelledby="import-organizations-heading">
      <h3 id="import-organizations-heading">New organizations ({count(nameCount)})</h3>
      <p className="import-organization-choices-hint">
        Names no stored organization has as its name or alias. {count(created)} would be created, {count(names.length - created)}{' '}
        linked to stored organizations. Each choice applies to every row naming the organization.
      </p>
      <div className="import-table-scroll import-organization-scroll">
        <table className="import-table import-organization-table" aria-label="Organizations the import would create or link">
          <thead>
            <tr>
              <th scope="col">Name in the file</th>
              <th scope="col">Rows</th>
              <th scope="col">Closest stored organizations</th>
              <th scope="col">Country</th>
              <th scope="col">Kind</th>
              <th scope="col">Import as</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <OrganizationChoiceRow key={name.key} choices={choices} name={name} />
            ))}
          </tbody>
        </table>
      </div>
      {nameCount > names.length && (
        <p className="import-organization-choices-hint">
          {count(nameCount - names.length)} more names are not listed; they are created as new organizations.
        </p>
      )}
      <button type="button" onClick={() => choices.linkAllProposed(proposals)} disabled={proposals.length === 0}>
        Link all proposed ({count(proposals.length)})
      </button>
    </section>
  );
}

function OrganizationChoiceRow({ choices, name }: { choices: ImportChoices; name: OrganizationNameReconciliation }) {
  const more = name.rowCount - name.firstRowNumbers.length;
  return (
    <tr>
      <th scope="row">{name.name}</th>
      <td>
        {name.firstRowNumbers.join(', ')}
        {more > 0 && ` and ${count(more)} more`}
      </td>
      <td>
        {name.candidates.length === 0 ? (
          <span className="import-organization-none">None alike</span>
        ) : (
          <ul className="import-organization-candidates">
            {name.candidates.map((candidate) => (
              <li key={candidate.organizationId}>
                <strong>{candidate.name}</strong> <span className="import-organization-reason">{candidate.reason}</span>
                {candidate.organizationId === name.proposedOrganizationId && (
                  <span className="import-organization-proposed"> proposed</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{countryText(name)}</td>
      <td>{kindText(name)}</td>
      <td>
        <select
          aria-label={`Import “${name.name}” as`}
          value={choiceValue(name.decision)}
          onChange={(event) => choices.chooseOrganization(name.key, choiceOf(event.target.value))}
        >
          <option value="create">Create new organization</option>
          {name.candidates.map((candidate) => (
            <option key={`link:${candidate.organizationId}`} value={`link:${candidate.organizationId}`}>
              Link to {candidate.name}
            </option>
          ))}
          {name.candidates.map((candidate) => (
            <option key={`alias:${candidate.organizationId}`} value={`alias:${candidate.organizationId}`}>
              Create as alias of {candidate.name}
            </option>
          ))}
        </select>
        {name.decidedBy === 'certain-match' && <div className="import-organization-reason">Linked: certain match</div>}
      </td>
    </tr>
  );
}

function countryText(name: OrganizationNameReconciliation): string {
  if (name.decision.action !== 'create') return 'As stored';
  if (name.country === null) return 'Unknown';
  return name.countryFrom ? `${countryLabel(name.country)}, from ${name.countryFrom}` : countryLabel(name.country);
}

function kindText(name: OrganizationNameReconciliation): string {
  if (name.decision.action !== 'create' || name.kind === null) return 'As stored';
  return `${labelOf(name.kind)}, ${name.kindFrom ? `from ${name.kindFrom}` : 'guessed from the name'}`;
}

function choiceValue(decision: OrganizationChoice): string {
  return decision.action === 'create' ? 'create' : `${decision.action}:${decision.organizationId}`;
}

function choiceOf(value: string): OrganizationChoice {
  const [action, organizationId] = value.split(/:(.*)/s);
  if (action === 'link' || action === 'alias') return { action, organizationId };
  return { action: 'create' };
}

import type { ColumnMappingProposal } from './proposeMapping';

/**
 * A USD column is the amount's value in dollars only beside another amount column: "Amount, USD"
 * or "Value (USD)" alone is the amount itself, stated in dollars, so it is proposed as the amount.
 */
export function usdColumnAloneAsAmount(proposals: ColumnMappingProposal[]): ColumnMappingProposal[] {
  if (proposals.some((proposal) => proposal.field === 'amount')) return proposals;
  return proposals.map((proposal) =>
    proposal.field === 'valueUsd' ? { ...proposal, field: 'amount', confidence: 'synonym' } : proposal,
  );
}

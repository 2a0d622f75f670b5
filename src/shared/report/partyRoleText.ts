import { partyRoles, type Party } from '../model/deal';

export type PartyRole = Party['role'];

/** "Uzbektelecom (signatory)": how reports write a party, and what the import reads back. */
export function formatPartyWithRole(name: string, role: PartyRole): string {
  return `${name} (${role})`;
}

const trailingBracket = /^(.*\S)\s*\(([^()]+)\)$/s;
const rolesByWord = new Map<string, PartyRole>(partyRoles.map((role) => [role, role]));

/**
 * A party as a cell names it: "Uzbektelecom (signatory)" is Uzbektelecom in the role of signatory.
 * Only a bracket holding one of our roles is a role, so "Beeline (Unitel)" and "Chinese financial
 * institutions (unnamed)" stay names as written.
 */
export function readPartyRole(text: string): { name: string; role: PartyRole | null } {
  const match = trailingBracket.exec(text.trim());
  const role = match ? rolesByWord.get(match[2].trim().toLowerCase()) : undefined;
  return match && role ? { name: match[1], role } : { name: text.trim(), role: null };
}

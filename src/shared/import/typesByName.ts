// The separators coerceCell splits a names column on, most specific first: AidData joins with "|".
const memberSeparators = ['|', '\n', ';', '；', '、'];

/**
 * Each name of a list cell with the type a paired cell gives it at the same place: names
 * "A|B|C" with types "Bank||Embassy" give A "Bank" and C "Embassy", and B none. Both cells are
 * split on one separator, the first of `memberSeparators` either holds, so empty members keep
 * their places. When the counts differ, the places no longer say which type is whose, and no name
 * gets one.
 */
export function typesByName(namesCell: string, typesCell: string): Map<string, string> {
  const separator = memberSeparators.find((candidate) => namesCell.includes(candidate) || typesCell.includes(candidate));
  const split = (cell: string) => (separator ? cell.split(separator) : [cell]).map((member) => member.trim());
  const names = split(namesCell);
  const types = split(typesCell);
  const typeOf = new Map<string, string>();
  if (names.length !== types.length) return typeOf;
  names.forEach((name, index) => {
    if (name !== '' && types[index] !== '' && !typeOf.has(name)) typeOf.set(name, types[index]);
  });
  return typeOf;
}

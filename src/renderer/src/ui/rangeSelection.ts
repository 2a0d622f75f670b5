/**
 * The selection after Shift+Click or Shift+Arrow: what was selected when the range was started, plus every
 * row from the anchor's to the target's in the table's order. Starting from the selection held when the
 * anchor was set, not the current one, lets a range shrink again (Shift+Down twice, then Shift+Up) the way
 * it does in a spreadsheet. An anchor the filters now hide starts the range at the target.
 */
export function rangeSelection(
  idsInOrder: readonly string[],
  anchorId: string,
  targetId: string,
  selectedBefore: ReadonlySet<string>,
): Set<string> {
  const target = idsInOrder.indexOf(targetId);
  const anchorAt = idsInOrder.indexOf(anchorId);
  const anchor = anchorAt < 0 ? target : anchorAt;
  const next = new Set(selectedBefore);
  if (target < 0) return next;
  for (let index = Math.min(anchor, target); index <= Math.max(anchor, target); index++) next.add(idsInOrder[index]);
  return next;
}

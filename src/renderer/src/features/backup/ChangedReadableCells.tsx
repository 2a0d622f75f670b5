/** Few, so that the dialog fits a 700-pixel-high window with no scrolling; the rest are counted. */
const changesShown = 3;

/**
 * Cells of the workbook's readable columns that someone edited in a spreadsheet program. A restore
 * reads the stored columns only, so the analyst learns here that those edits will not be applied.
 */
export function ChangedReadableCells({ changes }: { changes: string[] }) {
  if (!changes.length) return null;
  const more = changes.length - changesShown;
  return (
    <section className="restore-warnings" aria-labelledby="restore-changed-cells-title">
      <h3 id="restore-changed-cells-title">Edits that will not be restored</h3>
      <p>
        {changes.length === 1 ? 'One cell was' : `${changes.length.toLocaleString('en-US')} cells were`} changed in a spreadsheet
        program. A restore reads each record as Silk Ledger saved it, so these edits are left out; make them in Silk Ledger after
        the restore.
      </p>
      <ul>
        {changes.slice(0, changesShown).map((change) => (
          <li key={change}>{change}</li>
        ))}
        {more > 0 && <li>…and {more.toLocaleString('en-US')} more.</li>}
      </ul>
    </section>
  );
}

import './skipLink.css';

interface SkipLinkProps {
  /** Whether a records table is on screen; on a chart screen the link goes to the deals table. */
  tableShown: boolean;
  onSkip: () => void;
}

/**
 * The first stop of Tab: hidden until focused, it takes the analyst past the toolbar and sidebar to
 * the table, where most of the day's work is.
 */
export function SkipLink({ tableShown, onSkip }: SkipLinkProps) {
  return (
    <button type="button" className="skip-link" onClick={onSkip}>
      {tableShown ? 'Skip to table' : 'Skip to the deals table'}
    </button>
  );
}

import type { HeadlineFigures as Figures } from '@shared/insight/dashboardFigures';
import { formatChange, formatTotalValue, formatUsd } from '@shared/insight/insightFormat';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatObservationValue } from '../indicators/observationFormat';

/** `exact` is the figure before rounding, kept in a <data> element for copying and for tests. */
function Figure({ label, value, exact, detail }: { label: string; value: string; exact?: number; detail: string }) {
  return (
    <li className="headline-figure">
      <span className="headline-label">{label}</span>
      <strong className="headline-value">{exact === undefined ? value : <data value={exact}>{value}</data>}</strong>
      <span className="headline-detail">{detail}</span>
    </li>
  );
}

const count = (value: number) => ({ value: value.toLocaleString('en-US'), exact: value });

/** The figures an analyst looks at first, each with what it counts. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
  const { committed, headlineIndicator } = figures;
  const approximate = committed.notExactUsd > 0 ? `${formatUsd(committed.notExactUsd)} of it approximate or a bound; ` : '';
  const unconverted = committed.unconverted > 0 ? `; ${committed.unconverted} not in USD yet, left out` : '';
  const latest = headlineIndicator?.latest;
  return (
    <ul className="headline-figures" aria-label="Headline figures">
      <Figure
        label="Committed deal value"
        value={formatTotalValue(committed)}
        exact={committed.usd}
        detail={`${approximate}${committed.withValue.toLocaleString('en-US')} of ${committed.deals.toLocaleString('en-US')} signed, under way or completed deals state a value${unconverted}`}
      />
      <Figure label="Deals" {...count(figures.deals)} detail={`${committed.deals.toLocaleString('en-US')} committed`} />
      <Figure label="Organizations" {...count(figures.organizations)} detail="parties, residents and others" />
      <Figure
        label="IT Park residents with Chinese capital"
        {...count(figures.chineseCapitalResidents)}
        detail="current residents named in the records"
      />
      {headlineIndicator && (
        <Figure
          label={headlineIndicator.indicator.name}
          value={latest ? formatObservationValue(latest, headlineIndicator.indicator.unit) : 'no observations'}
          exact={latest?.value}
          detail={
            latest
              ? `${formatPartialDate(latest.period)}${
                  headlineIndicator.change !== null && headlineIndicator.previous
                    ? `; ${formatChange(headlineIndicator.change, headlineIndicator.changeRatio, headlineIndicator.indicator.unit)} on ${formatPartialDate(headlineIndicator.previous.period)}`
                    : ''
                }`
              : 'add an observation to the indicator'
          }
        />
      )}
    </ul>
  );
}

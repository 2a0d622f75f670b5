import type { HeadlineFigures as Figures } from '@shared/insight/dashboardFigures';
import { formatChange, formatTotalValue, formatUsd } from '@shared/insight/insightFormat';
import { formatPartialDate } from '@shared/values/partialDate';
import { formatObservationValue } from '../indicators/observationFormat';

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <li className="headline-figure">
      <span className="headline-label">{label}</span>
      <strong className="headline-value">{value}</strong>
      <span className="headline-detail">{detail}</span>
    </li>
  );
}

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
        detail={`${approximate}${committed.withValue} of ${committed.deals} signed, under way or completed deals state a value${unconverted}`}
      />
      <Figure label="Deals" value={figures.deals.toLocaleString('en-US')} detail={`${committed.deals} committed`} />
      <Figure
        label="Organizations"
        value={figures.organizations.toLocaleString('en-US')}
        detail="parties, residents and others"
      />
      <Figure
        label="IT Park residents with Chinese capital"
        value={figures.chineseCapitalResidents.toLocaleString('en-US')}
        detail="current residents named in the records"
      />
      {headlineIndicator && (
        <Figure
          label={headlineIndicator.indicator.name}
          value={latest ? formatObservationValue(latest, headlineIndicator.indicator.unit) : 'no observations'}
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

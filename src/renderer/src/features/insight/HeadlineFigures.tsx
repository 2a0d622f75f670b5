import type { HeadlineFigures as Figures, MeasuredCount } from '@shared/insight/dashboardFigures';
import { formatChange, formatTotalValue, formatUsd } from '@shared/insight/insightFormat';
import type { Observation } from '@shared/model/indicator';
import { formatPartialDate } from '@shared/values/partialDate';
import { withQualifierSymbol } from '@shared/values/qualifier';
import { formatObservationValue } from '../indicators/observationFormat';

/** `exact` is the figure before rounding, kept in a <data> element for copying and for tests. */
function Figure(props: { label: string; value: string; exact?: number; detail: string; cited?: Observation | null }) {
  const { label, value, exact, detail, cited } = props;
  const excerpt = cited?.citations[0]?.excerpt;
  return (
    <li className="headline-figure">
      <span className="headline-label">{label}</span>
      <strong className="headline-value">{exact === undefined ? value : <data value={exact}>{value}</data>}</strong>
      <span className="headline-detail">{detail}</span>
      {excerpt && (
        <details className="headline-source">
          <summary>Source</summary>
          <blockquote>
            <bdi>{excerpt}</bdi>
          </blockquote>
        </details>
      )}
    </li>
  );
}

const count = (value: number) => ({ value: value.toLocaleString('en-US'), exact: value });

/** "end of 2024" for a count standing at the end of its period, "2024" for a value over the period. */
function observedWhen(observation: Observation): string {
  const period = formatPartialDate(observation.period);
  return observation.basis === 'cumulative' ? `end of ${period}` : period;
}

/** The indicator's latest figure where the store has one, with the records that name it beside it. */
function MeasuredFigure({ label, count: { named, measure }, noun }: { label: string; count: MeasuredCount; noun: string }) {
  const latest = measure?.latest;
  const namedCount = named.toLocaleString('en-US');
  if (!latest) return <Figure label={label} {...count(named)} detail={`current ${noun} named in the records`} />;
  return (
    <Figure
      label={label}
      value={withQualifierSymbol(latest.qualifier, latest.value.toLocaleString('en-US'))}
      exact={latest.value}
      detail={`${observedWhen(latest)}, as the sources report; ${namedCount} named in the records`}
      cited={latest}
    />
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
        exact={committed.usd}
        detail={`${approximate}${committed.withValue.toLocaleString('en-US')} of ${committed.deals.toLocaleString('en-US')} signed, under way or completed deals state a value${unconverted}`}
      />
      <Figure label="Deals" {...count(figures.deals)} detail={`${committed.deals.toLocaleString('en-US')} committed`} />
      <Figure label="Organizations" {...count(figures.organizations)} detail="parties, residents and others" />
      <MeasuredFigure label="IT Park residents with Chinese capital" count={figures.chineseCapitalResidents} noun="residents" />
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
          cited={latest}
        />
      )}
    </ul>
  );
}

import type { Money } from '../values/money.schema';
import { isGcdfLayout } from './gcdfLayout';
import { dateValue, moneyValue } from './kindPlanner';
import { addProblem, type PlanContext, type RowFields } from './planContext';

/** What AidData's nominal-USD column is: the dataset's own conversion at the commitment date. */
export const gcdfUsdRateSource = 'AidData GCDF 3.0 (nominal USD)';

/**
 * The row's amount with the value in US dollars its USD column gives (GCDF's "Amount (Nominal
 * USD)", "Value (USD)"): the original amount and currency stay as stated, and the dollars go beside
 * them with the rate they imply, dated by the row's date when it is a day. A row with dollars but
 * no original amount states its amount in dollars. Without a USD column this is the amount alone.
 */
export function amountWithUsdValue(fields: RowFields, context: PlanContext): Money | null {
  const amount = moneyValue(fields, 'amount');
  const dollars = moneyValue(fields, 'valueUsd');
  if (!dollars) return amount;
  if (dollars.currency !== 'USD') {
    addProblem(fields, context, {
      field: 'valueUsd',
      code: 'conflicting-values',
      message: `The amount in US dollars is in ${dollars.currency}.`,
      expected: 'a number of US dollars, such as 1,250,000 or USD 1.25 million',
    });
    return amount;
  }
  if (!amount) return dollars;
  if (amount.currency === 'USD' || amount.amount === 0) return amount;
  const date = dateValue(fields, 'date');
  return {
    ...amount,
    usd: {
      amount: dollars.amount,
      rate: dollars.amount / amount.amount,
      rateDate: date?.unit === 'day' ? date.start : null,
      rateSource: usdRateSourceOf(context),
    },
  };
}

function usdRateSourceOf(context: PlanContext): string {
  const { headers, fileName } = context.input;
  if (isGcdfLayout(headers)) return gcdfUsdRateSource;
  const column = context.columnOf.get('valueUsd');
  return `${fileName}, column “${column === undefined ? 'USD' : (headers[column] ?? '')}”`;
}

import type { Money } from './money.schema';
import { formatCompactNumber, formatNumberInWords } from './numberFormat';
import { withQualifierSymbol, withQualifierWords } from './qualifier';

function compactFigure(currency: string, amount: number): string {
  return currency === 'USD' ? `$${formatCompactNumber(amount)}` : `${currency} ${formatCompactNumber(amount)}`;
}

/**
 * Short form for table cells: "≈ $700M", "> $500M", "$455,400", "UZS 5B". Amounts in another currency
 * keep the source's figure and add the US dollar value when there is one: "CNY 100M ($13.9M)".
 */
export function formatMoney(money: Money): string {
  const stated = withQualifierSymbol(money.qualifier, compactFigure(money.currency, money.amount));
  if (money.currency === 'USD' || !money.usd) return stated;
  return `${stated} (${withQualifierSymbol(money.qualifier, compactFigure('USD', money.usd.amount))})`;
}

/** Form for reports and prose: "approximately USD 700 million", "USD 455,400", "CNY 100 million (USD 13.9 million)". */
export function formatMoneyInWords(money: Money): string {
  const stated = withQualifierWords(money.qualifier, `${money.currency} ${formatNumberInWords(money.amount, 2)}`);
  if (money.currency === 'USD' || !money.usd) return stated;
  return `${stated} (USD ${formatNumberInWords(money.usd.amount, 2)})`;
}

import type { FieldValues } from 'react-hook-form';
import { formatMoneyInWords, parseMoney } from '@shared/values/money';
import { InterpretedTextField } from './InterpretedTextField';
import type { FieldProps } from './useFieldState';

function interpretMoney(text: string): string | null {
  const money = parseMoney(text);
  return money.ok ? formatMoneyInWords(money.value) : null;
}

/** An amount as the source states it: "approx. USD 700 million", "> $500M", "700 млн долларов", "7亿美元". */
export function MoneyField<T extends FieldValues>(props: FieldProps<T, string>) {
  return (
    <InterpretedTextField
      hint="Leave empty when the source states no amount."
      {...props}
      interpret={interpretMoney}
      placeholder="approx. USD 700 million"
    />
  );
}

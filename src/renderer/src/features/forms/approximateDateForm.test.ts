import { describe, expect, it } from 'vitest';
import type { RecordInput } from '@shared/model/tables';
import { dealFromFormValues, dealToFormValues, emptyRecordInputs, eventFromFormValues, eventToFormValues } from './formValues';

const estimated = { unit: 'month', start: '2021-03-01', end: '2021-03-31', approximate: true } as const;
const deal: RecordInput<'deals'> = { ...emptyRecordInputs.deals, title: 'Tunnel loan', date: estimated };

describe('an approximate date in the forms', () => {
  it('shows as "c. Mar 2021" and comes back as the same approximate date when left as it is', () => {
    const values = dealToFormValues(deal);
    expect(values.date).toBe('c. Mar 2021');
    expect(dealFromFormValues(values, deal)).toEqual({ ok: true, value: deal });
  });

  it('is typed in any of the languages the parser reads, and made exact by typing the date without the mark', () => {
    const typed = (date: string) => {
      const result = dealFromFormValues({ ...dealToFormValues(deal), date }, deal);
      return result.ok ? result.value.date : result;
    };
    expect(typed('около марта 2021')).toEqual(estimated);
    expect(typed('circa March 2021')).toEqual(estimated);
    expect(typed('March 2021')).toEqual({ unit: 'month', start: '2021-03-01', end: '2021-03-31' });
  });

  it('works the same in the other forms with a date, an event’s for one', () => {
    const event = { ...emptyRecordInputs.events, name: 'Tashkent ICT Week', date: estimated };
    const values = eventToFormValues(event);
    expect(values.date).toBe('c. Mar 2021');
    expect(eventFromFormValues(values, event)).toEqual({ ok: true, value: event });
  });
});

import fc from 'fast-check';
import { SIGNAL_STATUSES, stageStatusOf } from './lifecycle';

const statuses = (...list: (typeof SIGNAL_STATUSES)[number][]) =>
  list.map(status => ({ status }));

describe('stageStatusOf', () => {
  it.each([
    [statuses('in_place', 'in_place'), 'in_place'],
    [statuses('in_place', 'missing'), 'partial'],
    [statuses('partial'), 'partial'],
    [statuses('in_place', 'unknown', 'missing'), 'partial'],
    [statuses('missing', 'missing'), 'missing'],
    [statuses('missing', 'unknown'), 'missing'],
    [statuses('in_place', 'unknown'), 'unknown'],
    [statuses('unknown'), 'unknown'],
    [[], 'unknown'],
  ])('%j is %s', (signals, expected) => {
    expect(stageStatusOf(signals)).toBe(expected);
  });

  it('calls a stage in place only when every signal is, whatever the mix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SIGNAL_STATUSES), { maxLength: 8 }),
        list => {
          const status = stageStatusOf(statuses(...list));
          const allInPlace =
            list.length > 0 && list.every(s => s === 'in_place');
          expect(status === 'in_place').toBe(allInPlace);
          // Nothing there in any part is never shown as progress
          const nothingThere =
            !list.includes('in_place') && !list.includes('partial');
          expect(nothingThere && ['in_place', 'partial'].includes(status)).toBe(
            false,
          );
        },
      ),
    );
  });
});

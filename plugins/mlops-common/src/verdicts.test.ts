import fc from 'fast-check';
import { SEVERITIES } from './Compliance';
import { VERDICTS, verdictOf } from './verdicts';

const counts = fc.record({
  critical: fc.nat(5),
  high: fc.nat(5),
  medium: fc.nat(5),
  low: fc.nat(5),
});

describe('verdictOf', () => {
  it('names the worst thing wrong', () => {
    const none = { critical: 0, high: 0, medium: 0, low: 0 };
    expect(verdictOf()).toBe('not_evaluated');
    expect(verdictOf({ failed: none, missingEvidence: 0 })).toBe('passing');
    expect(
      verdictOf({ failed: { ...none, medium: 3, low: 1 }, missingEvidence: 0 }),
    ).toBe('passing');
    expect(verdictOf({ failed: none, missingEvidence: 1 })).toBe(
      'evidence_missing',
    );
    expect(
      verdictOf({ failed: { ...none, high: 1 }, missingEvidence: 2 }),
    ).toBe('at_risk');
    expect(
      verdictOf({
        failed: { ...none, critical: 1, high: 4 },
        missingEvidence: 0,
      }),
    ).toBe('blocked');
  });

  it('never ranks a service with more failures above one with fewer', () => {
    fc.assert(
      fc.property(counts, counts, fc.nat(3), (a, extra, missing) => {
        const worse = Object.fromEntries(
          SEVERITIES.map(s => [s, a[s] + extra[s]]),
        ) as typeof a;
        const rank = (failed: typeof a, m: number) =>
          VERDICTS.indexOf(verdictOf({ failed, missingEvidence: m }));
        expect(rank(worse, missing)).toBeLessThanOrEqual(rank(a, 0));
      }),
    );
  });
});

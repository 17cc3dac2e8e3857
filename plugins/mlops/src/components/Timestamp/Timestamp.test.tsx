import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { formatTimestamp, relativeTime, Timestamp } from './Timestamp';

describe('Timestamp', () => {
  it('says how long ago, with the absolute time and its zone on hover', async () => {
    const iso = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await renderInTestApp(<Timestamp iso={iso} />);
    const time = screen.getByText('3 hours ago');
    expect(time).toHaveAttribute('datetime', iso);
    fireEvent.mouseOver(time);
    expect(await screen.findByText(formatTimestamp(iso))).toBeInTheDocument();
    // The zone is named, so a time read across offices means one moment
    expect(formatTimestamp(iso)).toMatch(/UTC|GMT|[A-Z]{2,5}$/);
  });

  it('counts in the largest whole unit, past or future', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(relativeTime('2026-11-24T12:00:00Z', now)).toBe('2 days ago');
    expect(relativeTime('2026-11-26T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-11-26T12:05:00Z', now)).toBe('in 5 minutes');
  });
});

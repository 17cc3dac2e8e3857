import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readMlopsConfig } from '../readMlopsConfig';
import { imageScanCheck } from './imageScanClean';
import { secureContext, secureEvidence } from './__testUtils__/secureService';

/** The check as `mlops.checks.imageScan` configures it, on the secure service's image. */
function withConfig(imageScan: object, scan: object) {
  const { imageScan: policy } = readMlopsConfig(
    new ConfigReader({ mlops: { checks: { imageScan } } }),
    mockServices.logger.mock(),
  );
  const evidence = secureEvidence();
  Object.assign(evidence.images![0].scan!, scan);
  return imageScanCheck(policy).evaluate(evidence, secureContext()).status;
}

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString();

describe('image-scan-clean, as the config sets it', () => {
  it('fails on high findings when failOn is high, and passes them by default', () => {
    const scan = { severityCounts: { HIGH: 1 }, completedAt: daysAgo(1) };
    expect(withConfig({}, scan)).toBe('pass');
    expect(withConfig({ failOn: 'high' }, scan)).toBe('fail');
  });

  it('fails on a scan older than maxAge', () => {
    const scan = { severityCounts: {}, completedAt: daysAgo(8) };
    expect(withConfig({}, scan)).toBe('pass');
    expect(withConfig({ maxAge: { days: 7 } }, scan)).toBe('fail');
  });

  it('refuses a severity it does not know, naming the key', () => {
    expect(() => withConfig({ failOn: 'severe' }, {})).toThrow(
      'mlops.checks.imageScan.failOn must be one of critical, high, medium, low',
    );
  });
});

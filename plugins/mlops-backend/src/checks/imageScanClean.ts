import { Severity, SEVERITIES } from '@aidlc/plugin-mlops-common';
import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

/** What the registry's scan may find before the check fails, and how old the scan may be. */
export interface ImageScanPolicy {
  /** The least severe finding that fails the check (default critical) */
  failOn: Severity;
  /** How long a scan still says what the image contains (default 30 days) */
  maxAgeMs: number;
}

const DAY_MS = 86_400_000;
export const DEFAULT_IMAGE_SCAN_POLICY: ImageScanPolicy = {
  failOn: 'critical',
  maxAgeMs: 30 * DAY_MS,
};

/** The check with its policy (`mlops.checks.imageScan` of the config). */
export function imageScanCheck(policy: ImageScanPolicy): ComplianceCheck {
  // ECR names severities in upper case: CRITICAL, HIGH, MEDIUM, LOW
  const failing = SEVERITIES.slice(
    0,
    SEVERITIES.indexOf(policy.failOn) + 1,
  ).map(s => s.toUpperCase());
  const days = Math.round(policy.maxAgeMs / DAY_MS);
  return {
    id: 'image-scan-clean',
    title: `Serving images: the registry's recent scan finds no ${
      policy.failOn === 'critical'
        ? 'critical vulnerability'
        : `vulnerability of ${policy.failOn} severity or above`
    }`,
    principle: 'defense-in-depth',
    severity: 'high',
    description: `Amazon ECR scans images on push (basic) or continuously with Amazon Inspector (enhanced); an image served without a scan of the last ${days} days, or with ${failing
      .join(' or ')
      .toLowerCase()} findings, is a known way in.`,
    remediation:
      'Turn on scan on push or enhanced scanning for the repository (aws_ecr_repository image_scanning_configuration), fix the findings and redeploy the rebuilt image.',
    controls: {
      awsConfigRule: 'ecr-private-image-scanning-enabled',
      securityHub: 'ECR.1',
      checkov: 'CKV_AWS_163',
    },
    evaluate: evidence =>
      evaluateEach(evidence, 'images', {
        name: i => i.uri,
        passes: ({ scan }) =>
          // ACTIVE: enhanced scanning keeps scanning the image as new findings come out
          ['COMPLETE', 'ACTIVE'].includes(scan?.status ?? '') &&
          failing.every(s => (scan?.severityCounts[s] ?? 0) === 0) &&
          Date.now() - Date.parse(scan?.completedAt ?? '') < policy.maxAgeMs,
        failure: `has ${failing
          .join(' or ')
          .toLowerCase()} findings, or no complete registry scan of the last ${days} days`,
      }),
  };
}

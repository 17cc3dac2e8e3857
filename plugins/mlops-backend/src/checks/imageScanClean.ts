import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

/** A registry scan older than this no longer says what the image contains today. */
export const MAX_SCAN_AGE_DAYS = 30;

export const imageScanClean: ComplianceCheck = {
  id: 'image-scan-clean',
  title:
    "Serving images: the registry's recent scan finds no critical vulnerability",
  principle: 'defense-in-depth',
  severity: 'high',
  description: `Amazon ECR scans images on push (basic) or continuously with Amazon Inspector (enhanced); an image served without a scan of the last ${MAX_SCAN_AGE_DAYS} days, or with critical findings, is a known way in.`,
  remediation:
    'Turn on scan on push or enhanced scanning for the repository (aws_ecr_repository image_scanning_configuration), fix the critical findings and redeploy the rebuilt image.',
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
        (scan?.severityCounts.CRITICAL ?? 0) === 0 &&
        Date.now() - Date.parse(scan?.completedAt ?? '') <
          MAX_SCAN_AGE_DAYS * 86_400_000,
      failure: `has critical findings, or no complete registry scan of the last ${MAX_SCAN_AGE_DAYS} days`,
    }),
};

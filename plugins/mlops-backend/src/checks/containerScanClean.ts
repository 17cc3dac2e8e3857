import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const containerScanClean: ComplianceCheck = {
  id: 'container-scan-clean',
  title: 'Serving image has no critical vulnerabilities',
  principle: 'everything-as-code',
  severity: 'high',
  description:
    'The pipeline scans the inference image before deploying it and posts the result to the portal.',
  remediation:
    'Update the vulnerable packages of the image, rebuild and rescan it in CI.',
  controls: {},
  evaluate: evidence => {
    const scan = evidence.submitted?.containerScan;
    if (!scan) {
      return {
        status: 'missing_evidence',
        message: 'No container scan was submitted by the pipeline',
      };
    }
    return scan.critical === 0
      ? { status: 'pass', resource: scan.image, evidence: scan }
      : {
          status: 'fail',
          resource: scan.image,
          message: `${scan.image} has ${scan.critical} critical and ${scan.high} high vulnerabilities`,
          evidence: scan,
        };
  },
};

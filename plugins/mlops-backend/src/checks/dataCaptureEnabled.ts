import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const dataCaptureEnabled: ComplianceCheck = {
  id: 'data-capture-enabled',
  title: 'Endpoints capture inference data',
  principle: 'defense-in-depth',
  severity: 'medium',
  description:
    'Captured requests and predictions are what drift detection compares with the training baseline.',
  remediation:
    'Enable DataCaptureConfig on the endpoint configuration, with a KMS key and a sampling percentage.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      only: e => !e.variants.every(v => v.serverless),
      passes: e => Boolean(e.dataCapture?.enabled),
      failure: 'does not capture inference data',
    }),
};

import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const dataCaptureKms: ComplianceCheck = {
  id: 'data-capture-kms',
  title: 'Captured inference data encrypted with a KMS key',
  principle: 'encryption',
  severity: 'high',
  description:
    'Data capture writes real requests and predictions to S3; they are as sensitive as the training data.',
  remediation: 'Set DataCaptureConfig.KmsKeyId on the endpoint configuration.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'endpoints', {
      name: e => e.name,
      only: e => Boolean(e.dataCapture?.enabled),
      passes: e => Boolean(e.dataCapture?.kmsKeyId),
      failure: 'captures data without a KMS key',
    }),
};

import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const trainingOutputKms: ComplianceCheck = {
  id: 'training-output-kms',
  title: 'Training output and volumes encrypted with KMS keys',
  principle: 'encryption',
  severity: 'high',
  description:
    'Model artifacts and the training instance volumes hold what the model learned from the data.',
  remediation:
    'Set OutputDataConfig.KmsKeyId and ResourceConfig.VolumeKmsKeyId on the training step.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'trainingJobs', {
      name: j => j.name,
      passes: j => Boolean(j.outputKmsKeyId && j.volumeKmsKeyId),
      failure: 'writes output or volumes without a KMS key',
    }),
};

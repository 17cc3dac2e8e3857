import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const monitoringJobEncryption: ComplianceCheck = {
  id: 'monitoring-job-encryption',
  title: 'Monitoring jobs encrypt their traffic, output and volumes',
  principle: 'encryption',
  severity: 'medium',
  description:
    'Monitoring jobs process captured inference data and write reports next to it.',
  remediation:
    'Set NetworkConfig.EnableInterContainerTrafficEncryption, the output KMS key and the volume KMS key on the job definition.',
  controls: { securityHub: 'SageMaker.9' },
  evaluate: evidence =>
    evaluateEach(evidence, 'monitoringJobs', {
      name: j => j.name,
      passes: j =>
        j.interContainerEncryption &&
        Boolean(j.outputKmsKeyId && j.volumeKmsKeyId),
      failure: 'lacks inter-container encryption or KMS keys',
    }),
};

import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const trainingInterContainerEncryption: ComplianceCheck = {
  id: 'training-inter-container-encryption',
  title: 'Distributed training encrypts traffic between containers',
  principle: 'encryption',
  severity: 'medium',
  description:
    'Traffic between training instances carries gradients and data batches.',
  remediation:
    'Set EnableInterContainerTrafficEncryption = true on the training step.',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'trainingJobs', {
      name: j => j.name,
      passes: j => j.interContainerEncryption,
      failure: 'does not encrypt inter-container traffic',
    }),
};

import { ComplianceCheck } from '@aidlc/plugin-mlops-node';

export const separateTrainingInferenceRoles: ComplianceCheck = {
  id: 'separate-training-inference-roles',
  title: 'Training and inference use separate roles',
  principle: 'least-privilege',
  severity: 'medium',
  description:
    'Training needs to read raw data; inference must not. One role for both gives every endpoint access to the training data.',
  remediation:
    'Give the training job and the model each their own execution role.',
  controls: {},
  evaluate: evidence => {
    const gap = evidence.gaps?.roles;
    if (gap) return { status: 'error', message: gap };
    const roles = evidence.roles ?? [];
    const training = roles.filter(r => r.usedBy.includes('training'));
    if (
      training.length === 0 ||
      !roles.some(r => r.usedBy.includes('inference'))
    ) {
      return {
        status: 'not_applicable',
        message: 'Needs both a training and an inference role',
      };
    }
    const shared = training.filter(r => r.usedBy.includes('inference'));
    return shared.length > 0
      ? {
          status: 'fail',
          resource: shared.map(r => r.arn).join(', '),
          message: `${shared
            .map(r => r.arn)
            .join(', ')} is used for training and inference`,
          evidence: shared,
        }
      : {
          status: 'pass',
          evidence: roles.map(r => ({ arn: r.arn, usedBy: r.usedBy })),
        };
  },
};

import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';
import { deniesReadsToOthers } from './policyStatements';

export const modelArtifactsReadRestricted: ComplianceCheck = {
  id: 'model-artifacts-read-restricted',
  title: 'Model artifacts can be downloaded only by the roles that need them',
  principle: 'least-privilege',
  severity: 'high',
  description:
    'A model artifact is the trained model itself: a bucket policy that denies s3:GetObject to every principal but the inference and pipeline roles keeps it from being copied with any other credentials of the account.',
  remediation:
    'Add a bucket policy statement that denies s3:GetObject unless aws:PrincipalArn is one of the roles that load the model (Deny with ArnNotEquals on aws:PrincipalArn).',
  controls: {},
  evaluate: evidence =>
    evaluateEach(evidence, 'buckets', {
      only: b => b.purpose === 'model-artifacts',
      name: b => b.name,
      passes: b => deniesReadsToOthers(b.policy),
      failure:
        'lets any principal of the account with s3:GetObject download the models (no Deny naming the readers)',
    }),
};

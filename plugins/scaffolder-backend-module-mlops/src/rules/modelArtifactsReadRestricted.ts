import {
  exemptsNamedPrincipals,
  includesObjectReads,
} from '@aidlc/plugin-mlops-node';
import { everyBlock, TerraformRule } from '../TerraformRule';
import { bucketStatements, denies } from './policyDocuments';

export const modelArtifactsReadRestricted: TerraformRule = {
  id: 'model-artifacts-read-restricted',
  severity: 'high',
  title: 'Bucket policies let only the named roles read objects',
  check: model =>
    everyBlock(
      model.resources('aws_s3_bucket'),
      bucket =>
        bucketStatements(model, bucket).some(
          s =>
            denies(s) &&
            includesObjectReads(s.actions ?? []) &&
            // The template names roles: aws:PrincipalArn is the one key the gate takes
            (s.condition ?? []).some(c =>
              exemptsNamedPrincipals(c.test, c.variable, ['aws:principalarn']),
            ),
        ),
      'has no bucket policy that denies s3:GetObject unless aws:PrincipalArn is a named role',
    ),
};

import { everyBlock, TerraformRule } from '../TerraformRule';
import { bucketStatements, denies } from './policyDocuments';

const READS = ['s3:getobject', 's3:get*', 's3:*', '*'];
const NEGATED =
  /^(ArnNotEquals|ArnNotLike|StringNotEquals|StringNotLike)(IfExists)?$/;

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
            (s.actions ?? []).some(a => READS.includes(a.toLowerCase())) &&
            (s.condition ?? []).some(
              c =>
                NEGATED.test(c.test) &&
                c.variable.toLowerCase() === 'aws:principalarn',
            ),
        ),
      'has no bucket policy that denies s3:GetObject unless aws:PrincipalArn is a named role',
    ),
};

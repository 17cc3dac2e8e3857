import { refersTo, TerraformBlock, TerraformModel } from '../TerraformModel';

/** A statement of a `data "aws_iam_policy_document"` block. */
export interface Statement {
  effect?: string;
  actions?: string[];
  resources?: string[];
  condition?: { test: string; variable: string; values: string[] }[];
}

export function statements(document: TerraformBlock): Statement[] {
  return (document.body.statement ?? []) as Statement[];
}

/** The policy documents a resource's `policy` attribute uses. */
export function documentsOf(
  model: TerraformModel,
  resource: TerraformBlock,
): TerraformBlock[] {
  return model
    .data('aws_iam_policy_document')
    .filter(d => refersTo(resource.body.policy, d));
}

/** The documents a policy document merges in through `source_policy_documents`. */
export function sourceDocuments(
  model: TerraformModel,
  document: TerraformBlock,
): TerraformBlock[] {
  const sources = JSON.stringify(document.body.source_policy_documents ?? []);
  return model
    .data('aws_iam_policy_document')
    .filter(d => refersTo(sources, d));
}

/** The bucket policies of a bucket, as statements. */
export function bucketStatements(
  model: TerraformModel,
  bucket: TerraformBlock,
): Statement[] {
  return model
    .referencing('aws_s3_bucket_policy', 'bucket', bucket)
    .flatMap(p => documentsOf(model, p))
    .flatMap(statements);
}

export const denies = (s: Statement) => s.effect?.toLowerCase() === 'deny';
export const hasCondition = (s: Statement, variable: string, value?: string) =>
  (s.condition ?? []).some(
    c =>
      c.variable === variable &&
      (value === undefined || c.values?.includes(value)),
  );

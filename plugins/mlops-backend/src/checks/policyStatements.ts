import {
  exemptsNamedPrincipals,
  includesObjectReads,
  PolicyDocument,
  PolicyStatement,
} from '@aidlc/plugin-mlops-node';

/** IAM allows a single string or a list wherever it takes several values. */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function denies(
  document: PolicyDocument | undefined,
  matches: (s: PolicyStatement) => boolean,
) {
  return (document?.Statement ?? []).some(
    s => s.Effect === 'Deny' && matches(s),
  );
}

function conditionValue(
  statement: PolicyStatement,
  operator: string,
  key: string,
) {
  const block = statement.Condition?.[operator] ?? {};
  const found = Object.entries(block).find(
    ([k]) => k.toLowerCase() === key.toLowerCase(),
  );
  return asList(found?.[1]).map(v => v.toLowerCase());
}

/** A Deny of every request made without TLS (`aws:SecureTransport` false). */
export function deniesInsecureTransport(document?: PolicyDocument): boolean {
  return denies(document, s =>
    conditionValue(s, 'Bool', 'aws:SecureTransport').includes('false'),
  );
}

/** A Deny of `s3:PutObject` without SSE-KMS, in either of the two usual forms. */
export function deniesUnencryptedUploads(document?: PolicyDocument): boolean {
  return denies(
    document,
    s =>
      asList(s.Action).some(a => a === 's3:PutObject' || a === 's3:*') &&
      (conditionValue(
        s,
        'StringNotEquals',
        's3:x-amz-server-side-encryption',
      ).some(v => v.startsWith('aws:kms')) ||
        conditionValue(s, 'Null', 's3:x-amz-server-side-encryption').includes(
          'true',
        )),
  );
}

/** A Deny of `s3:GetObject` to every principal but those its condition names. */
export function deniesReadsToOthers(document?: PolicyDocument): boolean {
  return denies(
    document,
    s =>
      includesObjectReads(asList(s.Action)) &&
      Object.entries(s.Condition ?? {}).some(([operator, keys]) =>
        Object.keys(keys).some(key => exemptsNamedPrincipals(operator, key)),
      ),
  );
}

/** Allow statements that grant every action of a service (or all) or act on every resource. */
export function wildcardGrants(document: PolicyDocument): PolicyStatement[] {
  return document.Statement.filter(
    s =>
      s.Effect === 'Allow' &&
      (s.NotAction !== undefined ||
        asList(s.Action).some(a => a === '*' || a.endsWith(':*')) ||
        asList(s.Resource).includes('*')),
  );
}

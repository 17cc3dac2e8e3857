import { InputError } from '@backstage/errors';

/** Splits `s3://bucket/key` into its bucket and key. */
export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(
    uri,
  );
  if (!match)
    throw new InputError(`"${uri}" is not an S3 URI (s3://bucket/key)`);
  return { bucket: match[1], key: match[2] ?? '' };
}

import { MlopsTarget } from '@aidlc/plugin-mlops-node';
import { InputError } from '@backstage/errors';
import { AwsSourceConfig } from './AwsSourceConfig';

/** The account and region an entity's SageMaker resources live in. */
export interface Location {
  accountId: string;
  region: string;
}

/**
 * Where a target's resources live: ARNs say it themselves; names live in the entity's
 * `aidlc.io/aws-account` / `aidlc.io/aws-region`, else the configured defaults.
 * @throws InputError when the place is not configured, or the resources span several places.
 */
export function locateTarget(
  target: MlopsTarget,
  config: AwsSourceConfig,
): Location {
  const resources = [...target.modelPackageGroups, ...target.endpoints];
  const places = new Set(
    resources.map(r => {
      const accountId = r.account ?? target.account ?? config.defaultAccountId;
      const account = config.accounts.find(a => a.accountId === accountId);
      const region =
        r.region ??
        target.region ??
        config.defaultRegion ??
        account?.regions[0];
      if (!account) {
        throw new InputError(
          `AWS account ${accountId} of ${
            r.arn ?? r.name
          } is not one of mlops.aws.accounts`,
        );
      }
      if (!region || !account.regions.includes(region)) {
        throw new InputError(
          `Region ${region} of ${
            r.arn ?? r.name
          } is not configured for account ${accountId}`,
        );
      }
      return `${accountId}/${region}`;
    }),
  );
  if (places.size !== 1) {
    throw new InputError(
      places.size === 0
        ? 'The entity names no model package group and no endpoint'
        : `The SageMaker resources of one entity must live in one account and region, not in ${[
            ...places,
          ].join(', ')}`,
    );
  }
  const [accountId, region] = [...places][0].split('/');
  return { accountId, region };
}

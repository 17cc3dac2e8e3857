import { HumanDuration } from '@backstage/types';

export interface Config {
  mlops?: {
    /** The AWS source (this module). Without it the module stays idle. */
    aws?: {
      /** Accounts and regions the source reads. Credentials come from the default chain, or from `roleArn`. */
      accounts: Array<{
        /** 12-digit AWS account id */
        accountId: string;
        /** Regions of this account with ML resources; the first is the default for names */
        regions: string[];
        /** Role to assume for this account (read-only; see iam-policy.json) */
        roleArn?: string;
        /** External id the role's trust policy asks for */
        externalId?: string;
        /**
         * Role assumed to approve or reject model versions from the portal: only
         * `sagemaker:UpdateModelPackage` (see iam-approval-policy.json). Without it the account's
         * registry is read only.
         */
        approvalRoleArn?: string;
      }>;
      /** Where names (not ARNs) live when the entity has no aidlc.io/aws-account (default: the first account) */
      defaultAccountId?: string;
      /** Where names live when the entity has no aidlc.io/aws-region (default: the account's first region) */
      defaultRegion?: string;
      /** Endpoint override for every client, STS included (LocalStack, a fake for tests) */
      endpoint?: string;
      /**
       * Timeouts of every AWS call: opening the connection (default 5 s) and the whole request
       * (default 30 s; the SDK then retries it up to maxAttempts). A call that times out marks only
       * the entities that needed it stale; the next refresh tries again.
       */
      timeouts?: {
        connection?: HumanDuration | string;
        request?: HumanDuration | string;
      };
      /** AWS calls in flight at once per account and region (default 8) */
      concurrency?: number;
      /** Attempts per call with the SDK's adaptive retry (default 5) */
      maxAttempts?: number;
      /** Newest versions per model package group that are described (default 20) */
      maxVersionsPerGroup?: number;
      /** How long bucket, key, role and account evidence is reused before it is read again (default 1 hour) */
      evidenceCacheTtl?: HumanDuration | string;
      /** @deprecated use evidenceCacheTtl */
      evidenceCacheMinutes?: number;
      /** CloudWatch namespace the template's drift job publishes in (default AIDLC/ModelDrift) */
      driftNamespace?: string;
      /** Drift metric value above which an endpoint drifts, when the metric carries no threshold (default 0.2) */
      driftThreshold?: number;
    };
  };
}

import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  mlops?: {
    /** When the refresh runs (default every 30 minutes, 10 minute timeout, which bounds a manual refresh too). */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** The demo source: a YAML file of demo data (examples/mlops-demo.yaml). */
    demo?: {
      file?: string;
      /**
       * Whether the demo source serves `file` (default true). The production config sets it false, so
       * a production portal without a real source does not start; `APP_CONFIG_mlops_demo_enabled=true`
       * there asks for the demo on purpose.
       */
      enabled?: boolean;
    };
    drift?: {
      /** How far back drift series go; sources read this window (default 14 days). */
      lookback?: HumanDuration | string;
      /** @deprecated use lookback */
      lookbackDays?: number;
      /** @deprecated use mlops.aws.driftNamespace */
      namespace?: string;
    };
    refresh?: {
      /** Entities evaluated and stored at once (default 8). */
      concurrency?: number;
      /**
       * Entities read from the sources together (default 250). A batch's calls are all in flight or
       * queued at once, so this bounds the refresh's memory; each batch repeats the few calls a
       * location costs whatever its size (list pages, account services).
       */
      batchSize?: number;
      /** One manual refresh per entity per interval, whichever replica is asked (default 60 s; 0: no limit). */
      manualInterval?: HumanDuration | string;
    };
    cache?: {
      /** How long fleet, owner and model catalog answers are cached; any change replaces them at once (default 30 s). */
      fleetTtl?: HumanDuration | string;
      /** @deprecated use fleetTtl */
      fleetSeconds?: number;
      /** How long a caller's permission decision is reused (default 5 s; 0: ask every time). */
      decisionTtl?: HumanDuration | string;
    };
    history?: {
      /** How long the score history of each entity is kept, for trends (default 90 days). */
      retention?: HumanDuration | string;
      /** @deprecated use retention */
      retentionDays?: number;
    };
    evidence?: {
      /** How long pipeline reports are kept; the newest of each kind always stays (default 365 days). */
      retention?: HumanDuration | string;
      githubActions?: {
        /**
         * The `subjectPrefix` of the `backend.auth.externalAccess` entry of type `jwks` that accepts
         * GitHub Actions OIDC tokens (default `github-actions`). Such a token may post evidence for
         * the entity whose `github.com/project-slug` names its repository.
         */
        subjectPrefix?: string;
      };
      /** Static token subjects and the entity refs each may post evidence for. */
      subjects?: Array<{
        subject: string;
        entities: string[];
      }>;
    };
    /** Backstage notifications to owners and approvers when an entity's state changes. */
    notifications?: {
      /** Default true; needs the notifications backend in the portal. */
      enabled?: boolean;
      /** Score points a drop must reach to be told (default 10). */
      scoreDrop?: number;
    };
    checks?: {
      /** What the registry's scan of a serving image may find (check image-scan-clean). */
      imageScan?: {
        /** The least severe finding that fails the check (default critical). */
        failOn?: 'critical' | 'high' | 'medium' | 'low';
        /** How old a scan may be (default 30 days). */
        maxAge?: HumanDuration | string;
      };
    };
    approval?: {
      /** Refuse to approve a model version while its service fails a critical check (default false). */
      blockOnCritical?: boolean;
    };
    database?: {
      /** How long a database call may take before the request answers 503 (default 5 s). */
      timeout?: HumanDuration | string;
    };
    /**
     * Compliance profiles by name. `standard` and `restricted-data` are built in; an entry with
     * their name changes them, another name makes a new profile (all checks).
     */
    profiles?: {
      [name: string]: {
        /** Check ids the profile leaves out. */
        exclude?: string[];
        /** Severity per check id. */
        severities?: {
          [checkId: string]: 'critical' | 'high' | 'medium' | 'low';
        };
      };
    };
  };
}

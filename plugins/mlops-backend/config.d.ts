import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  mlops?: {
    /** When the refresh runs (default every 30 minutes, 10 minute timeout). */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** The demo source: a YAML file of demo data (examples/mlops-demo.yaml). */
    demo?: {
      file: string;
    };
    drift?: {
      /** Days of drift metrics shown (default 14). */
      lookbackDays?: number;
      /** CloudWatch namespace of the template's drift job (read by module-aws). */
      namespace?: string;
    };
    refresh?: {
      /** Entities evaluated and stored at once (default 8). */
      concurrency?: number;
    };
    cache?: {
      /** Seconds the fleet, owner and model catalog answers are cached (default 30). */
      fleetSeconds?: number;
    };
    history?: {
      /** Days of score history kept for trends (default 90). */
      retentionDays?: number;
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

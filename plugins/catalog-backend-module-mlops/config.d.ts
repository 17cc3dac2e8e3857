import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      mlops?: {
        /** How often model groups are published to the catalog and the search index (default every 10 minutes). */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * The `spec.type` of model entities: `ai-model` (the default, as Red Hat Developer Hub's model
         * catalog and other registries' bridges publish models) or `ml-model` (this module's type
         * before, for portals whose filters, templates or policies name it).
         */
        modelType?: 'ai-model' | 'ml-model';
      };
    };
  };
}

export interface Config {
  mlops?: {
    templates?: {
      /**
       * A folder on the portal's disk where `mlops:publish:local` writes projects created from the
       * templates, registering them in the catalog: for local try-outs without a Git host. Unset (the
       * production default), the action refuses and projects are published to GitHub.
       */
      localPublishDirectory?: string;
      /** False turns local publishing off whatever the folder (the production config does). */
      localPublishEnabled?: boolean;
    };
  };
}

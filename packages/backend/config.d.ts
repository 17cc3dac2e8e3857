export interface Config {
  aidlc?: {
    permission?: {
      /** Groups (entity refs) whose members may do everything in the portal. */
      adminGroups?: string[];
      mlops?: {
        /**
         * Let every signed-in user read the ML findings, drift and models of every service. Off by
         * default: a team reads those of the services it owns (admins read all).
         */
        readAll?: boolean;
      };
    };
  };
}

export interface Config {
  app?: {
    signIn?: {
      /**
       * The sign-in page's choices, in order (default: guest). Each needs the backend provider of
       * the same name under auth.providers.
       * @visibility frontend
       */
      providers?: Array<'guest' | 'github' | 'oidc'>;
    };
  };
}

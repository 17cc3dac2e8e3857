import { SignInPage } from '@backstage/core-components';
import {
  configApiRef,
  createFrontendModule,
  useApi,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { oidcAuthApi } from './oidcAuthApi';
import { signInProviders } from './signInProviders';

const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props => {
      const names = useApi(configApiRef).getOptionalStringArray(
        'app.signIn.providers',
      );
      return <SignInPage {...props} providers={signInProviders(names)} />;
    },
  },
});

/** The sign-in page offers what `app.signIn.providers` lists: guest locally, GitHub or OIDC in production. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, oidcAuthApi],
});

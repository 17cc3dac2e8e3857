import { SignInProviderConfig } from '@backstage/core-components';
import { githubAuthApiRef } from '@backstage/frontend-plugin-api';
import { oidcAuthApiRef } from './oidcAuthApi';

type SignInChoice = 'guest' | SignInProviderConfig;

const CHOICES: Record<string, SignInChoice> = {
  guest: 'guest',
  github: {
    id: 'github-auth-provider',
    title: 'GitHub',
    message: 'Sign in with your GitHub account',
    apiRef: githubAuthApiRef,
  },
  oidc: {
    id: 'oidc-auth-provider',
    title: 'Single sign-on',
    message: "Sign in with your organization's identity provider",
    apiRef: oidcAuthApiRef,
  },
};

/** The sign-in page's choices for `app.signIn.providers` (unknown names are left out); guest by default. */
export function signInProviders(names: string[] | undefined): SignInChoice[] {
  const choices = (names ?? ['guest']).flatMap(name =>
    CHOICES[name] ? [CHOICES[name]] : [],
  );
  return choices.length > 0 ? choices : ['guest'];
}

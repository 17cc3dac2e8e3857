import { signInProviders } from './signInProviders';

describe('signInProviders', () => {
  it('offers guest sign-in when nothing is configured (the local default)', () => {
    expect(signInProviders(undefined)).toEqual(['guest']);
  });

  it("offers the configured identity providers in the config's order", () => {
    expect(
      signInProviders(['oidc', 'github']).map(choice =>
        typeof choice === 'string' ? choice : choice.id,
      ),
    ).toEqual(['oidc-auth-provider', 'github-auth-provider']);
  });

  it('leaves out names it does not know, and never offers nothing', () => {
    expect(signInProviders(['saml'])).toEqual(['guest']);
    expect(
      signInProviders(['saml', 'github']).map(choice =>
        typeof choice === 'string' ? choice : choice.title,
      ),
    ).toEqual(['GitHub']);
  });
});

/**
 * Gives the default credential chain keys from the environment for the tests of this file (no
 * profile, no instance metadata), so calls on the wire are signed as with a real account.
 */
export function withEnvCredentials() {
  const env = process.env;
  beforeAll(() => {
    process.env = {
      ...env,
      AWS_ACCESS_KEY_ID: 'AKIAMAINACCOUNT',
      AWS_SECRET_ACCESS_KEY: 'main-secret',
    };
  });
  afterAll(() => {
    process.env = env;
  });
}

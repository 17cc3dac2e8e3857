import fc from 'fast-check';
import { secretLike } from './secretLike';

describe('secretLike', () => {
  it.each([
    ['HF_TOKEN', 'hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ'],
    ['DB_PASSWORD', 'correct horse battery staple'],
    ['STRIPE_API_KEY', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['ANYTHING', 'AKIAIOSFODNN7EXAMPLE'],
    ['TLS_KEY', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...'],
  ])('flags %s', (name, value) => {
    expect(secretLike(name, value)).toBeDefined();
  });

  it.each([
    ['MAX_NEW_TOKENS', '512'],
    ['SAGEMAKER_PROGRAM', 'inference.py'],
    [
      'MODEL_SECRET_ARN',
      'arn:aws:secretsmanager:eu-west-1:111122223333:secret:fraud-db-AbCdEf',
    ],
    ['DB_PASSWORD_PARAMETER', '/fraud/prod/db-password'],
    ['TOKEN_LIMIT', '4096'],
    ['KEY_FIELD', 'transaction_id'],
  ])('leaves %s alone', (name, value) => {
    expect(secretLike(name, value)).toBeUndefined();
  });

  it('never flags a reference to Secrets Manager, whatever the name', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.stringMatching(/^[A-Za-z0-9/_+=.@-]{1,40}$/),
        (name, id) =>
          secretLike(
            name,
            `arn:aws:secretsmanager:eu-west-1:111122223333:secret:${id}`,
          ) === undefined,
      ),
    );
  });

  it('flags every non-reference value of a variable named *_PASSWORD that is not a number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{0,10}$/),
        fc.stringMatching(/^[a-zA-Z][!-~]{3,30}$/),
        (prefix, value) => {
          fc.pre(!/^(true|false|arn:.*)$/i.test(value));
          return secretLike(`${prefix}_PASSWORD`, value) !== undefined;
        },
      ),
    );
  });
});

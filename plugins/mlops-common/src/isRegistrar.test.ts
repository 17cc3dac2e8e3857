import { isRegistrar } from './isRegistrar';

describe('isRegistrar', () => {
  it.each`
    registeredBy                                                         | user                           | expected
    ${'user:default/amara.okafor'}                                       | ${'user:default/amara.okafor'} | ${true}
    ${'User:Default/Amara.Okafor'}                                       | ${'user:default/amara.okafor'} | ${true}
    ${'arn:aws:sts::111122223333:assumed-role/ml-engineer/amara.okafor'} | ${'user:default/amara.okafor'} | ${true}
    ${'amara.okafor'}                                                    | ${'user:default/amara.okafor'} | ${true}
    ${'user:default/lukas.brandt'}                                       | ${'user:default/amara.okafor'} | ${false}
    ${'arn:aws:sts::111122223333:assumed-role/amara.okafor/pipeline'}    | ${'user:default/amara.okafor'} | ${false}
    ${undefined}                                                         | ${'user:default/amara.okafor'} | ${false}
  `(
    '$registeredBy registered it, $user decides: $expected',
    ({ registeredBy, user, expected }) => {
      expect(isRegistrar(registeredBy, user)).toBe(expected);
    },
  );
});

import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { DescribeEndpointCommand } from '@aws-sdk/client-sagemaker';
import {
  churn,
  createSource,
  errorOf,
  fraudScoring,
  READ,
  readingOf,
  target,
} from './__testUtils__/createSource';
import { awsError, mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

describe('AwsSource when AWS refuses or fails', () => {
  // A "once" answer applies to the next call counted from the last reset.
  beforeEach(() => {
    aws.sagemaker.resetHistory();
    aws.s3.resetHistory();
  });

  // Mocked clients skip the SDK's middleware: the words of errors are tested on the wire
  // (AwsClients.test.ts, AwsSource.timeouts.test.ts); here, what each error does.
  it('turns a permission AWS denies into a gap, not a crash or a pass', async () => {
    aws.s3.on(GetBucketPolicyCommand).rejectsOnce(
      Object.assign(awsError('AccessDenied', 'Access Denied', 403), {
        name: 'AccessDenied',
      }),
    );
    const outcomes = await createSource().read([fraudScoring], READ);
    const { evidence, models } = readingOf(outcomes, fraudScoring.entityRef);
    expect(evidence.buckets).toBeUndefined();
    expect(evidence.gaps?.buckets).toBe('Access Denied');
    expect(evidence.roles).toHaveLength(3); // the other sections still read
    expect(models[0].versions).toHaveLength(2);
  });

  it('marks only the entity whose call failed', async () => {
    aws.sagemaker
      .on(DescribeEndpointCommand, { EndpointName: 'churn-prod' })
      .rejectsOnce(awsError('ThrottlingException', 'Rate exceeded'));
    const outcomes = await createSource().read([fraudScoring, churn], READ);
    expect(errorOf(outcomes, churn.entityRef)).toBe('Rate exceeded');
    expect(readingOf(outcomes, fraudScoring.entityRef).models).toHaveLength(1);
  });

  it('fails the entity, not one of its sections, when the endpoint itself cannot be read', async () => {
    aws.sagemaker
      .on(DescribeEndpointCommand, { EndpointName: 'churn-prod' })
      .rejectsOnce(awsError('AccessDeniedException', 'not authorized', 403));
    const outcomes = await createSource().read([churn], READ);
    expect(errorOf(outcomes, churn.entityRef)).toBe('not authorized');
  });

  it('refuses entities outside the configured accounts and regions, and names unknown endpoints', async () => {
    const outcomes = await createSource().read(
      [
        target('elsewhere', {
          'aws.amazon.com/sagemaker-endpoint': 'x',
          'aidlc.io/aws-account': '999988887777',
        }),
        target('other-region', {
          'aws.amazon.com/sagemaker-endpoint': 'x',
          'aidlc.io/aws-region': 'us-west-2',
        }),
        target('gone', { 'aws.amazon.com/sagemaker-endpoint': 'unknown' }),
      ],
      READ,
    );
    expect(errorOf(outcomes, 'component:default/elsewhere')).toBe(
      'AWS account 999988887777 of x is not one of mlops.aws.accounts',
    );
    expect(errorOf(outcomes, 'component:default/other-region')).toBe(
      'Region us-west-2 of x is not configured for account 111122223333',
    );
    expect(errorOf(outcomes, 'component:default/gone')).toMatch(
      /Could not find endpoint/,
    );
  });
});

import { UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import 'aws-sdk-client-mock-jest';
import {
  ACCOUNT,
  awsConfig,
  createSource,
  fraudScoring,
} from './__testUtils__/createSource';
import { awsError, mockAws } from './__testUtils__/mockAws';

const aws = mockAws();
afterAll(() => aws.restore());

const v3 = `arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/fraud-scoring-xgb/3`;
const change = {
  versionArn: v3,
  status: 'Approved' as const,
  comment: 'AUC above the gate on the October holdout',
  actor: 'user:default/amara.okafor',
  at: new Date('2026-11-26T10:00:00Z'),
};

/** The source with an approval role for its account. */
const withApprovals = () =>
  createSource({
    mlops: {
      aws: {
        ...awsConfig.mlops.aws,
        accounts: [
          {
            ...awsConfig.mlops.aws.accounts[0],
            approvalRoleArn: `arn:aws:iam::${ACCOUNT}:role/backstage-mlops-approver`,
          },
        ],
      },
    },
  });

describe('AwsSource approvals', () => {
  beforeEach(() => aws.sagemaker.resetHistory());

  it('sets the approval status with the comment and the portal user through UpdateModelPackage', async () => {
    aws.sagemaker
      .on(UpdateModelPackageCommand)
      .resolves({ ModelPackageArn: v3 });
    await expect(
      withApprovals().decideModelVersion(fraudScoring, change),
    ).resolves.toBe(true);
    expect(aws.sagemaker).toHaveReceivedCommandWith(UpdateModelPackageCommand, {
      ModelPackageArn: v3,
      ModelApprovalStatus: 'Approved',
      ApprovalDescription: 'AUC above the gate on the October holdout',
      CustomerMetadataProperties: {
        'aidlc:decided-by': 'user:default/amara.okafor',
      },
    });
  });

  it('says which permission to grant when SageMaker refuses the approval role', async () => {
    aws.sagemaker
      .on(UpdateModelPackageCommand)
      .rejectsOnce(
        awsError(
          'AccessDeniedException',
          'User: arn:aws:sts::111122223333:assumed-role/backstage-mlops-approver/backstage-mlops-approval is not authorized to perform: sagemaker:UpdateModelPackage',
          400,
        ),
      );
    await expect(
      withApprovals().decideModelVersion(fraudScoring, change),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message: `AWS denied sagemaker:UpdateModelPackage on ${v3} to the approval role of account ${ACCOUNT}: grant it (iam-approval-policy.json of @aidlc/plugin-mlops-backend-module-aws)`,
    });
  });

  it('writes nothing without an approval role, and leaves versions of other accounts alone', async () => {
    await expect(
      createSource().decideModelVersion(fraudScoring, change),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        `Model approvals are not set up for AWS account ${ACCOUNT}`,
      ),
    });
    await expect(
      withApprovals().decideModelVersion(fraudScoring, {
        ...change,
        versionArn:
          'arn:aws:sagemaker:eu-west-1:999988887777:model-package/other/1',
      }),
    ).resolves.toBe(false);
    expect(aws.sagemaker).not.toHaveReceivedCommand(UpdateModelPackageCommand);
  });
});

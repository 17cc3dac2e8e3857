import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';

/** Every SDK client the source uses, mocked (aws-sdk-client-mock), named as in `AwsClients`. */
export function mockAwsClients() {
  return {
    sagemaker: mockClient(SageMakerClient),
    cloudwatch: mockClient(CloudWatchClient),
    s3: mockClient(S3Client),
    kms: mockClient(KMSClient),
    iam: mockClient(IAMClient),
    ec2: mockClient(EC2Client),
    ecr: mockClient(ECRClient),
    cloudtrail: mockClient(CloudTrailClient),
    guardduty: mockClient(GuardDutyClient),
    configService: mockClient(ConfigServiceClient),
    apigateway: mockClient(APIGatewayClient),
    apigatewayv2: mockClient(ApiGatewayV2Client),
    lambda: mockClient(LambdaClient),
    ecs: mockClient(ECSClient),
    wafv2: mockClient(WAFV2Client),
    eventbridge: mockClient(EventBridgeClient),
  };
}

/** The mocked clients. */
export type AwsClientMocks = ReturnType<typeof mockAwsClients>;

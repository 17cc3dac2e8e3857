import { TerraformRule } from '../TerraformRule';
import { bucketDenyInsecureTransport } from './bucketDenyInsecureTransport';
import { bucketDenyUnencryptedUploads } from './bucketDenyUnencryptedUploads';
import { bucketPublicAccessBlock } from './bucketPublicAccessBlock';
import { bucketSseKms } from './bucketSseKms';
import { bucketVersioning } from './bucketVersioning';
import { cloudTrailLogValidation } from './cloudTrailLogValidation';
import { cloudTrailMultiRegion } from './cloudTrailMultiRegion';
import { cloudTrailS3DataEvents } from './cloudTrailS3DataEvents';
import { configRecorder } from './configRecorder';
import { dataCaptureKms } from './dataCaptureKms';
import { driftAlarms } from './driftAlarms';
import { endpointConfigKms } from './endpointConfigKms';
import { flowLogs } from './flowLogs';
import { guardDuty } from './guardDuty';
import { imageScanOnPush } from './imageScanOnPush';
import { inferenceApiRateLimited } from './inferenceApiRateLimited';
import { inferenceApiValidatesRequests } from './inferenceApiValidatesRequests';
import { iamNoAdminPolicies } from './iamNoAdminPolicies';
import { iamNoWildcards } from './iamNoWildcards';
import { kmsKeyRotation } from './kmsKeyRotation';
import { modelArtifactsReadRestricted } from './modelArtifactsReadRestricted';
import { modelInVpc } from './modelInVpc';
import { modelNetworkIsolation } from './modelNetworkIsolation';
import { noInternetRoute } from './noInternetRoute';
import { noPlaintextSecrets } from './noPlaintextSecrets';
import { safeDeployment } from './safeDeployment';
import { securityGroupsMinimal } from './securityGroupsMinimal';
import { vpcEndpoints } from './vpcEndpoints';

/** The controls of the secure ML pipeline that the policy gate checks. */
export const terraformRules: TerraformRule[] = [
  kmsKeyRotation,
  bucketSseKms,
  bucketPublicAccessBlock,
  bucketVersioning,
  bucketDenyInsecureTransport,
  bucketDenyUnencryptedUploads,
  noInternetRoute,
  vpcEndpoints,
  securityGroupsMinimal,
  flowLogs,
  modelNetworkIsolation,
  modelInVpc,
  endpointConfigKms,
  dataCaptureKms,
  safeDeployment,
  iamNoWildcards,
  iamNoAdminPolicies,
  noPlaintextSecrets,
  modelArtifactsReadRestricted,
  cloudTrailMultiRegion,
  cloudTrailLogValidation,
  cloudTrailS3DataEvents,
  configRecorder,
  guardDuty,
  driftAlarms,
  imageScanOnPush,
  inferenceApiValidatesRequests,
  inferenceApiRateLimited,
];

import { ComplianceCheck } from '@aidlc/plugin-mlops-node';
import { approvedModelServed } from './approvedModelServed';
import { bucketDenyInsecureTransport } from './bucketDenyInsecureTransport';
import { bucketDenyUnencryptedUploads } from './bucketDenyUnencryptedUploads';
import { bucketPublicAccessBlock } from './bucketPublicAccessBlock';
import { bucketSseKms } from './bucketSseKms';
import { bucketVersioning } from './bucketVersioning';
import { cloudTrailLogValidation } from './cloudTrailLogValidation';
import { cloudTrailMultiRegion } from './cloudTrailMultiRegion';
import { cloudTrailS3DataEvents } from './cloudTrailS3DataEvents';
import { configRecorderOn } from './configRecorderOn';
import { containerScanClean } from './containerScanClean';
import { dataCaptureEnabled } from './dataCaptureEnabled';
import { dataCaptureKms } from './dataCaptureKms';
import { driftMonitoringInPlace } from './driftMonitoringInPlace';
import { endpointConfigKms } from './endpointConfigKms';
import { guardDutyEnabled } from './guardDutyEnabled';
import {
  DEFAULT_IMAGE_SCAN_POLICY,
  imageScanCheck,
  ImageScanPolicy,
} from './imageScanClean';
import { inferenceApiRateLimited } from './inferenceApiRateLimited';
import { inferenceApiValidatesRequests } from './inferenceApiValidatesRequests';
import { kmsKeyRotation } from './kmsKeyRotation';
import { lastMonitoringClean } from './lastMonitoringClean';
import { modelArtifactsReadRestricted } from './modelArtifactsReadRestricted';
import { modelCardPresent } from './modelCardPresent';
import { modelInVpc } from './modelInVpc';
import { modelNetworkIsolation } from './modelNetworkIsolation';
import { monitoringJobEncryption } from './monitoringJobEncryption';
import { monitoringJobIsolation } from './monitoringJobIsolation';
import { multiInstanceProduction } from './multiInstanceProduction';
import { noPlaintextSecrets } from './noPlaintextSecrets';
import { policyGatePassed } from './policyGatePassed';
import { roleNoAdminPolicies } from './roleNoAdminPolicies';
import { roleNoWildcards } from './roleNoWildcards';
import { safeDeployment } from './safeDeployment';
import { securityGroupsMinimal } from './securityGroupsMinimal';
import { separateTrainingInferenceRoles } from './separateTrainingInferenceRoles';
import { subnetsNoInternetRoute } from './subnetsNoInternetRoute';
import { trainingInterContainerEncryption } from './trainingInterContainerEncryption';
import { trainingJobIsolation } from './trainingJobIsolation';
import { trainingOutputKms } from './trainingOutputKms';
import { vpcEndpointsPresent } from './vpcEndpointsPresent';

/** What the config sets of the built-in checks (`mlops.checks`). */
export interface BuiltInCheckSettings {
  imageScan: ImageScanPolicy;
}

/** The built-in check catalog, as the config sets it: the secure pipeline's checklist, by principle. */
export function builtInChecksWith({
  imageScan,
}: BuiltInCheckSettings): ComplianceCheck[] {
  return [
    // network isolation
    modelNetworkIsolation,
    modelInVpc,
    trainingJobIsolation,
    monitoringJobIsolation,
    vpcEndpointsPresent,
    subnetsNoInternetRoute,
    securityGroupsMinimal,
    // encryption
    endpointConfigKms,
    dataCaptureKms,
    trainingOutputKms,
    trainingInterContainerEncryption,
    monitoringJobEncryption,
    bucketSseKms,
    bucketDenyInsecureTransport,
    bucketDenyUnencryptedUploads,
    kmsKeyRotation,
    // least privilege
    bucketPublicAccessBlock,
    roleNoWildcards,
    roleNoAdminPolicies,
    separateTrainingInferenceRoles,
    noPlaintextSecrets,
    modelArtifactsReadRestricted,
    // everything as code
    policyGatePassed,
    containerScanClean,
    approvedModelServed,
    modelCardPresent,
    // defense in depth: monitoring and audit
    cloudTrailMultiRegion,
    cloudTrailLogValidation,
    cloudTrailS3DataEvents,
    guardDutyEnabled,
    configRecorderOn,
    imageScanCheck(imageScan),
    inferenceApiValidatesRequests,
    inferenceApiRateLimited,
    dataCaptureEnabled,
    driftMonitoringInPlace,
    lastMonitoringClean,
    safeDeployment,
    multiInstanceProduction,
    bucketVersioning,
  ];
}

/** The built-in checks with their default settings. */
export const builtInChecks = builtInChecksWith({
  imageScan: DEFAULT_IMAGE_SCAN_POLICY,
});

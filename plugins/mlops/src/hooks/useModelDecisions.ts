import {
  ApprovalRequest,
  mlopsModelApprovePermission,
} from '@aidlc/plugin-mlops-common';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsApiRef } from '../api';

/**
 * Whether the signed-in user may approve or reject the entity's model versions (the
 * `mlops.model.approve` permission), who they are (for four eyes), and the call that decides.
 */
export function useModelDecisions(entityRef: string, onDecided: () => void) {
  const api = useApi(mlopsApiRef);
  const identityApi = useApi(identityApiRef);
  const permission = usePermission({
    permission: mlopsModelApprovePermission,
    resourceRef: entityRef,
  });
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const decide = useCallback(
    async (request: ApprovalRequest) => {
      await api.decideModelVersion(entityRef, request);
      onDecided();
    },
    [api, entityRef, onDecided],
  );
  return {
    allowed: permission.allowed,
    checking: permission.loading || identity.loading,
    userRef: identity.value?.userEntityRef,
    decide,
  };
}

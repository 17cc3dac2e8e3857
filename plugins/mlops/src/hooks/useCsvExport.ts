import { FleetExportQuery } from '@aidlc/plugin-mlops-common';
import { useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mlopsApiRef } from '../api';

/** Downloads the fleet with these filters as `ml-compliance.csv`. */
export function useCsvExport(filters: FleetExportQuery) {
  const api = useApi(mlopsApiRef);
  return useAsyncFn(async () => {
    const csv = await api.exportFleet(filters);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = 'ml-compliance.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  }, [api, filters]);
}

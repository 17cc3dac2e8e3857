import useAsyncFn from 'react-use/esm/useAsyncFn';

/** Downloads the CSV text that `read` gets (an export of the API) as a file named `filename`. */
export function useCsvExport(read: () => Promise<string>, filename: string) {
  return useAsyncFn(async () => {
    const csv = await read();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = filename;
    link.click();
    URL.revokeObjectURL(link.href);
  }, [read, filename]);
}

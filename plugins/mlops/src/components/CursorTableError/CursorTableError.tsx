import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { CursorTable } from '../../hooks/cursorPages';

/** Why a table's page could not load, with a way to load it again; nothing while all is well. */
export function CursorTableError({ table }: { table: CursorTable<any> }) {
  if (!table.error) return null;
  return (
    <Box mb={2}>
      <ResponseErrorPanel error={table.error} />
      <Box mt={1}>
        <Button variant="outlined" onClick={table.retry}>
          Try again
        </Button>
      </Box>
    </Box>
  );
}

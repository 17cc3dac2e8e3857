import { ModelVersion } from '@aidlc/plugin-mlops-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { ModelCardDetails } from './ModelCardDetails';

/** A version's model card, opened in a dialog; says so when a serving version has none. */
export function ModelCardButton({ version }: { version: ModelVersion }) {
  const [open, setOpen] = useState(false);
  const card = version.modelCard;
  if (!card) {
    return (
      <Typography
        variant="body2"
        color={version.deployments?.length ? 'error' : 'textSecondary'}
      >
        {version.deployments?.length ? 'None, and it serves' : 'None'}
      </Typography>
    );
  }
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={() => setOpen(true)}
        aria-label={`Model card of v${version.version}: ${card.status}`}
      >
        {card.status}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md">
        <DialogTitle>Model card of v{version.version}</DialogTitle>
        <DialogContent>
          <ModelCardDetails card={card} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

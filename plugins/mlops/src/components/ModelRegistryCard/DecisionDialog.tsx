import { ApprovalRequest, ModelVersion } from '@aidlc/plugin-mlops-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';

/** Asks why, then approves or rejects the version; the error of a refused decision stays in view. */
export function DecisionDialog({
  version,
  status,
  onDecide,
  onClose,
}: {
  version: ModelVersion;
  status: ApprovalRequest['status'];
  onDecide: (request: ApprovalRequest) => Promise<void>;
  onClose: () => void;
}) {
  const [comment, setComment] = useState('');
  const verb = status === 'Approved' ? 'Approve' : 'Reject';
  const [{ loading, error }, submit] = useAsyncFn(async () => {
    await onDecide({ versionArn: version.arn, status, comment });
    onClose();
  }, [version.arn, status, comment, onDecide, onClose]);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {verb} version {version.version}
      </DialogTitle>
      <DialogContent>
        <TextField
          fullWidth
          multiline
          minRows={3}
          required
          label="Why"
          helperText="Kept with the version in the registry and in the audit log"
          value={comment}
          onChange={e => setComment(e.target.value.slice(0, 1000))}
        />
        {error && (
          <Typography color="error" role="alert">
            {error.message}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={loading || !comment.trim()}
          onClick={submit}
        >
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { EntityMlData } from '@aidlc/plugin-mlops-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiWith, mlData, renderContent } from './__testUtils__/renderContent';

/** The demo data with v7 (pending) registered by `registeredBy`. */
function withV7RegisteredBy(registeredBy: string): EntityMlData {
  const [group] = mlData.groups;
  return {
    ...mlData,
    groups: [
      {
        ...group,
        versions: group.versions.map(v =>
          v.version === 7 ? { ...v, registeredBy } : v,
        ),
      },
    ],
  };
}

const rowOf = async (version: number) =>
  (await screen.findByText(`v${version}`, { selector: 'td' })).closest('tr')!;

describe('approving and rejecting model versions on the ML tab', () => {
  it('approves a pending version with a comment and shows the new state', async () => {
    const api = apiWith({
      getEntity: jest.fn(async () =>
        withV7RegisteredBy('user:default/lukas.brandt'),
      ),
    });
    await renderContent(api);
    const v7 = await rowOf(7);
    fireEvent.click(within(v7).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Approve' });
    expect(confirm).toBeDisabled(); // a comment is required
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: 'Precision up 3 points on the holdout' },
    });
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(api.decideModelVersion).toHaveBeenCalledWith(
        'component:default/transaction-anomaly-detector',
        {
          versionArn: 'arn:v7',
          status: 'Approved',
          comment: 'Precision up 3 points on the holdout',
        },
      ),
    );
    // The tab reads the entity again to show the decision
    await waitFor(() => expect(api.getEntity).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('shows who decided, when and why', async () => {
    const [group] = mlData.groups;
    const decided: EntityMlData = {
      ...mlData,
      groups: [
        {
          ...group,
          versions: group.versions.map(v =>
            v.version === 5
              ? {
                  ...v,
                  decision: {
                    status: 'Rejected',
                    by: 'arn:aws:sts::111122223333:assumed-role/ml-approver/lukas.brandt',
                    at: '2026-09-16T08:00:00Z',
                    comment: 'Precision below the gate',
                  },
                }
              : v,
          ),
        },
      ],
    };
    await renderContent(apiWith({ getEntity: jest.fn(async () => decided) }));
    const v5 = await rowOf(5);
    expect(
      within(v5).getByText(/Rejected by lukas\.brandt/),
    ).toBeInTheDocument();
    expect(
      within(v5).getByText('Precision below the gate'),
    ).toBeInTheDocument();
    // A rejected version can still be approved; a pending one approved or rejected
    expect(within(v5).getByRole('button', { name: 'Approve' })).toBeEnabled();
    expect(
      within(v5).queryByRole('button', { name: 'Reject' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the one who registered a version from deciding on it, and says why', async () => {
    const api = apiWith({
      // Registered from SageMaker Studio under a role session named after the user
      getEntity: jest.fn(async () =>
        withV7RegisteredBy(
          'arn:aws:sts::111122223333:assumed-role/ml-engineer/test',
        ),
      ),
    });
    await renderContent(api);
    const approve = within(await rowOf(7)).getByRole('button', {
      name: 'Approve',
    });
    expect(approve).toBeDisabled();
    fireEvent.mouseOver(approve.parentElement!);
    expect(
      await screen.findByText(
        'You registered this version: another approver must decide on it',
      ),
    ).toBeInTheDocument();
  });
});

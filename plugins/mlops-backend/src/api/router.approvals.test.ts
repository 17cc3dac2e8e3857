import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { demoUsers } from '../__testUtils__/demoCatalog';
import { auth, BASE, startTeamBackend } from './__testUtils__/teamBackend';

const FRAUD_API = `${BASE}/entities/component/default/fraud-scoring-api`;
const KYC = `${BASE}/entities/component/default/kyc-document-classifier`;
const xgb = (v: number) =>
  `arn:aws:sagemaker:eu-west-1:111122223333:model-package/fraud-scoring-xgb/${v}`;
const lead = auth.owner; // amara.okafor, in fraud-ml-leads, the fraud services' approvers
const member = mockCredentials.user.header(demoUsers.fraudMember);

describe('mlops router: approving and rejecting model versions', () => {
  let server: Awaited<ReturnType<typeof startTeamBackend>>;

  beforeAll(async () => {
    server = await startTeamBackend();
  });

  const decide = (path: string, who: string, body: object) =>
    request(server)
      .post(`${path}/approvals`)
      .set('Authorization', who)
      .send(body);

  it('lets an approver of the service approve a pending version, and shows who, when and why', async () => {
    const answer = await decide(FRAUD_API, lead, {
      versionArn: xgb(13),
      status: 'Approved',
      comment: 'AUC up 0.8 points on the October holdout; shadow test clean',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      versionArn: xgb(13),
      status: 'Approved',
      by: demoUsers.fraud,
    });
    const models = await request(server)
      .get(`${FRAUD_API}/models`)
      .set('Authorization', member);
    const v13 = models.body.groups[0].versions.find(
      (v: { version: number }) => v.version === 13,
    );
    expect(v13).toMatchObject({
      approvalStatus: 'Approved',
      approvedBy: demoUsers.fraud,
      decision: {
        status: 'Approved',
        by: demoUsers.fraud,
        comment: 'AUC up 0.8 points on the October holdout; shadow test clean',
      },
    });
    // The same decision again is a conflict, not a second change
    const again = await decide(FRAUD_API, lead, {
      versionArn: xgb(13),
      status: 'Approved',
      comment: 'again',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Version 13 is already Approved');
  });

  it('refuses a member of the team who is not an approver, another team and services', async () => {
    const body = { versionArn: xgb(12), status: 'Rejected', comment: 'no' };
    const refusals = await Promise.all([
      decide(FRAUD_API, member, body),
      decide(FRAUD_API, auth.otherTeam, body),
      decide(FRAUD_API, auth.service, body),
      decide(FRAUD_API, auth.none, body),
    ]);
    expect(refusals.map(r => r.status)).toEqual([403, 403, 403, 401]);
    expect(refusals[0].body.error.message).toBe(
      'You may not approve or reject the model versions of component:default/fraud-scoring-api (permission mlops.model.approve)',
    );
  });

  it('refuses the version to the one who registered it (four eyes)', async () => {
    const answer = await decide(KYC, lead, {
      versionArn:
        'arn:aws:sagemaker:eu-west-1:111122223333:model-package/kyc-doc-classifier/6',
      status: 'Approved',
      comment: 'looks good to me',
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toBe(
      'You registered version 6: another approver must decide on it',
    );
  });

  it.each`
    body                                                                                                                      | status
    ${{ versionArn: xgb(11), status: 'Rejected' }}                                                                            | ${400}
    ${{ versionArn: xgb(11), status: 'Rejected', comment: '   ' }}                                                            | ${400}
    ${{ versionArn: xgb(11), status: 'Rejected', comment: 'a\u0000b' }}                                                       | ${400}
    ${{ versionArn: xgb(11), status: 'Rejected', comment: 'x'.repeat(1001) }}                                                 | ${400}
    ${{ versionArn: xgb(11), status: 'PendingManualApproval', comment: 'x' }}                                                 | ${400}
    ${{ versionArn: 'fraud-scoring-xgb/11', status: 'Rejected', comment: 'x' }}                                               | ${400}
    ${{ versionArn: xgb(99), status: 'Rejected', comment: 'x' }}                                                              | ${404}
    ${{ versionArn: 'arn:aws:sagemaker:us-east-1:444455556666:model-package/churn-gbm/9', status: 'Rejected', comment: 'x' }} | ${404}
  `('answers $status to $body', async ({ body, status }) => {
    const answer = await decide(FRAUD_API, lead, body);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toBeTruthy();
  });
});

import { mockAwsClients } from '../src/__testUtils__/awsClientMocks';
import { FakeService } from './fakeFleet';
import { answerMetricsAndEvidence } from './fakeFleetEvidence';
import { answerModelCards } from './fakeFleetModelCards';
import { answerPipelines } from './fakeFleetPipelines';
import { answerSageMaker } from './fakeFleetSageMaker';

/**
 * Every AWS client answering for the fleet (shaped like the API reference), counting calls.
 * Pagination follows AWS's page sizes: 100 model packages, 500 metrics per ListMetrics page.
 */
export function fakeFleetAws(fleet: FakeService[]) {
  const mocks = mockAwsClients();
  answerSageMaker(mocks.sagemaker, fleet);
  answerMetricsAndEvidence(mocks, fleet);
  answerPipelines(mocks, fleet);
  answerModelCards(mocks.sagemaker, fleet);
  // The mocks keep every call with its answer; counted here and forgotten, a long refresh's
  // memory is the source's own, not the fake's.
  const byOperation: Record<string, number> = {};
  let total = 0;
  const drain = () => {
    for (const mock of Object.values(mocks)) {
      for (const call of mock.calls()) {
        const name = (
          call.args[0] as { constructor: { name: string } }
        ).constructor.name.replace(/Command$/, '');
        byOperation[name] = (byOperation[name] ?? 0) + 1;
        total += 1;
      }
      mock.resetHistory();
    }
  };
  return {
    /** Counts the calls so far and lets the mocks forget them: call it often in a long refresh. */
    drain,
    /** Calls made so far, in all and per operation */
    count() {
      drain();
      return { total, byOperation: { ...byOperation } };
    },
    resetCounts() {
      drain();
      total = 0;
      Object.keys(byOperation).forEach(k => delete byOperation[k]);
    },
    restore: () => Object.values(mocks).forEach(m => m.restore()),
  };
}

import { LifecycleSignal } from '@aidlc/plugin-mlops-node';
import { dataValidated } from './dataValidated';
import { experimentTracking } from './experimentTracking';
import { approvedVersionServed } from './approvedVersionServed';
import { driftMonitored } from './driftMonitored';
import { resilientServing } from './resilientServing';
import { safeRollout } from './safeRollout';
import { preprocessingInputsVersioned } from './preprocessingInputsVersioned';
import { preprocessingPipeline } from './preprocessingPipeline';
import { recentTraining } from './recentTraining';
import { reproducibleTraining } from './reproducibleTraining';
import { retrainingTrigger } from './retrainingTrigger';
import { trainingDataSecured } from './trainingDataSecured';

/** The built-in signals of the six AIDLC stages, in stage order. */
export const builtInSignals: LifecycleSignal[] = [
  trainingDataSecured,
  dataValidated,
  preprocessingPipeline,
  preprocessingInputsVersioned,
  experimentTracking,
  reproducibleTraining,
  recentTraining,
  approvedVersionServed,
  safeRollout,
  resilientServing,
  driftMonitored,
  retrainingTrigger,
];

import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

export const inferenceApiValidatesRequests: ComplianceCheck = {
  id: 'inference-api-validates-requests',
  title: 'The inference API validates requests before they reach the model',
  principle: 'defense-in-depth',
  severity: 'high',
  description:
    'Malformed or oversized inputs are refused at the front (an API Gateway request validator with a JSON schema model on the invoke method, or validation the Lambda front declares) instead of reaching the model, where they can crash it or be used to probe it.',
  remediation:
    'Add an aws_api_gateway_request_validator with validate_request_body = true and a request model (JSON schema of the model input) on the invoke method; for a Lambda or ECS front, validate against the schema in the code and tag the function or task definition aidlc:request-validation.',
  controls: { checkov: 'CKV2_AWS_53' },
  evaluate: evidence =>
    evaluateEach(evidence, 'inferenceApis', {
      name: a => a.name,
      passes: a => Boolean(a.requestValidation),
      failure: 'passes requests to the model unvalidated',
    }),
};

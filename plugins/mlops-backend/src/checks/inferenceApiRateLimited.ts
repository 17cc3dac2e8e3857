import { ComplianceCheck, evaluateEach } from '@aidlc/plugin-mlops-node';

/** TLS policies older than 1.2. */
const OLD_TLS = ['TLS_1_0', 'TLS_1_1'];

export const inferenceApiRateLimited: ComplianceCheck = {
  id: 'inference-api-rate-limited',
  title: 'The inference API is rate limited and accepts TLS 1.2 or later only',
  principle: 'defense-in-depth',
  severity: 'high',
  description:
    'Without throttling, one caller can run up the endpoint\u2019s cost, starve other callers or extract the model by querying it at scale; TLS 1.0 and 1.1 are broken.',
  remediation:
    'Set stage throttling (aws_api_gateway_method_settings throttling_rate_limit), a usage plan, or a WAF web ACL with a rate-based rule on the stage (reserved concurrency for a Lambda alone; an ECS front behind API Gateway); give custom domains security_policy = "TLS_1_2".',
  controls: {
    awsConfigRule: 'api-gw-associated-with-waf',
    securityHub: 'APIGateway.4',
    checkov: 'CKV2_AWS_29',
  },
  evaluate: evidence =>
    evaluateEach(evidence, 'inferenceApis', {
      name: a => a.name,
      passes: a =>
        Boolean(a.throttling) && !OLD_TLS.includes(a.minimumTls ?? ''),
      failure:
        'has no throttling, usage plan or rate-based rule, or accepts TLS older than 1.2',
    }),
};

/** How the fronts say a limit: "100 requests/s, burst 200", or undefined when no rate is set. */
export function rateText(rate?: number, burst?: number): string | undefined {
  return rate ? `${rate} requests/s, burst ${burst ?? '-'}` : undefined;
}

const LAMBDA_ARN =
  /arn:aws[a-z-]*:lambda:[^/:]+:\d{12}:function:[^/:]+(:[^/]+)?/;

/**
 * The Lambda function an API Gateway integration invokes: its URI is the function's ARN (HTTP APIs)
 * or `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`.
 */
export function integratedFunction(uri: string | undefined) {
  return LAMBDA_ARN.exec(uri ?? '')?.[0];
}

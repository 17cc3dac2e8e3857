import {
  paginateGetRestApis,
  paginateGetUsagePlans,
} from '@aws-sdk/client-api-gateway';
import {
  GetApiMappingsCommand,
  GetApisCommand,
  GetDomainNamesCommand,
} from '@aws-sdk/client-apigatewayv2';
import { AwsClients } from '../AwsClients';
import { rateText } from './integrations';
import { pagesOf } from './pagesOf';

/** What every API of one account and region shares: the APIs, usage plans and custom domains (plain
 * JSON: it goes through the cache store). */
export interface LocationApis {
  /** The id of each REST API, by id and by name (an annotation may name the API) */
  restApiIds: Record<string, string>;
  /** The same for HTTP APIs */
  httpApiIds: Record<string, string>;
  usagePlans: {
    name: string;
    stages: { apiId?: string; stage?: string }[];
    throttle?: string;
  }[];
  /** The TLS policy of the custom domain that maps to each `<api-id>/<stage>` (REST or HTTP) */
  domainPolicies: Record<string, string>;
}

function byIdAndName(apis: { id?: string; name?: string }[]) {
  const ids: Record<string, string> = {};
  for (const { id, name } of apis) {
    if (!id) continue;
    ids[id] = id;
    if (name && !(name in ids)) ids[name] = id;
  }
  return ids;
}

/**
 * The APIs, usage plans and custom domains of a location: a few paginated calls, cached by the
 * caller. Custom domains and their mappings come from API Gateway's v2 API, which lists the mappings
 * of REST and HTTP APIs alike.
 */
export async function readLocationApis(
  clients: AwsClients,
): Promise<LocationApis> {
  const v1 = { client: clients.apigateway };
  const v2 = clients.apigatewayv2;
  const restApis: { id?: string; name?: string }[] = [];
  for await (const page of paginateGetRestApis(v1, { limit: 500 })) {
    restApis.push(...(page.items ?? []));
  }
  const httpApis = (
    await pagesOf(NextToken =>
      v2.send(new GetApisCommand({ MaxResults: '500', NextToken })),
    )
  ).filter(api => api.ProtocolType === 'HTTP');

  const usagePlans: LocationApis['usagePlans'] = [];
  for await (const page of paginateGetUsagePlans(v1, { limit: 500 })) {
    for (const plan of page.items ?? []) {
      const throttle = rateText(
        plan.throttle?.rateLimit,
        plan.throttle?.burstLimit,
      );
      usagePlans.push({
        name: plan.name ?? plan.id ?? '',
        stages: plan.apiStages ?? [],
        ...(throttle ? { throttle } : {}),
      });
    }
  }

  const domainPolicies: Record<string, string> = {};
  const domains = await pagesOf(NextToken =>
    v2.send(new GetDomainNamesCommand({ MaxResults: '500', NextToken })),
  );
  for (const domain of domains) {
    if (!domain.DomainName) continue;
    const policy =
      domain.DomainNameConfigurations?.[0]?.SecurityPolicy ?? 'TLS_1_0';
    const mappings = await pagesOf(NextToken =>
      v2.send(
        new GetApiMappingsCommand({
          DomainName: domain.DomainName,
          MaxResults: '500',
          NextToken,
        }),
      ),
    );
    for (const m of mappings) {
      if (m.ApiId && m.Stage) domainPolicies[`${m.ApiId}/${m.Stage}`] = policy;
    }
  }
  return {
    restApiIds: byIdAndName(restApis),
    httpApiIds: byIdAndName(
      httpApis.map(api => ({ id: api.ApiId, name: api.Name })),
    ),
    usagePlans,
    domainPolicies,
  };
}

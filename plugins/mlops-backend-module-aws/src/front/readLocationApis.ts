import {
  paginateGetBasePathMappings,
  paginateGetDomainNames,
  paginateGetRestApis,
  paginateGetUsagePlans,
} from '@aws-sdk/client-api-gateway';
import { AwsClients } from '../AwsClients';

/** What every REST API of one account and region shares: usage plans and custom domains. */
export interface LocationApis {
  /** The id of each REST API, by id and by name (an annotation may name the API) */
  restApiIds: Map<string, string>;
  usagePlans: {
    name: string;
    stages: { apiId?: string; stage?: string }[];
    throttle?: string;
  }[];
  /** The TLS policy of the custom domain that maps to each `<rest-api-id>/<stage>` */
  domainPolicies: Map<string, string>;
}

/** REST APIs, usage plans and custom domains of a location: a few paginated calls, cached by the caller. */
export async function readLocationApis(
  clients: AwsClients,
): Promise<LocationApis> {
  const client = { client: clients.apigateway };
  const restApiIds = new Map<string, string>();
  for await (const page of paginateGetRestApis(client, { limit: 500 })) {
    for (const api of page.items ?? []) {
      if (!api.id) continue;
      restApiIds.set(api.id, api.id);
      if (api.name && !restApiIds.has(api.name))
        restApiIds.set(api.name, api.id);
    }
  }
  const usagePlans: LocationApis['usagePlans'] = [];
  for await (const page of paginateGetUsagePlans(client, { limit: 500 })) {
    for (const plan of page.items ?? []) {
      const rate = plan.throttle?.rateLimit;
      usagePlans.push({
        name: plan.name ?? plan.id ?? '',
        stages: plan.apiStages ?? [],
        ...(rate
          ? {
              throttle: `${rate} requests/s, burst ${
                plan.throttle?.burstLimit ?? '-'
              }`,
            }
          : {}),
      });
    }
  }
  const domainPolicies = new Map<string, string>();
  for await (const page of paginateGetDomainNames(client, { limit: 500 })) {
    for (const domain of page.items ?? []) {
      if (!domain.domainName) continue;
      for await (const mappings of paginateGetBasePathMappings(client, {
        domainName: domain.domainName,
        limit: 500,
      })) {
        for (const m of mappings.items ?? []) {
          if (m.restApiId && m.stage)
            domainPolicies.set(
              `${m.restApiId}/${m.stage}`,
              domain.securityPolicy ?? 'TLS_1_0',
            );
        }
      }
    }
  }
  return { restApiIds, usagePlans, domainPolicies };
}

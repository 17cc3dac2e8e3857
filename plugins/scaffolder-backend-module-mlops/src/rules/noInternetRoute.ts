import { Finding, TerraformRule } from '../TerraformRule';

export const noInternetRoute: TerraformRule = {
  id: 'subnets-no-internet-route',
  severity: 'critical',
  title:
    'ML subnets are private: no internet gateway, no route to it, no public IPs',
  check: model => {
    const findings: Finding[] = [];
    for (const gateway of [
      ...model.resources('aws_internet_gateway'),
      ...model.resources('aws_nat_gateway'),
    ]) {
      findings.push({
        resource: `${gateway.type}.${gateway.name}`,
        file: gateway.file,
        message: `${gateway.type}.${gateway.name} gives the network a way to the internet`,
      });
    }
    for (const route of model.resources('aws_route')) {
      if (
        route.body.gateway_id ||
        route.body.nat_gateway_id ||
        route.body.destination_cidr_block === '0.0.0.0/0'
      ) {
        findings.push({
          resource: `aws_route.${route.name}`,
          file: route.file,
          message: `aws_route.${route.name} routes to the internet`,
        });
      }
    }
    for (const subnet of model.resources('aws_subnet')) {
      if (subnet.body.map_public_ip_on_launch === true) {
        findings.push({
          resource: `aws_subnet.${subnet.name}`,
          file: subnet.file,
          message: `aws_subnet.${subnet.name} gives instances public IPs`,
        });
      }
    }
    return findings;
  },
};

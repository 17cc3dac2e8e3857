import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** An AWS request as the fake saw it: the operation, its input and how it was signed. */
export interface FakeAwsRequest {
  operation: string;
  input: Record<string, any>;
  authorization: string;
}

/** How the fake answers: a JSON protocol body, a Query protocol (XML) body, an AWS error, or nothing ever. */
export type FakeAwsAnswer =
  | { json: object }
  | { xml: string }
  | { error: string; message: string; status?: number }
  | 'hang';

/** JSON protocols carry timestamps as epoch seconds. */
const wireJson = (value: object) =>
  JSON.stringify(value, function replacer(key, v) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A stand-in for AWS on the wire, for the SDK clients with an endpoint override: it speaks the JSON
 * protocols (`X-Amz-Target`, SageMaker and CloudWatch) and the Query protocol (`Action=`, STS), so the
 * clients' own timeouts, retries, signing and abort handling run for real.
 */
export async function startFakeAws(
  answer: (request: FakeAwsRequest) => FakeAwsAnswer,
): Promise<{ url: string; requests: FakeAwsRequest[]; close(): void }> {
  const requests: FakeAwsRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const target = req.headers['x-amz-target'];
    const query =
      typeof target === 'string' ? undefined : new URLSearchParams(body);
    const request: FakeAwsRequest = {
      operation:
        typeof target === 'string'
          ? target.split('.').pop()!
          : query!.get('Action') ?? '',
      input: query ? Object.fromEntries(query) : JSON.parse(body || '{}'),
      authorization: String(req.headers.authorization ?? ''),
    };
    requests.push(request);
    const reply = answer(request);
    if (reply === 'hang') return; // never answers: the client's timeout or abort must end the call
    if ('error' in reply) {
      res.writeHead(reply.status ?? 400, {
        'content-type': 'application/x-amz-json-1.1',
      });
      res.end(JSON.stringify({ __type: reply.error, message: reply.message }));
    } else if ('xml' in reply) {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(reply.xml);
    } else {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(wireJson(reply.json));
    }
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

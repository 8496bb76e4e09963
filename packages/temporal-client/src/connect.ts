// A Temporal client from the parsed settings (@liaison/config): address,
// namespace, TLS, mTLS client certificate and API key, all honoured the same
// way by the CLI, the dev stack and the dashboard's console.
import { Client, Connection } from '@temporalio/client';
import { temporalConnectionOptions, type TemporalSettings } from '@liaison/config';

export async function connectTemporal(t: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect(temporalConnectionOptions(t));
  return new Client({ connection, namespace: t.namespace });
}

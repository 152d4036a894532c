// A minimal Contabo application: what esbuild bundles of it is the cost of the Contabo client.
import { ContaboClient, NotFoundError } from 'cloud-api-clients/contabo';

const contabo = new ContaboClient({ clientId: 'id', clientSecret: 'secret', username: 'user', password: 'password' });
try {
  for await (const instance of contabo.instances.list({ size: 100 })) console.log(instance.instanceId, instance.status);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
}

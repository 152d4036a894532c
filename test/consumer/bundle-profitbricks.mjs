// A minimal ProfitBricks application: what esbuild bundles of it is the cost of the ProfitBricks client.
import { NotFoundError, ProfitBricksClient } from 'cloud-api-clients/profitbricks';

const profitbricks = new ProfitBricksClient({ username: 'user', password: 'password' });
try {
  const datacenter = await profitbricks.datacenters.get({ dataCenterId: 'dc-1', depth: 2 });
  console.log(datacenter.properties.name);
  await profitbricks.datacenters.create({ body: { properties: { name: 'dc', location: 'de/fra' } } }, { wait: true });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
}

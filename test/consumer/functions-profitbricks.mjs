// A ProfitBricks application that calls one operation as a function: its bundle holds that operation only.
import { basicAuth, createProfitBricksTransport, getDatacenter, NotFoundError } from 'cloud-api-clients/profitbricks';

const profitbricks = createProfitBricksTransport({ auth: basicAuth('user', 'password') });
try {
  const datacenter = await getDatacenter(profitbricks, { dataCenterId: 'dc-1', depth: 2 });
  console.log(datacenter.properties.name);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
}

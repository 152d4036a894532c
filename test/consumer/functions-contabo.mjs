// A Contabo application that calls one operation as a function: its bundle holds that operation only.
import { bearerAuth, createContaboTransport, getInstance, NotFoundError } from 'cloud-api-clients/contabo';

const contabo = createContaboTransport({ auth: bearerAuth('token') });
try {
  const instance = await getInstance(contabo, { instanceId: 100 });
  console.log(instance.data[0]?.name);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
}

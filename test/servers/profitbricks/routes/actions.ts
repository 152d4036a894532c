import { acceptWrite, type Call, type Fake } from '../context.ts';
import { HttpError } from '../errors.ts';
import type { StoredResource } from '../model.ts';

const ACTION =
  /^(\/datacenters\/[^/]+\/(?:servers|volumes)\/[^/]+)\/(reboot|start|stop|create-snapshot|restore-snapshot)$/;

/** The actions on servers (reboot, start, stop) and volumes (the two form-encoded snapshot calls); false for any other path. */
export function routeAction(fake: Fake, call: Call): boolean {
  const action = ACTION.exec(call.path);
  if (!action) return false;
  if (call.method !== 'POST') throw new HttpError(405);
  const target = fake.state.resources.get(action[1]!);
  if (!target) throw new HttpError(404);
  const verb = action[2]!;
  if (verb === 'reboot' || verb === 'start' || verb === 'stop') {
    if (target.type !== 'server') throw new HttpError(404);
    power(fake, call, target, verb);
    return true;
  }
  if (target.type !== 'volume') throw new HttpError(404);
  if (!call.form)
    throw new HttpError(
      415,
      `${verb} takes application/x-www-form-urlencoded, not ${call.headers['content-type'] ?? 'no content type'}`,
    );
  if (verb === 'create-snapshot') createSnapshot(fake, call, target, call.form);
  else restoreSnapshot(fake, call, target, call.form);
  return true;
}

/** A server is BUSY until the action is done, then runs or is shut off; a failed action leaves it as it was. */
function power(fake: Fake, call: Call, server: StoredResource, verb: 'reboot' | 'start' | 'stop'): void {
  const before = server.metadata.state;
  fake.store.touch(server, 'BUSY');
  acceptWrite(fake, call, {
    targets: [server],
    done: () => {
      server.properties['vmState'] = verb === 'stop' ? 'SHUTOFF' : 'RUNNING';
      fake.store.touch(server, 'AVAILABLE');
    },
    failed: () => fake.store.touch(server, before === 'BUSY' ? 'AVAILABLE' : before),
  });
}

/** A snapshot of the volume, in the data center's location; it disappears again if the write fails. */
function createSnapshot(fake: Fake, call: Call, volume: StoredResource, form: Record<string, string>): void {
  if (!form['name']) throw new HttpError(422, '[(root).name] Attribute is required');
  const datacenter = fake.state.resources.get(volume.path.replace(/\/volumes\/[^/]+$/, ''));
  const [snapshot] = fake.store.create('/snapshots', {
    properties: {
      name: form['name'],
      description: form['description'] ?? null,
      location: datacenter?.properties['location'] ?? 'de/fra',
      size: volume.properties['size'] ?? null,
      licenceType: volume.properties['licenceType'] ?? null,
    },
  });
  acceptWrite(fake, call, {
    targets: [snapshot!, volume],
    done: () => fake.store.touch(snapshot!, 'AVAILABLE'),
    failed: () => fake.store.remove(snapshot!.path),
    shows: snapshot!,
  });
}

/** The volume takes the snapshot's image once the write is done. */
function restoreSnapshot(fake: Fake, call: Call, volume: StoredResource, form: Record<string, string>): void {
  const snapshotId = form['snapshotId'];
  if (!snapshotId) throw new HttpError(422, '[(root).snapshotId] Attribute is required');
  const snapshot = fake.state.resources.get(`/snapshots/${snapshotId}`);
  if (!snapshot) throw new HttpError(404, `Snapshot ${snapshotId} does not exist`);
  fake.store.touch(volume, 'BUSY');
  acceptWrite(fake, call, {
    targets: [volume],
    done: () => {
      volume.properties['image'] = snapshot.id;
      fake.store.touch(volume, 'AVAILABLE');
    },
    failed: () => fake.store.touch(volume, 'AVAILABLE'),
  });
}

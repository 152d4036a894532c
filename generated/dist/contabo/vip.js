import { paginate } from "../runtime/index.js";
import * as shared from "./parameters.js";
const listVipsSpec = { method: "GET", path: "/v1/vips", id: "listVips", params: { page: shared.page, size: shared.size, orderBy: shared.orderBy, resourceId: shared.resourceId2, resourceType: shared.resourceType2, resourceName: { in: "query", name: "resourceName" }, resourceDisplayName: { in: "query", name: "resourceDisplayName" }, ipVersion: { in: "query", name: "ipVersion" }, ips: { in: "query", name: "ips" }, ip: { in: "query", name: "ip" }, type_: shared.type_, dataCenter: shared.dataCenter, region: shared.region, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" }, pagination: { page: "page", items: "/data", totalPages: "/_pagination/totalPages", self: "/_links/self", next: "/_links/next", last: "/_links/last" } };
const getVipSpec = { method: "GET", path: "/v1/vips/{ip}", id: "getVip", params: { ip: shared.ip, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const assignVipSpec = { method: "POST", path: "/v1/vips/{ip}/{resourceType}/{resourceId}", id: "assignVip", params: { ip: shared.ip, resourceType: shared.resourceType, resourceId: shared.resourceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "200": "json" } };
const unassignVipSpec = { method: "DELETE", path: "/v1/vips/{ip}/{resourceType}/{resourceId}", id: "unassignVip", params: { ip: shared.ip, resourceType: shared.resourceType, resourceId: shared.resourceId, xRequestId: shared.xRequestId, xTraceId: shared.xTraceId }, responses: { "204": "none" } };
class VipApi {
  #transport;
  /** @internal Created by the client; reach the group as a client property. */
  constructor(transport) {
    this.#transport = transport;
  }
  /**
   * List virtual IPs
   *
   * Returns one page of the virtual IPs (additional and floating IPv4 addresses) of the account. Filter by the resource using them, IP, type, data center and region; `ips` takes a comma-separated list.
   *
   * `GET /v1/vips` (listVips)
   *
   * Await it for the first page; iterate it with `for await` for every item across pages.
   */
  list(params = {}, options = {}) {
    return paginate(this.#transport, listVipsSpec, params, options);
  }
  /**
   * Get a virtual IP
   *
   * Returns the virtual IP with the given address.
   *
   * `GET /v1/vips/{ip}` (getVip)
   */
  get(params, options = {}) {
    return this.#transport.request(getVipSpec, params, options);
  }
  /**
   * Assign a virtual IP
   *
   * Records a virtual IP as assigned to an instance or bare-metal server. The record is documentation only: the address must also be configured in the server's operating system.
   *
   * `POST /v1/vips/{ip}/{resourceType}/{resourceId}` (assignVip)
   */
  assign(params, options = {}) {
    return this.#transport.request(assignVipSpec, params, options);
  }
  /**
   * Unassign a virtual IP
   *
   * Removes the record of a virtual IP being assigned to an instance or bare-metal server.
   *
   * `DELETE /v1/vips/{ip}/{resourceType}/{resourceId}` (unassignVip)
   */
  unassign(params, options = {}) {
    return this.#transport.request(unassignVipSpec, params, options);
  }
}
function listVips(transport, params = {}, options = {}) {
  return paginate(transport, listVipsSpec, params, options);
}
function getVip(transport, params, options = {}) {
  return transport.request(getVipSpec, params, options);
}
function assignVip(transport, params, options = {}) {
  return transport.request(assignVipSpec, params, options);
}
function unassignVip(transport, params, options = {}) {
  return transport.request(unassignVipSpec, params, options);
}
export {
  VipApi,
  assignVip,
  getVip,
  listVips,
  unassignVip
};

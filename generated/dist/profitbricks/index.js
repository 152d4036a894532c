export * from "../runtime/index.js";
import { ProfitBricksClient } from "./client.js";
export {
  ProfitBricksClient
};

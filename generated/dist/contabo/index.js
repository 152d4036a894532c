export * from "../runtime/index.js";
import { ContaboClient } from "./client.js";
export {
  ContaboClient
};

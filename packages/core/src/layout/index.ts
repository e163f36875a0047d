export * from "./corridors.js";
export * from "./geometry.js";
export * from "./layout-diagram.js";
export * from "./layout-flow.js";
export * from "./place-nodes.js";
export * from "./rank.js";
export * from "./route-edges.js";

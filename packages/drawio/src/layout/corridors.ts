/** The margin tracks reserved for arrows that go round shapes: the shared flowchart layout of core. */
export { type Corridor, type CorridorPlan, planCorridors } from "@quytrinh/core";

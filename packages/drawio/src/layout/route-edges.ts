/** Right-angled routes of the arrows: the shared flowchart layout of core. */
export { type Route, routeEdges } from "@quytrinh/core";

/** Rows of the shapes by longest path: the shared flowchart layout of core. */
export { type Ranking, rankNodes } from "@quytrinh/core";

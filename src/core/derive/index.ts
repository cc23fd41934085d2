export { deriveFacts } from "./derive";
export { backlogAsOf, backlogReason, closedBy, closingDay } from "./backlog";
export { dueOnOf } from "./due";
export { personKeys } from "./persons";
export { resolvedBy, dateOrder } from "./repeat";
export { similarComplaint, sameMatter, complaintOverlap, SIMILARITY_THRESHOLD } from "./similar";
export { BacklogState, type Facts } from "./facts";

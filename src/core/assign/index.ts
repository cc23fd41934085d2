/** Leader, village lead, category and due-date assignment (DOMAIN.md §5). */
export { assignWorkbook, type AssignOptions } from "./run";
export { planAssignments } from "./plan";
export { KEY_CASE_RULES, KEY_GROUP_SIZE, OLD_BACKLOG_MONTHS, keyCaseLabel } from "./key-cases";
export { LEADER_TIERS, chooseLeader } from "./leader";
export {
  ASSIGNED_FIELDS,
  type AssignedField,
  type AssignPlan,
  type AssignResult,
  type Assignment,
  type LeftForPerson,
  type PlanOptions,
} from "./types";

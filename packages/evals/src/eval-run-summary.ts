/** How one testing criterion (a grader) of an eval did. */
export interface EvalCriterionSummary {
  /** The criterion as the run names it: `per_testing_criteria_results[].testing_criteria`, a result's `name`. */
  name: string;
  passed: number;
  failed: number;
  /** `passed / (passed + failed)`, from 0 to 1; null when it graded nothing. */
  passRate: number | null;
  /** The mean `score` of its results; from output items only (a run's counts have no scores). */
  meanScore?: number;
}

/** How an eval run did: its items passed, failed and errored, overall and per testing criterion. */
export interface EvalRunSummary {
  total: number;
  passed: number;
  failed: number;
  /** Items that could not be graded (the model call failed, say): neither passed nor failed. */
  errored: number;
  /** `passed / total`, from 0 to 1, an errored item counting as not passed; null when the run has no item. */
  passRate: number | null;
  /** One entry per testing criterion, in the order the run (or the first output item) names them. */
  criteria: EvalCriterionSummary[];
}

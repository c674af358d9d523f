/**
 * One line of a fine-tuning job's metrics file (its `result_files`): the step, and each metric measured at it as a
 * number. A metric not measured at a step (validation runs every few steps) is left out of its row. The columns depend
 * on the method and the model; those named here are the usual ones, and any other comes through under its name.
 */
export interface FineTuningMetricsRow {
  step: number;
  train_loss?: number;
  train_accuracy?: number;
  train_mean_token_accuracy?: number;
  valid_loss?: number;
  valid_mean_token_accuracy?: number;
  full_valid_loss?: number;
  full_valid_mean_token_accuracy?: number;
  [column: string]: number | undefined;
}

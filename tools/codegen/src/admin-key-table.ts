/**
 * Resources outside `admin` whose every call the official package sends with its admin key (`adminAPIKey`,
 * `OPENAI_ADMIN_KEY`), by method path: the umbrella gives them its admin client too. The spec marks only the
 * organization routes as admin; sharing a fine-tuned checkpoint takes an admin key as well. A child of a top resource
 * only (`fineTuning.checkpoints`): the umbrella overrides that one getter.
 */
export const adminKeyResources: readonly string[] = ['fineTuning.checkpoints'];

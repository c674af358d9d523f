/**
 * The name a query parameter takes in a generated query type. The spec spells a few array parameters with brackets
 * (`event_types[]`, `include[]`); core's query serializer writes every array as `name[]=…` anyway, so the bare name
 * (the official `openai` package's) sends the same URL and reads as a plain field.
 */
export function queryParamName(specName: string): string {
  return specName.endsWith('[]') ? specName.slice(0, -2) : specName;
}

import type { OperationEntry } from './operation-table.js';
import type { HttpMethod, SchemaObject } from './spec-types.js';

export interface PathParam {
  /** Name in the path template. */
  name: string;
  /** Name of the function argument. */
  argument: string;
}

export interface BodyModel {
  type: string;
  required: boolean;
  /** `either`: the API takes JSON or multipart; the body's contents decide at run time. */
  encoding: 'json' | 'multipart' | 'either';
  /** Field that switches streaming on, and its schema, when the body has one. */
  fields: Map<string, SchemaObject>;
  /** Multipart fields the spec's `encoding` sends as one JSON part (`session` of a realtime call), not as `name[key]`. */
  jsonFields: string[];
  /** Fields of a multipart-only body that take only files: anything else is refused before sending. */
  fileFields: string[];
}

export interface QueryModel {
  type: string;
  required: boolean;
  /** The query parameters by their names in the query type (`include`, which the spec spells `include[]`). */
  params: { name: string; required: boolean }[];
}

/** A header parameter the official client takes as a params field (`betas` for `openai-beta`). */
export interface HeaderParam {
  header: string;
  /** The params field: the spec's `x-stainless-param`, else the header's name in camelCase. */
  field: string;
  /** TypeScript type of the field. */
  type: string;
}

export type ResultModel =
  /** `finish`: the package export that fills the result's SDK-only fields (`withOutputText`). */
  | { kind: 'json'; type: string; finish?: string }
  | { kind: 'void' }
  | { kind: 'binary' }
  | { kind: 'page'; item: string; paging: string | undefined };

export interface StreamModel {
  location: 'body' | 'query';
  field: string;
  /** TypeScript literal of the streaming value: `true`, `'sse'`. */
  value: string;
  /** TypeScript type of the other values the field takes. */
  otherValues: string;
  event: string;
  eventNames: boolean;
  /** TypeScript literal of the stream's `end` for `createEventStream`; undefined when its end is not known. */
  end: string | undefined;
  /** The extra function that always streams. */
  fn: string;
  /** The extra resource-class method that always streams. */
  method: string;
}

/** A declaration an operation needs besides the component schemas (its query, inline body or response). */
export interface LocalType {
  name: string;
  schema: SchemaObject;
  /** Query types are aliases so they stay assignable to `Record<string, unknown>`. */
  alias: boolean;
}

export interface OperationModel {
  entry: OperationEntry;
  httpMethod: HttpMethod;
  /** Path template without the `?beta=true` marker. */
  path: string;
  betaQuery: boolean;
  /** The spec marks the operation `deprecated: true`. */
  deprecated: boolean;
  /** The operation's page in the API reference, where the spec says where it is. */
  apiReference: string | undefined;
  pathParams: PathParam[];
  headerParams: HeaderParam[];
  body: BodyModel | undefined;
  query: QueryModel | undefined;
  result: ResultModel;
  stream: StreamModel | undefined;
  localTypes: LocalType[];
  /** Schemas whose component refs the package's types must include. */
  schemaRoots: SchemaObject[];
}

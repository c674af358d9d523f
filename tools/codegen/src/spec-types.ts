/** The subset of OpenAPI 3.1 / JSON Schema the generator reads. */
export interface SchemaObject {
  $ref?: string;
  $recursiveRef?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  nullable?: boolean;
  format?: string;
  deprecated?: boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  title?: string;
  description?: string;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  /** Multipart only: how a field is encoded, `contentType: 'application/json'` for a JSON part. */
  encoding?: Record<string, { contentType?: string }>;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

export interface RequestBodyObject {
  required?: boolean;
  content: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses: Record<string, ResponseObject>;
  deprecated?: boolean;
  /** Where the API reference lists the operation: its `group`, and for some a `path` within it. */
  'x-oaiMeta'?: { group?: string; path?: string };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type PathItemObject = Partial<Record<Lowercase<HttpMethod>, OperationObject>> & {
  parameters?: ParameterObject[];
};

export interface OpenApiSpec {
  openapi: string;
  paths: Record<string, PathItemObject>;
  components: { schemas: Record<string, SchemaObject> };
}

export const httpMethods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

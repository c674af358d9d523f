/** A narrower form of an operation's call: its body with `body` added (`& { … }`), and the result it then gets. */
export interface FinisherOverload {
  body: string;
  result: string;
}

/** An operation whose request a hand-written export of its package finishes before it is sent. */
export interface RequestFinisher {
  /** The export, in the package's `src/<kebab-name>.ts`: takes the `RequestSpec` built here, returns the one sent. */
  finisher: string;
  /** Declared before the operation's own signature; the implementation returns the union of every result. */
  overloads: FinisherOverload[];
  /** Body fields the finisher adds when the call leaves them out, so the contract test expects them on the wire. */
  defaults: Record<string, unknown>;
}

/** By function name; only for operations with a JSON body and a JSON result that never stream. */
export const requestFinishers: Readonly<Record<string, RequestFinisher>> = {
  // As the official client does: base64 on the wire (a quarter of the bytes of JSON floats, nothing to parse), decoded
  // back to numbers unless the call chose an encoding; a call that asks for base64 gets the strings it asked for.
  createEmbedding: {
    finisher: 'withBase64Embeddings',
    overloads: [
      {
        body: "{ encoding_format: 'base64' }",
        result:
          "Omit<CreateEmbeddingResponse, 'data'> & { data: Array<Omit<Embedding, 'embedding'> & { embedding: string }> }",
      },
    ],
    defaults: { encoding_format: 'base64' },
  },
};

/** The subset of `fetch` the SDK calls: the platform's, or one the user injects. */
export type FetchLike = (url: string, init: RequestInit & { duplex?: 'half' }) => Promise<Response>;
